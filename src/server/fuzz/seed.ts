/**
 * The fuzz test's records, made through the API itself: one valid request per operation, each
 * answered with a 2xx (so every operation is reached with real data), kept as the corpus that the
 * fuzzer then varies. Agreements: S (Land NRW – Kreis Borken, signed, assessed), E (Land – Düsseldorf,
 * draft), L and S2 (Kreis Borken – its Jobcenter Ahaus and Bocholt, derived by cascade; S2 signed
 * and revised), a Datenstand D, a framework change F, the local indicator ELB_U25.
 */
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../domain/agreements/agreement-fixture.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { ACTORS, partyActor, TEST_PASSWORD } from '../../services/test-support.ts';
import type { Actor } from '../../services/context.ts';
import { CURRENT_ROW_VERSION, type Answer, type FuzzClient } from './client.ts';
import type { TestProvider } from '../test-support/oidc-provider.ts';

export interface CorpusEntry {
  params: Record<string, string>;
  query: [string, string][];
  body?: unknown;
  actor: Actor;
  /** a login session instead of the test actor header */
  session?: { cookie: string; csrfToken: string };
}

export interface Seeded {
  corpus: Map<string, CorpusEntry[]>;
  agreements: { S: string; E: string; L: string; S2: string };
  datenstand: number;
  frameworkChange: number;
  targetIds: string[];
  content: AgreementContent;
}

const value = (unitId: string, month: string, metric: string, v: number, kind = 'kennzahl') => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind,
  metric,
  value: v,
  zaehler: null,
  nenner: null,
  quality: 'final',
});

/**
 * Operations whose valid seed request cannot succeed today for a reason outside the HTTP edge, and
 * what they answer instead. The fuzz test fails when the seed request starts to succeed, so that
 * the entry is taken off here.
 */
/** answers the seed expects to be refused (none at present) */
export const KNOWN_FAULTS: Record<string, string> = {};

const FIXTURE_PDF_OR_DOCX = /^application\/(pdf|vnd\.openxmlformats)/;

export async function seed(
  client: FuzzClient,
  operations: Map<string, { method: string; path: string }>,
  provider: TestProvider,
): Promise<Seeded> {
  const corpus = new Map<string, CorpusEntry[]>();
  const call = async (
    op: string,
    entry: CorpusEntry,
    expected: 'a 2xx' | 'a 422' | 'a redirect' = 'a 2xx',
  ): Promise<Answer> => {
    const { method, path } =
      operations.get(op) ?? assert.fail(`no operation ${op} in the document`);
    const answer = await client.send({
      op,
      method,
      path,
      params: entry.params,
      query: entry.query,
      actor: entry.actor,
      ...(entry.session === undefined ? {} : { session: entry.session }),
      ...(entry.body === undefined
        ? { contentType: null }
        : { body: { json: entry.body }, contentType: 'application/json' }),
    });
    const ok = answer.status >= 200 && answer.status < 300;
    assert.equal(
      expected === 'a 2xx'
        ? ok
        : expected === 'a redirect'
          ? answer.status === 302
          : !ok && answer.status === 422,
      true,
      `seed ${op}: expected ${expected}, got ${answer.status} ${answer.text.slice(0, 500)}`,
    );
    corpus.set(op, [...(corpus.get(op) ?? []), entry]);
    return answer;
  };
  const q = (query: Record<string, string>): [string, string][] => Object.entries(query);
  const mais = ACTORS.ministerium;
  const borken = ACTORS.traeger;

  await call('getHealth', { params: {}, query: [], actor: borken });
  await call('getViewer', { params: {}, query: [], actor: borken });
  await call('listUnits', { params: {}, query: q({ date: '2014-06-15' }), actor: mais });
  const values = [];
  for (const unitId of ['05554', '05554004', '05554008', '05111']) {
    for (let m = 1; m <= 12; m++) {
      for (const year of [2013, 2014]) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        values.push(
          value(unitId, month, 'JFW_K2', 20 + m / 10 + (year - 2013)),
          value(unitId, month, 'JDW_LZB', 6700 + m),
          value(unitId, month, 'K2', 24 + m / 10),
        );
        values.push(
          value(unitId, month, 'INT', 40 + m, 'grundgroesse'),
          value(unitId, month, 'ELB', 4000 + m, 'grundgroesse'),
        );
      }
    }
  }
  const imported = await call('importValues', {
    params: {},
    query: [],
    actor: mais,
    body: {
      datenstand: { stand: '2015-04-30', source: 'ba_veroeffentlichung', label: 'Fuzz-Datenstand' },
      values,
    },
  });
  const datenstand = imported.json.datenstandId as number;
  await call('listDatenstaende', { params: {}, query: [], actor: mais });
  await call('queryValues', {
    params: {},
    query: q({
      units: '05554,05554004',
      kind: 'kennzahl',
      metrics: 'K2,JFW_K2',
      from: '2014-01',
      to: '2014-12',
    }),
    actor: borken,
  });

  const content = buildFixtureAgreement();
  const draft = { ...content, signatures: [] };
  const S = (
    await call('createAgreement', {
      params: {},
      query: [],
      actor: mais,
      body: { content: draft, comment: 'Entwurf' },
    })
  ).json.id as string;
  const dus = {
    ...draft,
    parties: [draft.parties[0], { ...draft.parties[1], unitId: '05111', name: 'Stadt Düsseldorf' }],
  };
  const E = (
    await call('createAgreement', {
      params: {},
      query: [],
      actor: mais,
      body: { content: dus, parentAgreementId: null },
    })
  ).json.id as string;
  await call('transitionAgreement', {
    params: { id: S },
    query: [],
    actor: mais,
    body: { rowVersion: CURRENT_ROW_VERSION, action: 'verhandeln', comment: 'Verhandlung' },
  });
  // each party signs its own signature (access/rights.ts)
  const sign = (id: string, party: 0 | 1, actor: Actor) =>
    call('transitionAgreement', {
      params: { id },
      query: [],
      actor,
      body: {
        rowVersion: CURRENT_ROW_VERSION,
        action: 'unterzeichnen',
        signatures: content.signatures.filter((s) => s.party === party),
      },
    });
  await sign(S, 0, mais);
  await sign(S, 1, borken);
  await call('getAgreement', { params: { id: S }, query: q({ version: '1' }), actor: borken });
  await call('listAgreements', {
    params: {},
    query: q({ year: '2014', within: '05' }),
    actor: mais,
  });
  await call('getYearOverview', { params: {}, query: q({ year: '2014' }), actor: mais });

  // the Träger's agreement carried on to Jobcenter Ahaus (its head not yet named: no salutation)
  const derived = await call('deriveAgreementCascade', {
    params: { id: S },
    query: [],
    actor: borken,
    body: { legalBasis: '§ 48b Abs. 1 Satz 1 Nr. 3 SGB II', unitIds: ['05554004'] },
  });
  assert.equal(derived.json.length, 1);
  const local = (unitId: string, name: string) => ({
    ...draft,
    parties: [
      { ...draft.parties[1], side: 0 },
      { ...draft.parties[1], unitId, name, shortName: name },
    ],
  });
  const L = derived.json[0].id as string;
  const S2 = (
    await call('createAgreement', {
      params: {},
      query: [],
      actor: borken,
      body: { content: local('05554008', 'Jobcenter Bocholt'), parentAgreementId: S },
    })
  ).json.id as string;
  await call('checkAgreementCascade', {
    params: { id: S },
    query: q({ datenstand: 'latest' }),
    actor: borken,
  });
  await call('transitionAgreement', {
    params: { id: S2 },
    query: [],
    actor: borken,
    body: { rowVersion: CURRENT_ROW_VERSION, action: 'verhandeln' },
  });
  await sign(S2, 0, borken);
  await sign(S2, 1, partyActor('05554008'));
  await call('reviseAgreement', {
    params: { id: S2 },
    query: [],
    actor: borken,
    body: { rowVersion: CURRENT_ROW_VERSION, reason: 'Zielwert nach Dialog angepasst' },
  });
  await call('compareAgreementVersions', {
    params: { id: S2 },
    query: q({ from: '1', to: '2' }),
    actor: borken,
  });
  const edited = structuredClone(dus);
  edited.preamble = [{ kind: 'absatz', text: 'Geänderte Präambel.' }];
  await call('updateAgreementContent', {
    params: { id: E },
    query: [],
    actor: mais,
    body: { rowVersion: CURRENT_ROW_VERSION, content: edited, comment: null },
  });
  await call('draftNextYear', { params: { id: E }, query: [], actor: mais, body: {} });

  const monitoring = await call('getAgreementMonitoring', {
    params: { id: S },
    query: q({ datenstand: String(datenstand), today: '2014-12-31', untilMonth: '12' }),
    actor: borken,
  });
  const assessed = (
    monitoring.json.targets as { targetId: string; assessment: { status: string } | null }[]
  ).filter((t) => t.assessment !== null);
  const frameworkChange = (
    await call('recordFrameworkChange', {
      params: { id: S },
      query: [],
      actor: mais,
      body: {
        since: '2014-03-01',
        description: 'Neue Arbeitsmarktprogramme',
        targetIds: [assessed[0]!.targetId],
      },
    })
  ).json.id as number;
  await call('listFrameworkChanges', { params: { id: S }, query: [], actor: borken });
  await call('recordAssessmentDecision', {
    params: { id: S, targetId: assessed[0]!.targetId },
    query: [],
    actor: mais,
    body: {
      finalDecision: 'nicht_bewertbar',
      adjustment: 'Programmwechsel im März',
      frameworkChangeIds: [frameworkChange],
      datenstand,
      rowVersion: null,
    },
  });
  await call('listAssessmentDecisions', { params: { id: S }, query: [], actor: mais });
  await call('listAuditTrail', {
    params: {},
    query: q({ entity: 'agreement', id: S }),
    actor: mais,
  });
  // the administration: the whole trail, filtered and paged; the chain check; the export
  const admin = ACTORS.administration;
  await call('listAuditTrail', {
    params: {},
    query: q({
      action: 'agreement.',
      actor: mais.id,
      from: '2000-01-01',
      limit: '5',
      order: 'desc',
    }),
    actor: admin,
  });
  await call('checkAuditChain', { params: {}, query: [], actor: admin });
  for (const format of ['csv', 'xlsx'])
    await call('exportAuditTrail', {
      params: {},
      query: q({ format, entity: 'agreement', entityId: S }),
      actor: admin,
    });
  await call('saveLocalIndicator', {
    params: { id: 'ELB_U25' },
    query: [],
    actor: borken,
    body: {
      id: 'ELB_U25',
      name: 'eLb unter 25 Jahren',
      definition: 'Erwerbsfähige Leistungsberechtigte unter 25 Jahren',
      unit: 'Personen',
      source: { kind: 'regel', quantity: 'ELB', filter: { maxAge: 24 } },
      rowVersion: null,
    },
  });
  await call('listLocalIndicators', { params: {}, query: [], actor: borken });
  await call('compareJobcenters', {
    params: {},
    query: q({ parent: '05554', month: '2014-06', sex: 'insgesamt' }),
    actor: borken,
  });
  await call('compareWithinVergleichstyp', {
    params: {},
    query: q({ unit: '05554' }),
    actor: mais,
  });

  for (const format of ['pdf', 'docx']) {
    const file = await call('getAgreementDocument', {
      params: { id: S },
      query: q({ format }),
      actor: borken,
    });
    assert.match(file.contentType, FIXTURE_PDF_OR_DOCX);
  }
  await call('getMonitoringReport', {
    params: {},
    query: q({ unit: '05554', month: '2014-06' }),
    actor: borken,
  });
  await call('getDialogueAgenda', {
    params: { id: S },
    query: q({ month: '2014-06' }),
    actor: borken,
  });
  await call('getAssessmentReport', {
    params: { id: S },
    query: q({ datenstand: String(datenstand) }),
    actor: mais,
  });
  const table = {
    title: 'Kennzahlen der Jobcenter',
    notes: ['Datenstand 30.04.2015'],
    columns: [
      { key: 'name', label: 'Jobcenter', type: 'text' },
      { key: 'k2', label: 'Integrationsquote', type: 'percent' },
      { key: 'monat', label: 'Monat', type: 'date' },
    ],
    rows: [
      { name: 'Ahaus', k2: 24.6, monat: '2014-06' },
      { name: '=1+1', k2: null, monat: null },
    ],
  };
  for (const format of ['csv', 'xlsx'])
    await call('exportTable', { params: {}, query: q({ format }), actor: borken, body: table });

  // identity: a real session (cookie and CSRF token) for the session's own operations
  await call('getLoginInfo', { params: {}, query: [], actor: borken });
  const login = await call('createSession', {
    params: {},
    query: [],
    actor: borken,
    body: { username: borken.id, password: TEST_PASSWORD },
  });
  const session = {
    cookie: login.setCookie ?? assert.fail('no session cookie'),
    csrfToken: login.json.csrfToken as string,
  };
  await call('getSession', { params: {}, query: [], actor: borken, session });
  await call('deleteSession', { params: {}, query: [], actor: borken, session });
  const token = await call('createApiToken', {
    params: {},
    query: [],
    actor: borken,
    body: { name: 'Fuzz' },
  });
  await call('listApiTokens', { params: {}, query: [], actor: borken });
  await call('revokeApiToken', { params: { id: String(token.json.id) }, query: [], actor: borken });
  await call('updateOwnPassword', {
    params: {},
    query: [],
    actor: mais,
    body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
  });

  // single sign-on: the start sends the browser to the test provider, which sends it back to the
  // callback with a code; the callback opens a session (a Träger account, mapped from its groups)
  provider.accounts.set('sub-fuzz', {
    preferred_username: 'fuzz-sso',
    groups: ['zs-controlling-borken'],
  });
  provider.loginAs('sub-fuzz');
  const started = await call(
    'startSingleSignOn',
    { params: {}, query: [], actor: borken },
    'a redirect',
  );
  const back = await provider.authorize(
    started.location ?? assert.fail('no redirect to the provider'),
  );
  const finished = await call(
    'finishSingleSignOn',
    {
      params: {},
      query: [...back.searchParams],
      actor: borken,
      session: {
        cookie:
          started.cookies.find((c) => c.startsWith('zs_oidc=')) ?? assert.fail('no flow cookie'),
        csrfToken: '',
      },
    },
    'a redirect',
  );
  assert.equal(finished.location, '/');
  assert.ok(finished.setCookie !== null, 'single sign-on opened no session');

  // the administration: accounts and units of its own, so that the fuzzer's changes touch no
  // record another operation relies on
  await call('listUserAccounts', { params: {}, query: [], actor: admin });
  await call('createUserAccount', {
    params: {},
    query: [],
    actor: admin,
    body: {
      id: 'fuzz-leser',
      name: 'Fuzz Leser',
      role: 'leser',
      unitId: '05554',
      microdataRights: false,
      importSources: [],
    },
  });
  await call('updateUserAccount', {
    params: { id: 'fuzz-leser' },
    query: [],
    actor: admin,
    body: { rowVersion: CURRENT_ROW_VERSION, name: 'Fuzz Leserin', microdataRights: true },
  });
  await call('resetUserPassword', {
    params: { id: 'fuzz-leser' },
    query: [],
    actor: admin,
    body: { password: null },
  });
  await call('listUnitTree', { params: {}, query: q({ date: '2014-06-15' }), actor: admin });
  await call('createUnit', {
    params: {},
    query: [],
    actor: admin,
    body: {
      id: 'FZ1',
      name: 'Fuzz-Jobcenter',
      kind: 'jobcenter',
      traegerForm: null,
      parentId: '05111',
      validFrom: '2014-01-01',
    },
  });
  await call('updateUnit', {
    params: { id: 'FZ1' },
    query: [],
    actor: admin,
    body: { rowVersion: CURRENT_ROW_VERSION, name: 'Fuzz-Jobcenter Süd' },
  });

  const targetIds = assessed.map((t) => t.targetId);
  return { corpus, agreements: { S, E, L, S2 }, datenstand, frameworkChange, targetIds, content };
}
