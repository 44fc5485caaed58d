/**
 * The frame of every page: skip link, header with the main navigation and the acting user,
 * the page, and the Datenstand in the footer. The focus after a navigation: PageHeading.
 */
import { Link, Outlet } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { PageHeading } from '../components/page-heading.tsx';
import { formatDateDe } from '../lib/format.ts';
import { useDatenstaende, useViewer } from '../lib/shared-queries.ts';

const NAV = [
  { to: '/', label: 'Übersicht', exact: true },
  { to: '/kennzahlen', label: 'Kennzahlen', exact: false },
  { to: '/vergleich', label: 'Vergleich', exact: false },
  { to: '/daten', label: 'Daten', exact: false },
] as const;

/** Pages only the administration sees in the navigation (the server decides what it may read). */
const ADMINISTRATION_NAV = [{ to: '/protokoll', label: 'Protokoll', exact: false }] as const;

function CurrentUser() {
  const viewer = useViewer();
  if (!viewer.data) return null;
  return (
    <p className="current-user">
      Angemeldet als <strong>{viewer.data.name}</strong>
      {viewer.data.microdataRights ? '' : ' (ohne Berechtigung für Sozialdaten)'}
    </p>
  );
}

function DatenstandNote() {
  const stands = useDatenstaende();
  const latest = stands.data?.[0];
  if (latest === undefined) return null;
  return (
    <p>
      Neuester Datenstand: {formatDateDe(latest.stand)} ({latest.label}).{' '}
      <Link to="/daten">Datenstände und Qualität</Link>
    </p>
  );
}

export function RootLayout() {
  const viewer = useViewer();
  const nav = viewer.data?.role === 'administration' ? [...NAV, ...ADMINISTRATION_NAV] : [...NAV];
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById('inhalt')?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#inhalt" onClick={skipToContent}>
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">
            <Link to="/">Zielsteuerung SGB II</Link>
          </p>
          <nav aria-label="Hauptnavigation">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    activeOptions={{ exact: item.exact, includeSearch: false }}
                    activeProps={{ 'aria-current': 'page', className: 'active' }}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <CurrentUser />
        </div>
      </header>
      <main id="inhalt" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <DatenstandNote />
        <p>Kennzahlen nach § 48a SGB II, Zielvereinbarungen nach § 48b SGB II.</p>
      </footer>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Seite nicht gefunden" />
      <p>
        Diese Adresse gibt es nicht. <Link to="/">Zur Übersicht</Link>
      </p>
    </>
  );
}
