/**
 * The page's h1 and the document title. After a navigation the new page's h1 takes the focus
 * (tabIndex −1) when it appears, so screen readers announce the new page (WCAG 2.4.3). Pages load
 * lazily and may show "wird geladen" first, hence: the first h1 rendered for a new path takes it.
 */
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';

const APP_NAME = 'Zielsteuerung SGB II';

/** The path whose heading last took the focus; the page first loaded keeps the focus where the browser puts it. */
let focusedPath = typeof window === 'undefined' ? '' : window.location.pathname;

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
}

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  // the resolved location: while a lazily loaded page is still coming, the old page (and its
  // heading) stays on screen with the new location already set
  const pathname = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).pathname });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pathname === focusedPath) return;
    focusedPath = pathname;
    heading.current?.focus();
  }, [pathname]);
  return (
    <h1 tabIndex={-1} className="page-title" ref={heading}>
      {children ?? title}
    </h1>
  );
}
