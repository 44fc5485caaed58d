/**
 * The frame of every page: skip link, header with the main navigation and the acting user,
 * the page, and the Datenstand in the footer. The focus after a navigation: PageHeading.
 */
import { Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type MouseEvent } from 'react';
import { useLogOut, useSession } from '../features/anmeldung/api/use-session.ts';
import { safeTarget } from '../features/anmeldung/components/login-page.tsx';
import { UNAUTHENTICATED_EVENT } from '../lib/api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { formatDateDe } from '../lib/format.ts';
import { useDatenstaende, useViewer } from '../lib/shared-queries.ts';

const NAV = [
  { to: '/', label: 'Übersicht', exact: true },
  { to: '/kennzahlen', label: 'Kennzahlen', exact: false },
  { to: '/vergleich', label: 'Vergleich', exact: false },
  { to: '/daten', label: 'Daten', exact: false },
] as const;

/**
 * Pages only the administration sees, as a group of their own in the navigation (the server
 * refuses them to every other role anyway).
 */
const ADMINISTRATION_NAV = [
  { to: '/benutzer', label: 'Benutzer', exact: false },
  { to: '/einheiten', label: 'Einheiten', exact: false },
  { to: '/protokoll', label: 'Protokoll', exact: false },
] as const;

type NavItem = {
  to: (typeof NAV | typeof ADMINISTRATION_NAV)[number]['to'];
  label: string;
  exact: boolean;
};

function NavLinks({ items }: { items: readonly NavItem[] }) {
  return items.map((item) => (
    <li key={item.to}>
      <Link
        to={item.to}
        activeOptions={{ exact: item.exact, includeSearch: false }}
        activeProps={{ 'aria-current': 'page', className: 'active' }}
      >
        {item.label}
      </Link>
    </li>
  ));
}

function CurrentUser() {
  const viewer = useViewer();
  const logOut = useLogOut();
  if (!viewer.data) return null;
  return (
    <div className="current-user">
      <p>
        Angemeldet als <strong>{viewer.data.name}</strong>
        {viewer.data.microdataRights ? '' : ' (ohne Berechtigung für Sozialdaten)'}
      </p>
      <button type="button" className="link-button" onClick={() => logOut.mutate()}>
        Abmelden
      </button>
    </div>
  );
}

/** Nobody logged in (or the session ended): to the login page, and back here afterwards. */
function useLoginGate(): 'pending' | 'login' | 'in' {
  const session = useSession();
  const client = useQueryClient();
  useEffect(() => {
    const lost = () => void client.invalidateQueries({ queryKey: ['session'] });
    window.addEventListener(UNAUTHENTICATED_EVENT, lost);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, lost);
  }, [client]);
  if (session.isPending) return 'pending';
  return session.data === null || session.isError ? 'login' : 'in';
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
  const gate = useLoginGate();
  const location = useRouterState({ select: (s) => s.location });
  const onLogin = location.pathname === '/anmelden';
  const role = useSession().data?.user.role;
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById('inhalt')?.focus();
  };
  if (gate === 'login' && !onLogin)
    return <Navigate to="/anmelden" search={{ weiter: location.href }} replace />;
  if (gate === 'in' && onLogin)
    return (
      <Navigate to="/" href={safeTarget((location.search as { weiter?: string }).weiter)} replace />
    );
  const chrome = gate === 'in';
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
          {chrome && (
            <nav aria-label="Hauptnavigation">
              <ul>
                <NavLinks items={NAV} />
                {role === 'administration' && (
                  <li className="nav-group">
                    <span className="nav-group-label" id="nav-administration">
                      Administration
                    </span>
                    <ul aria-labelledby="nav-administration">
                      <NavLinks items={ADMINISTRATION_NAV} />
                    </ul>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {chrome && <CurrentUser />}
        </div>
      </header>
      <main id="inhalt" tabIndex={-1}>
        {gate === 'pending' ? <p aria-live="polite">Anmeldung wird geprüft …</p> : <Outlet />}
      </main>
      <footer className="app-footer">
        {chrome && <DatenstandNote />}
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
