/**
 * Routes (code-based, TanStack Router). The overview is part of the entry bundle because it is
 * the first page; every other page is loaded when it is first opened.
 */
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { LoginPage } from '../features/anmeldung/components/login-page.tsx';
import { NotFoundPage, RootLayout } from './root-layout.tsx';
import {
  validateAgreement,
  validateDaten,
  validateKennzahlen,
  validateOverview,
  validateProtokoll,
  validateVergleich,
} from './search.ts';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateOverview,
  component: OverviewPage,
});

const agreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/$id',
  validateSearch: validateAgreement,
  component: lazyRouteComponent(
    () => import('../features/agreement/components/agreement-page.tsx'),
    'AgreementPage',
  ),
});

const editorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/$id/bearbeiten',
  component: lazyRouteComponent(
    () => import('../features/editor/components/editor-page.tsx'),
    'EditorPage',
  ),
});

const kennzahlenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kennzahlen',
  validateSearch: validateKennzahlen,
  component: lazyRouteComponent(
    () => import('../features/kennzahlen/components/kennzahlen-page.tsx'),
    'KennzahlenPage',
  ),
});

const vergleichRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vergleich',
  validateSearch: validateVergleich,
  component: lazyRouteComponent(
    () => import('../features/vergleich/components/vergleich-page.tsx'),
    'VergleichPage',
  ),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anmelden',
  // fehler: why a single sign-on failed (the server's callback sends the browser here with it)
  validateSearch: (search: Record<string, unknown>): { weiter?: string; fehler?: string } => ({
    ...(typeof search.weiter === 'string' ? { weiter: search.weiter } : {}),
    ...(typeof search.fehler === 'string' ? { fehler: search.fehler } : {}),
  }),
  component: LoginPage,
});

const datenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/daten',
  validateSearch: validateDaten,
  component: lazyRouteComponent(
    () => import('../features/daten/components/daten-page.tsx'),
    'DatenPage',
  ),
});

const protokollRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/protokoll',
  validateSearch: validateProtokoll,
  component: lazyRouteComponent(
    () => import('../features/protokoll/components/protokoll-page.tsx'),
    'ProtokollPage',
  ),
});

const benutzerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/benutzer',
  component: lazyRouteComponent(
    () => import('../features/administration/components/benutzer-page.tsx'),
    'BenutzerPage',
  ),
});

const einheitenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/einheiten',
  component: lazyRouteComponent(
    () => import('../features/administration/components/einheiten-page.tsx'),
    'EinheitenPage',
  ),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  agreementRoute,
  editorRoute,
  kennzahlenRoute,
  vergleichRoute,
  datenRoute,
  protokollRoute,
  benutzerRoute,
  einheitenRoute,
  loginRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
