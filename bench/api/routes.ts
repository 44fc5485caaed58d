/**
 * The routes under load, their ids found through the API itself: the Träger's 2014 agreement
 * (Land NRW 05 with Kreis Borken 05554), one örtliches Jobcenter's, the Kreis's Jobcenter from
 * /api/units, and an overview of the agreements' statuses if the OpenAPI document has one.
 *
 * Login: today every request acts as the configured DEMO_USER. Should GET /api/agreements answer
 * 401 (login added), the benchmark logs in as mais-nrw/demo with POST /api/session and sends the
 * session cookie on every request.
 */
import type { RouteName } from './options.ts';

export const YEAR = 2014;
export const LAND = '05';
export const KREIS = '05554';
export const REPORT_MONTH = `${YEAR}-06`;
export const METRICS = ['K1', 'K2', 'K3', 'JFW_K2', 'JDW_LZB'];
const LOGIN = { username: 'mais-nrw', password: 'demo' };

export interface RouteSpec {
  name: RouteName;
  path: string;
  /** latency target: p95 below this many milliseconds */
  p95TargetMs: number | null;
  note: string;
}

export interface Skipped {
  name: RouteName;
  reason: string;
}

export interface Discovery {
  headers: Record<string, string>;
  login: 'none' | 'session';
  traegerAgreement: string;
  jobcenterAgreement: { id: string; unit: string };
  jobcenters: string[];
  routes: RouteSpec[];
  skipped: Skipped[];
}

interface AgreementSummary {
  id: string;
  year: number;
  steeringUnit: { id: string; name: string };
  unit: { id: string; name: string };
}

interface UnitView {
  id: string;
  kind: string;
  parentId: string | null;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>
  >;
}

async function getJson<T>(base: string, path: string, headers: Record<string, string>): Promise<T> {
  const response = await fetch(base + path, { headers });
  if (!response.ok)
    throw new Error(`GET ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/** POST /api/session → the cookie header to send from now on. */
async function logIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGIN),
  });
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!.trim())
    .filter((c) => c !== '');
  if (!response.ok || cookies.length === 0)
    throw new Error(
      `login as ${LOGIN.username} failed: POST /api/session answered ${response.status} ${cookies.length === 0 ? 'without a cookie' : ''}`,
    );
  return cookies.join('; ');
}

/** A GET path of the OpenAPI document about an overview of statuses, with its query filled in. */
function overviewPath(doc: OpenApi): { path: string } | { reason: string } {
  const candidates = Object.entries(doc.paths).filter(
    ([path, ops]) => /overview|statuses|uebersicht|übersicht/i.test(path) && ops.get !== undefined,
  );
  if (candidates.length === 0)
    return {
      reason: `no route with "overview" or "statuses" in /api/openapi.json (${Object.keys(doc.paths).length} paths)`,
    };
  const [path, ops] = candidates[0]!;
  const params = ops.get!.parameters ?? [];
  let filled = path.replace(/\{year\}/g, String(YEAR));
  if (/\{[^}]+\}/.test(filled)) return { reason: `${path}: path parameters other than {year}` };
  const query =
    params.filter((p) => p.in === 'query' && p.name === 'year').length > 0 ? `?year=${YEAR}` : '';
  const missing = params.filter((p) => p.in === 'query' && p.required && p.name !== 'year');
  if (missing.length > 0)
    return {
      reason: `${path}: required query parameters ${missing.map((p) => p.name).join(', ')}`,
    };
  filled += query;
  return { path: filled };
}

export async function discover(base: string): Promise<Discovery> {
  const headers: Record<string, string> = {};
  let login: Discovery['login'] = 'none';
  const probe = await fetch(`${base}/api/agreements?year=${YEAR}`);
  if (probe.status === 401) {
    headers.cookie = await logIn(base);
    login = 'session';
  } else {
    await probe.body?.cancel();
  }
  const agreements = await getJson<AgreementSummary[]>(
    base,
    `/api/agreements?year=${YEAR}`,
    headers,
  );
  const traeger = agreements.find((a) => a.steeringUnit.id === LAND && a.unit.id === KREIS);
  if (traeger === undefined)
    throw new Error(`no ${YEAR} agreement between ${LAND} and ${KREIS} among ${agreements.length}`);
  const units = await getJson<UnitView[]>(base, '/api/units', headers);
  const jobcenters = units
    .filter((u) => u.kind === 'jobcenter' && u.parentId === KREIS)
    .map((u) => u.id);
  if (jobcenters.length === 0) throw new Error(`no örtliches Jobcenter of ${KREIS} in /api/units`);
  const local = agreements.find(
    (a) => a.steeringUnit.id === KREIS && jobcenters.includes(a.unit.id),
  );
  if (local === undefined)
    throw new Error(`no ${YEAR} agreement of ${KREIS} with one of its Jobcenter`);
  const doc = await getJson<OpenApi>(base, '/api/openapi.json', headers);

  const values = (unitIds: string[]) =>
    `/api/values?units=${unitIds.join(',')}&kind=kennzahl&metrics=${METRICS.join(',')}&from=${YEAR}-01&to=${YEAR}-12`;
  const monitoringQuery =
    doc.paths['/api/agreements/{id}/monitoring']?.get?.parameters?.some(
      (p) => p.name === 'untilMonth',
    ) ?? false;
  const routes: RouteSpec[] = [
    { name: 'health', path: '/api/health', p95TargetMs: null, note: 'Dienst + select 1' },
    {
      name: 'agreements',
      path: `/api/agreements?year=${YEAR}`,
      p95TargetMs: null,
      note: `${agreements.length} Vereinbarungen`,
    },
    {
      name: 'agreement',
      path: `/api/agreements/${traeger.id}`,
      p95TargetMs: null,
      note: `${LAND}–${KREIS}`,
    },
    {
      name: 'monitoring',
      path: `/api/agreements/${traeger.id}/monitoring`,
      p95TargetMs: 50,
      note: `Träger ${KREIS}`,
    },
    {
      name: 'monitoring-m6',
      path: `/api/agreements/${traeger.id}/monitoring?untilMonth=6`,
      p95TargetMs: 50,
      note: `Träger ${KREIS}, Stand Juni`,
    },
    {
      name: 'values-kreis',
      path: values([KREIS, ...jobcenters]),
      p95TargetMs: 200,
      note: `${1 + jobcenters.length} Einheiten × ${METRICS.length} Kennzahlen × 12 Monate`,
    },
    {
      name: 'values-unit',
      path: values([KREIS]),
      p95TargetMs: null,
      note: `1 Einheit × ${METRICS.length} Kennzahlen × 12 Monate`,
    },
    {
      name: 'comparison',
      path: `/api/comparison?parent=${KREIS}&month=${REPORT_MONTH}`,
      p95TargetMs: null,
      note: `${jobcenters.length} Jobcenter`,
    },
    {
      name: 'report-pdf',
      path: `/api/reports/monitoring?unit=${KREIS}&month=${REPORT_MONTH}`,
      p95TargetMs: 1000,
      note: 'Monitoringbericht PDF',
    },
  ];
  const skipped: Skipped[] = [];
  if (!monitoringQuery) {
    routes.splice(
      routes.findIndex((r) => r.name === 'monitoring-m6'),
      1,
    );
    skipped.push({ name: 'monitoring-m6', reason: 'the monitoring route has no untilMonth query' });
  }
  const overview = overviewPath(doc);
  if ('path' in overview)
    routes.push({
      name: 'overview',
      path: overview.path,
      p95TargetMs: 100,
      note: `Status aller Vereinbarungen ${YEAR}`,
    });
  else skipped.push({ name: 'overview', reason: overview.reason });
  return {
    headers,
    login,
    traegerAgreement: traeger.id,
    jobcenterAgreement: { id: local.id, unit: local.unit.id },
    jobcenters,
    routes,
    skipped,
  };
}
