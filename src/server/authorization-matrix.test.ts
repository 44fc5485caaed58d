/**
 * The authorization matrix: every operation of /api/openapi.json, asked without a session and as
 * every role, on records of the role's own area and outside it, and — for the operations on one
 * agreement — in every state of the agreement. The expected answers are in MATRIX below, derived
 * by hand from the rules of the workflow (§§ 48a, 48b SGB II; the rules are restated above the
 * table), not from src/domain/access/rights.ts: where the code departs from them, the case fails.
 *
 * Independence: reads run on one shared agreement per pair and state; a write that is expected to
 * succeed and changes the agreement gets an agreement of its own (made over the API by its parties,
 * in a year of its own); refused writes and writes beside the agreement (framework changes,
 * decisions, child agreements, next year's draft) run one after another on the shared agreement,
 * and every refusal must leave it as it was (row version, status, version; the records beside it).
 *
 * Leaks: a 404 for a record outside the area must read like the 404 for an id that names nothing,
 * and the lists of each role must not name an agreement or a unit outside its area.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { AgreementContent, GoalBlock } from '../domain/agreements/agreement.ts';
import type { Actor } from '../services/context.ts';
import { identityFor } from '../services/identity/app-identity.ts';
import { systemActor } from '../services/system/system-actor.ts';
import { ACTORS, TEST_PASSWORD, TEST_UNITS } from '../services/test-support.ts';
import { createApp } from './app.ts';
import {
  agreementIn,
  contentFor,
  insertLeser,
  isSuccess,
  judge,
  PAIR_NAMES,
  PAIRS,
  parseExpected,
  parseTable,
  readAgreement,
  readAnswer,
  ROLE_ACTORS,
  ROLE_NAMES,
  send,
  showExpected,
  STATE_NAMES,
  YearPool,
  type Answer,
  type Expected,
  type Fixture,
  type PairName,
  type CaseRequest,
  type RoleName,
  type StateName,
} from './authorization-matrix/test-fixtures.ts';
import { startApiTestBed, type ApiTestBed } from './test-support.ts';

/*
 * The rules (from the issue), and how the table reads them:
 *
 * - Without a session every route answers 401 but the public ones (security: [] in the document:
 *   logging in, the login page's facts, single sign-on, the health probe for load balancers that
 *   says only ok or not; the document itself is checked apart).
 * - A user sees its own unit and everything below it; a record outside is 404, like a record that
 *   does not exist. The administration sees no agreements and no figures (403; its lists are
 *   empty: 200-leer), manages users and units and reads the whole audit trail.
 * - Parties: A = Land NRW (ministerium, steering) – Kreis Borken (traeger, target); B = Kreis
 *   Borken (traeger, steering) – Jobcenter Ahaus (jobcenter, target); F = Bayern – München,
 *   outside every NRW user's area. For the jobcenter A lies outside its area too (above it). The
 *   Land sees B but is no party to it; the reader (leser, NRW) sees A and B and never acts.
 * - Create: either party; the steering unit is the parent of the target unit; a parent agreement
 *   is the steering party's own (where it is target) of the same year.
 * - Edit the text: entwurf either party, in_verhandlung the steering party only, never once a
 *   signature is entered; angebot, unterzeichnet, bewertet 409. On unterzeichnet milestone progress
 *   only: the target party reports (proposal), the steering party confirms (state).
 * - Steps: anbieten (entwurf, in_verhandlung) target; verhandeln (entwurf, angebot) steering;
 *   zurueckziehen from angebot target, from in_verhandlung either; unterzeichnen (in_verhandlung)
 *   each party its own signature; bewerten (unterzeichnet) steering; wiedereroeffnen (bewertet,
 *   with a reason) steering. Wrong party 403 (whatever the state), right party wrong state 409.
 * - New version: either party from unterzeichnet. Framework change: either party while
 *   unterzeichnet. Decision: steering party while unterzeichnet. Cascade: only the target party of
 *   the parent agreement (the Träger of a Land–Träger agreement). Next year's draft: either party
 *   (it is a create).
 * - Figures: import by source right (ministerium all, traeger mikrodaten + manuell, jobcenter
 *   manuell, leser and administration none), Stand not in the future and after the last month of
 *   the rows; sources but manuell carry no rows of the importer's own unit; manuell only values of
 *   local indicators the importer's unit owns. Local indicators: made by a party role (owner: its
 *   unit), changed only by the owner; leser and administration 403.
 * - Reads (agreement, monitoring, documents, comparisons, reports): whoever sees the unit; an
 *   örtliches Jobcenter also compares itself with its peers (their small counts protected).
 *   A local indicator outside the user's area (and not above it) is not found (404).
 * - Single sign-on is not set up in this test bed: its two routes answer 404 to everyone.
 * - Accounts and units: the administration only (403 for every other role).
 * - The whole audit trail, its chain and its export: administration only (others 403); others
 *   read the trail of one record they see (entity + entityId).
 * - Own account (session, password, tokens, /api/me): every logged-in user for itself.
 *
 * Values: a status; 4xx-body = refused for the body only (400, 409 or 422: the rights allow it,
 * the request cannot succeed); 200-leer = 200 with an empty list. In the agreement section a group
 * of one value holds for all six states: ent(wurf), ang(ebot), ver(handlung), sig (in Verhandlung,
 * the target party's signature entered), unt(erzeichnet), bew(ertet).
 */
const MATRIX = `
## ohne Sitzung
# operationId                                        | Status
getHealth                                            | 200
createSession                                        | 200
getSession                                           | 401
deleteSession                                        | 401
getLoginInfo                                         | 200
updateOwnPassword                                    | 401
createApiToken                                       | 401
listApiTokens                                        | 401
revokeApiToken                                       | 401
listUnits                                            | 401
queryValues                                          | 401
importValues                                         | 401
listDatenstaende                                     | 401
listAgreements                                       | 401
createAgreement                                      | 401
getAgreement                                         | 401
draftNextYear                                        | 401
updateAgreementContent                               | 401
transitionAgreement                                  | 401
reviseAgreement                                      | 401
compareAgreementVersions                             | 401
checkAgreementCascade                                | 401
deriveAgreementCascade                               | 401
getAgreementMonitoring                               | 401
getYearOverview                                      | 401
listFrameworkChanges                                 | 401
recordFrameworkChange                                | 401
listAssessmentDecisions                              | 401
recordAssessmentDecision                             | 401
listAuditTrail                                       | 401
checkAuditChain                                      | 401
exportAuditTrail                                     | 401
listLocalIndicators                                  | 401
saveLocalIndicator                                   | 401
getViewer                                            | 401
compareJobcenters                                    | 401
compareWithinVergleichstyp                           | 401
getAgreementDocument                                 | 401
getMonitoringReport                                  | 401
getDialogueAgenda                                    | 401
getAssessmentReport                                  | 401
exportTable                                          | 401
startSingleSignOn                                    | 404
finishSingleSignOn                                   | 404
listUserAccounts                                     | 401
createUserAccount                                    | 401
updateUserAccount                                    | 401
resetUserPassword                                    | 401
listUnitTree                                         | 401
createUnit                                           | 401
updateUnit                                           | 401

## je Rolle
# Fall                                               | ministerium traeger     jobcenter   leser       administration
getHealth                                            | 200         200         200         200         200
getViewer                                            | 200         200         200         200         200
getLoginInfo                                         | 200         200         200         200         200
createSession mit eigenem Kennwort                   | 200         200         200         200         200
getSession                                           | 200         200         200         200         200
createApiToken                                       | 201         201         201         201         201
listApiTokens                                        | 200         200         200         200         200
revokeApiToken eigenes                               | 204         204         204         204         204
revokeApiToken eines anderen Benutzers               | 404         404         404         404         404
updateOwnPassword                                    | 204         204         204         204         204
deleteSession                                        | 204         204         204         204         204
listUnits                                            | 200         200         200         200         200
queryValues eigene Einheit                           | 200         200         200         200         403
queryValues übergeordnete Einheit                    | 404         404         404         404         403
queryValues fremde Einheit                           | 404         404         404         404         403
importValues ba_veroeffentlichung, Einheit darunter  | 201         403         403         403         403
importValues mikrodaten, Einheit darunter            | 201         201         403         403         403
importValues mikrodaten, eigene Einheit              | 403         403         403         403         403
importValues mikrodaten, Stand in der Zukunft        | 403         403         403         403         403
importValues mikrodaten, Monat nicht abgelaufen      | 403         403         403         403         403
importValues manuell, eigene lokale Kennzahl         | 201         201         201         403         403
importValues manuell, Kennzahl einer anderen Einheit | 403         403         403         403         403
importValues manuell, mit Kennzahl nach § 48a        | 403         403         403         403         403
importValues manuell, fremde Einheit                 | 4xx-body    4xx-body    4xx-body    403         403
listDatenstaende                                     | 200         200         200         200         200
listAgreements                                       | 200         200         200         200         200-leer
listAgreements within=09 (fremdes Land)              | 200-leer    200-leer    200-leer    200-leer    200-leer
createAgreement Land–Träger (A)                      | 201         201         404         403         403
createAgreement Träger–Jobcenter (B)                 | 403         201         201         403         403
createAgreement Bayern–München (F)                   | 404         404         404         404         403
createAgreement Land–Jobcenter (kein Steuerungspaar) | 403         403         403         403         403
createAgreement übergeordnete aus anderem Jahr       | 403         403         404         403         403
getYearOverview                                      | 200         200         200         200         200-leer
listAuditTrail ganzes Protokoll                      | 403         403         403         403         200
listAuditTrail Verlauf eines Datenstands             | 200         200         200         200         200
checkAuditChain                                      | 403         403         403         403         200
exportAuditTrail ganzes Protokoll                    | 403         403         403         403         200
listLocalIndicators                                  | 200         200         200         200         200-leer
saveLocalIndicator neu                               | 200         200         200         403         403
saveLocalIndicator eigene                            | 200         200         200         403         403
saveLocalIndicator einer anderen Einheit             | 403         403         403         403         403
saveLocalIndicator fremde (Bayern)                   | 404         404         404         404         403
compareJobcenters Kreis Borken                       | 200         200         200         200         403
compareJobcenters fremder Träger                     | 404         404         404         404         403
compareWithinVergleichstyp Kreis Borken              | 200         200         404         200         403
compareWithinVergleichstyp fremder Träger            | 404         404         404         404         403
getMonitoringReport Einheit im eigenen Bereich       | 200         200         200         200         403
getMonitoringReport fremde Einheit                   | 404         404         404         404         403
exportTable                                          | 200         200         200         200         200
startSingleSignOn nicht eingerichtet                 | 404         404         404         404         404
finishSingleSignOn nicht eingerichtet                | 404         404         404         404         404
listUserAccounts                                     | 403         403         403         403         200
createUserAccount Leser in NRW                       | 403         403         403         403         201
updateUserAccount Name eines Lesers                  | 403         403         403         403         200
resetUserPassword eines Lesers                       | 403         403         403         403         200
listUnitTree                                         | 403         403         403         403         200
createUnit Träger in Bayern              | 403         403         403         403         201
updateUnit umbenennen                                | 403         403         403         403         200

## Zielvereinbarungen
#                                                             | A: NRW – Kreis Borken   | B: Borken – Ahaus       | F: Bayern – München
# Fall                                         Rolle          | ent ang ver sig unt bew | ent ang ver sig unt bew | ent ang ver sig unt bew
getAgreement                                   ministerium    | 200                     | 200                     | 404
getAgreement                                   traeger        | 200                     | 200                     | 404
getAgreement                                   jobcenter      | 404                     | 200                     | 404
getAgreement                                   leser          | 200                     | 200                     | 404
getAgreement                                   administration | 403                     | 403                     | 403
getAgreementMonitoring                         ministerium    | 200                     | 200                     | 404
getAgreementMonitoring                         traeger        | 200                     | 200                     | 404
getAgreementMonitoring                         jobcenter      | 404                     | 200                     | 404
getAgreementMonitoring                         leser          | 200                     | 200                     | 404
getAgreementMonitoring                         administration | 403                     | 403                     | 403
compareAgreementVersions                       ministerium    | 200                     | 200                     | 404
compareAgreementVersions                       traeger        | 200                     | 200                     | 404
compareAgreementVersions                       jobcenter      | 404                     | 200                     | 404
compareAgreementVersions                       leser          | 200                     | 200                     | 404
compareAgreementVersions                       administration | 403                     | 403                     | 403
checkAgreementCascade                          ministerium    | 200                     | 200                     | 404
checkAgreementCascade                          traeger        | 200                     | 200                     | 404
checkAgreementCascade                          jobcenter      | 404                     | 200                     | 404
checkAgreementCascade                          leser          | 200                     | 200                     | 404
checkAgreementCascade                          administration | 403                     | 403                     | 403
listFrameworkChanges                           ministerium    | 200                     | 200                     | 404
listFrameworkChanges                           traeger        | 200                     | 200                     | 404
listFrameworkChanges                           jobcenter      | 404                     | 200                     | 404
listFrameworkChanges                           leser          | 200                     | 200                     | 404
listFrameworkChanges                           administration | 403                     | 403                     | 403
listAssessmentDecisions                        ministerium    | 200                     | 200                     | 404
listAssessmentDecisions                        traeger        | 200                     | 200                     | 404
listAssessmentDecisions                        jobcenter      | 404                     | 200                     | 404
listAssessmentDecisions                        leser          | 200                     | 200                     | 404
listAssessmentDecisions                        administration | 403                     | 403                     | 403
getAgreementDocument                           ministerium    | 200                     | 200                     | 404
getAgreementDocument                           traeger        | 200                     | 200                     | 404
getAgreementDocument                           jobcenter      | 404                     | 200                     | 404
getAgreementDocument                           leser          | 200                     | 200                     | 404
getAgreementDocument                           administration | 403                     | 403                     | 403
getDialogueAgenda                              ministerium    | 200                     | 200                     | 404
getDialogueAgenda                              traeger        | 200                     | 200                     | 404
getDialogueAgenda                              jobcenter      | 404                     | 200                     | 404
getDialogueAgenda                              leser          | 200                     | 200                     | 404
getDialogueAgenda                              administration | 403                     | 403                     | 403
getAssessmentReport                            ministerium    | 200                     | 200                     | 404
getAssessmentReport                            traeger        | 200                     | 200                     | 404
getAssessmentReport                            jobcenter      | 404                     | 200                     | 404
getAssessmentReport                            leser          | 200                     | 200                     | 404
getAssessmentReport                            administration | 403                     | 403                     | 403
listAuditTrail Verlauf der Vereinbarung        ministerium    | 200                     | 200                     | 404
listAuditTrail Verlauf der Vereinbarung        traeger        | 200                     | 200                     | 404
listAuditTrail Verlauf der Vereinbarung        jobcenter      | 404                     | 200                     | 404
listAuditTrail Verlauf der Vereinbarung        leser          | 200                     | 200                     | 404
listAuditTrail Verlauf der Vereinbarung        administration | 200                     | 200                     | 200
exportAuditTrail Verlauf der Vereinbarung      ministerium    | 403                     | 403                     | 403
exportAuditTrail Verlauf der Vereinbarung      traeger        | 403                     | 403                     | 403
exportAuditTrail Verlauf der Vereinbarung      jobcenter      | 403                     | 403                     | 403
exportAuditTrail Verlauf der Vereinbarung      leser          | 403                     | 403                     | 403
exportAuditTrail Verlauf der Vereinbarung      administration | 200                     | 200                     | 200
updateAgreementContent Text                    ministerium    | 200 409 200 409 409 409 | 403                     | 404
updateAgreementContent Text                    traeger        | 200 409 403 403 409 409 | 200 409 200 409 409 409 | 404
updateAgreementContent Text                    jobcenter      | 404                     | 200 409 403 403 409 409 | 404
updateAgreementContent Text                    leser          | 403                     | 403                     | 404
updateAgreementContent Text                    administration | 403                     | 403                     | 403
updateAgreementContent Meilenstein melden      ministerium    | 200 409 200 409 403 409 | 403                     | 404
updateAgreementContent Meilenstein melden      traeger        | 200 409 403 403 200 409 | 200 409 200 409 403 409 | 404
updateAgreementContent Meilenstein melden      jobcenter      | 404                     | 200 409 403 403 200 409 | 404
updateAgreementContent Meilenstein melden      leser          | 403                     | 403                     | 404
updateAgreementContent Meilenstein melden      administration | 403                     | 403                     | 403
updateAgreementContent Meilenstein feststellen ministerium    | 200 409 200 409 200 409 | 403                     | 404
updateAgreementContent Meilenstein feststellen traeger        | 200 409 403 403 403 409 | 200 409 200 409 200 409 | 404
updateAgreementContent Meilenstein feststellen jobcenter      | 404                     | 200 409 403 403 403 409 | 404
updateAgreementContent Meilenstein feststellen leser          | 403                     | 403                     | 404
updateAgreementContent Meilenstein feststellen administration | 403                     | 403                     | 403
transitionAgreement anbieten                   ministerium    | 403                     | 403                     | 404
transitionAgreement anbieten                   traeger        | 200 409 200 200 409 409 | 403                     | 404
transitionAgreement anbieten                   jobcenter      | 404                     | 200 409 200 200 409 409 | 404
transitionAgreement anbieten                   leser          | 403                     | 403                     | 404
transitionAgreement anbieten                   administration | 403                     | 403                     | 403
transitionAgreement verhandeln                 ministerium    | 200 200 409 409 409 409 | 403                     | 404
transitionAgreement verhandeln                 traeger        | 403                     | 200 200 409 409 409 409 | 404
transitionAgreement verhandeln                 jobcenter      | 404                     | 403                     | 404
transitionAgreement verhandeln                 leser          | 403                     | 403                     | 404
transitionAgreement verhandeln                 administration | 403                     | 403                     | 403
transitionAgreement zurueckziehen              ministerium    | 409 403 200 200 409 409 | 403                     | 404
transitionAgreement zurueckziehen              traeger        | 409 200 200 200 409 409 | 409 403 200 200 409 409 | 404
transitionAgreement zurueckziehen              jobcenter      | 404                     | 409 200 200 200 409 409 | 404
transitionAgreement zurueckziehen              leser          | 403                     | 403                     | 404
transitionAgreement zurueckziehen              administration | 403                     | 403                     | 403
transitionAgreement unterzeichnen für 0        ministerium    | 409 409 200 200 409 409 | 403                     | 404
transitionAgreement unterzeichnen für 0        traeger        | 403                     | 409 409 200 200 409 409 | 404
transitionAgreement unterzeichnen für 0        jobcenter      | 404                     | 403                     | 404
transitionAgreement unterzeichnen für 0        leser          | 403                     | 403                     | 404
transitionAgreement unterzeichnen für 0        administration | 403                     | 403                     | 403
transitionAgreement unterzeichnen für 1        ministerium    | 403                     | 403                     | 404
transitionAgreement unterzeichnen für 1        traeger        | 409 409 200 409 409 409 | 403                     | 404
transitionAgreement unterzeichnen für 1        jobcenter      | 404                     | 409 409 200 409 409 409 | 404
transitionAgreement unterzeichnen für 1        leser          | 403                     | 403                     | 404
transitionAgreement unterzeichnen für 1        administration | 403                     | 403                     | 403
transitionAgreement bewerten                   ministerium    | 409 409 409 409 200 409 | 403                     | 404
transitionAgreement bewerten                   traeger        | 403                     | 409 409 409 409 200 409 | 404
transitionAgreement bewerten                   jobcenter      | 404                     | 403                     | 404
transitionAgreement bewerten                   leser          | 403                     | 403                     | 404
transitionAgreement bewerten                   administration | 403                     | 403                     | 403
transitionAgreement wiedereroeffnen            ministerium    | 409 409 409 409 409 200 | 403                     | 404
transitionAgreement wiedereroeffnen            traeger        | 403                     | 409 409 409 409 409 200 | 404
transitionAgreement wiedereroeffnen            jobcenter      | 404                     | 403                     | 404
transitionAgreement wiedereroeffnen            leser          | 403                     | 403                     | 404
transitionAgreement wiedereroeffnen            administration | 403                     | 403                     | 403
reviseAgreement                                ministerium    | 409 409 409 409 201 409 | 403                     | 404
reviseAgreement                                traeger        | 409 409 409 409 201 409 | 409 409 409 409 201 409 | 404
reviseAgreement                                jobcenter      | 404                     | 409 409 409 409 201 409 | 404
reviseAgreement                                leser          | 403                     | 403                     | 404
reviseAgreement                                administration | 403                     | 403                     | 403
recordFrameworkChange                          ministerium    | 409 409 409 409 201 409 | 403                     | 404
recordFrameworkChange                          traeger        | 409 409 409 409 201 409 | 409 409 409 409 201 409 | 404
recordFrameworkChange                          jobcenter      | 404                     | 409 409 409 409 201 409 | 404
recordFrameworkChange                          leser          | 403                     | 403                     | 404
recordFrameworkChange                          administration | 403                     | 403                     | 403
recordAssessmentDecision                       ministerium    | 409 409 409 409 200 409 | 403                     | 404
recordAssessmentDecision                       traeger        | 403                     | 409 409 409 409 200 409 | 404
recordAssessmentDecision                       jobcenter      | 404                     | 403                     | 404
recordAssessmentDecision                       leser          | 403                     | 403                     | 404
recordAssessmentDecision                       administration | 403                     | 403                     | 403
deriveAgreementCascade                         ministerium    | 403                     | 403                     | 404
deriveAgreementCascade                         traeger        | 201                     | 403                     | 404
deriveAgreementCascade                         jobcenter      | 404                     | 4xx-body                | 404
deriveAgreementCascade                         leser          | 403                     | 403                     | 404
deriveAgreementCascade                         administration | 403                     | 403                     | 403
draftNextYear                                  ministerium    | 201                     | 403                     | 404
draftNextYear                                  traeger        | 201                     | 201                     | 404
draftNextYear                                  jobcenter      | 404                     | 201                     | 404
draftNextYear                                  leser          | 403                     | 403                     | 404
draftNextYear                                  administration | 403                     | 403                     | 403
createAgreement Borken–Bocholt darunter        ministerium    | 403                     | 403                     | 404
createAgreement Borken–Bocholt darunter        traeger        | 201                     | 403                     | 404
createAgreement Borken–Bocholt darunter        jobcenter      | 404                     | 404                     | 404
createAgreement Borken–Bocholt darunter        leser          | 403                     | 403                     | 404
createAgreement Borken–Bocholt darunter        administration | 403                     | 403                     | 403
`;

/** Operations run side by side (each request holds at most two of the pool's ten connections). */
const LANES = 4;

const SYSTEM = systemActor();
const TABLE = parseTable(MATRIX);
const section = (name: string) => TABLE.get(name) ?? assert.fail(`no section ${name}`);

let api: ApiTestBed;
/** the production wiring: a request without a session or token gets no actor */
let anonymous: ReturnType<typeof createApp>;
const years = new YearPool();
const shared = new Map<string, Fixture>();
const sharedKey = (pair: PairName, state: StateName) => `${pair}/${state}`;
const sharedFixture = (pair: PairName, state: StateName) =>
  shared.get(sharedKey(pair, state)) ?? assert.fail(`no shared fixture ${pair} ${state}`);
/** the operations of the document: id, method, path, public or not, documented statuses */
const operations: {
  id: string;
  method: string;
  path: string;
  public: boolean;
  documented: Set<number>;
}[] = [];
let datenstand = 0;
let foreignTokenId = 0;
const started = performance.now();
const counts = { noSession: 0, general: 0, reads: 0, writes: 0, freshFixtures: 0, leaks: 0 };

/** A group of one value stands for all six states. */
function stateValues(cells: string[], where: string): Record<StateName, Expected> {
  if (cells.length !== 1 && cells.length !== STATE_NAMES.length)
    assert.fail(`${where}: 1 or ${STATE_NAMES.length} values expected, got ${cells.join(' ')}`);
  return Object.fromEntries(
    STATE_NAMES.map((s, i) => [s, parseExpected(cells.length === 1 ? cells[0]! : cells[i]!)]),
  ) as Record<StateName, Expected>;
}

const agreementRows = () =>
  section('Zielvereinbarungen').map((row) => {
    const words = row.key.split(/\s+/);
    const role = words.pop() as RoleName;
    assert.ok(ROLE_NAMES.includes(role), `line ${row.line}: unknown role ${role}`);
    assert.equal(row.cells.length, 3, `line ${row.line}: three groups A | B | F`);
    const [A, B, F] = row.cells.map((c) => stateValues(c, `line ${row.line}`));
    return { key: words.join(' '), role, expected: { A: A!, B: B!, F: F! }, line: row.line };
  });

const generalRows = () =>
  section('je Rolle').map((row) => {
    const cells = row.cells[0] ?? [];
    assert.equal(cells.length, ROLE_NAMES.length, `line ${row.line}: one value per role`);
    return {
      key: row.key,
      expected: Object.fromEntries(
        ROLE_NAMES.map((r, i) => [r, parseExpected(cells[i]!)]),
      ) as Record<RoleName, Expected>,
      line: row.line,
    };
  });

/** Fails with every deviation, one a line (the cases all ran). */
function reportFailures(failures: string[], what = 'Abweichung(en) von der Tabelle'): void {
  if (failures.length > 0)
    assert.fail(`${failures.length} ${what}:\n${failures.sort().join('\n')}`);
}

/** every status a case was answered with, per operation (checked against the document at the end) */
const seen = new Map<string, Map<number, string>>();
function see(op: string, status: number, where: string): void {
  const statuses = seen.get(op) ?? new Map<number, string>();
  if (!statuses.has(status)) statuses.set(status, where);
  seen.set(op, statuses);
}

const operationOf = (key: string) => key.split(/\s+/)[0]!;

// ---------------------------------------------------------------- units and areas

const parentOf = (id: string) => TEST_UNITS.find((u) => u.id === id)?.parentId ?? null;
const within = (id: string, root: string): boolean =>
  id === root || (parentOf(id) !== null && within(parentOf(id)!, root));
/** units neither in the area nor above it (an ancestor is named as a party, not revealed) */
function foreignUnits(actor: Actor): string[] {
  return TEST_UNITS.map((u) => u.id).filter(
    (id) => !within(id, actor.unitId) && !within(actor.unitId, id),
  );
}

// ---------------------------------------------------------------- small helpers

const get = (path: string, actor: Actor) => send(api, { method: 'GET', path }, actor);

/** Runs the jobs on a few lanes; a job that throws is a failure of its own, the others go on. */
async function runLanes(
  jobs: (() => Promise<unknown>)[],
  failures?: string[],
  lanes = LANES,
): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift())
        try {
          await job();
        } catch (error) {
          if (failures === undefined) throw error;
          failures.push(`Fehler im Testablauf: ${error instanceof Error ? error.stack : error}`);
        }
    }),
  );
}

/** the record id and an id that names nothing replaced, so that two answers compare */
const normalised = (text: string, ...ids: string[]) =>
  ids.reduce((t, id) => t.replaceAll(id, '«id»'), text);

function valueRow(unitId: string, month: string, kind: string, metric: string, value: number) {
  return {
    unitId,
    month,
    sex: 'insgesamt',
    kind,
    metric,
    value,
    zaehler: null,
    nenner: null,
    quality: 'final',
  };
}

const importBody = (source: string, stand: string, values: unknown[]) => ({
  datenstand: { stand, source, label: `Matrix ${source}` },
  values,
});

function milestone(content: AgreementContent, change: (c: Record<string, unknown>) => void) {
  const copy = structuredClone(content);
  for (const goal of copy.goals)
    for (const block of goal.blocks as GoalBlock[])
      if (block.kind === 'ziel' && block.target.id === 'II.1' && block.target.criterion !== null)
        change(block.target.criterion as unknown as Record<string, unknown>);
  return copy;
}

// ---------------------------------------------------------------- set-up

before(async () => {
  api = await startApiTestBed();
  await insertLeser(api);
  const now = () => new Date('2014-06-15T10:00:00Z');
  anonymous = createApp({
    ...identityFor(api.bed.database.db, { demo: false, now }),
    checkStore: () => api.bed.database.ping(),
  });
  const doc = (await (await api.app.request('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        { operationId: string; security?: unknown[]; responses: Record<string, unknown> }
      >
    >;
  };
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        public: Array.isArray(op.security) && op.security.length === 0,
        documented: new Set(Object.keys(op.responses).map(Number)),
      });

  // figures of NRW (the Land loads the BA's publication) and of Bavaria
  const figures = (units: string[]) =>
    units.flatMap((unitId) =>
      ['2013', '2014'].flatMap((year) =>
        Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`).flatMap(
          (month) => [
            valueRow(unitId, month, 'kennzahl', 'K2', 24 + Number(month.slice(5)) / 10),
            valueRow(unitId, month, 'kennzahl', 'JFW_K2', 20 + Number(month.slice(5)) / 10),
            valueRow(unitId, month, 'kennzahl', 'JDW_LZB', 6700),
            valueRow(unitId, month, 'grundgroesse', 'INT', 40),
            valueRow(unitId, month, 'grundgroesse', 'ELB', 4000),
          ],
        ),
      ),
    );
  const nrw = await send(
    api,
    {
      method: 'POST',
      path: '/api/datenstaende',
      body: importBody(
        'ba_veroeffentlichung',
        '2015-04-30',
        figures(['05554', '05554004', '05554008', '05111']),
      ),
    },
    ACTORS.ministerium,
  );
  assert.equal(nrw.status, 201, nrw.text);
  datenstand = nrw.json.datenstandId;
  const bavaria = await send(
    api,
    {
      method: 'POST',
      path: '/api/datenstaende',
      body: importBody('ba_veroeffentlichung', '2015-04-30', figures(['09162'])),
    },
    ACTORS.bayern,
  );
  assert.equal(bavaria.status, 201, bavaria.text);

  // a local indicator of each party unit, and one of Bavaria
  for (const actor of [ACTORS.ministerium, ACTORS.traeger, ACTORS.jobcenter, ACTORS.bayern]) {
    const id = `LOK_${actor.unitId}`;
    const saved = await send(
      api,
      { method: 'PUT', path: `/api/local-indicators/${id}`, body: indicator(id, null) },
      actor,
    );
    assert.equal(saved.status, 200, saved.text);
  }
  // a token of another user
  const token = await send(
    api,
    { method: 'POST', path: '/api/tokens', body: { name: 'Token von StMAS' } },
    ACTORS.bayern,
  );
  assert.equal(token.status, 201, token.text);
  foreignTokenId = token.json.id;

  // one shared agreement per pair and state; A and F take the same years (one overview shows both)
  await runLanes(
    STATE_NAMES.flatMap((state) => PAIR_NAMES.map((pair) => () => makeShared(pair, state))),
  );
});

after(async () => {
  const total = counts.noSession + counts.general + counts.reads + counts.writes + counts.leaks;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `authorization matrix: ${operations.length} operations × ${ROLE_NAMES.length} roles (+ no session) × ` +
      `${PAIR_NAMES.length} relations (A own Land–Träger, B own Träger–Jobcenter, F foreign) × ` +
      `${STATE_NAMES.length} states; cases run: ${total} (no session ${counts.noSession}, per role ` +
      `${counts.general}, agreement reads ${counts.reads}, agreement writes ${counts.writes}, ` +
      `leak checks ${counts.leaks}); ${counts.freshFixtures} fresh agreements; ${seconds} s`,
  );
  await api?.bed.database.destroy();
});

function indicator(id: string, rowVersion: number | null) {
  return {
    id,
    name: `Lokale Kennzahl ${id}`,
    definition: 'Von Hand erfasste Zahl der Matrix',
    unit: 'Personen',
    source: { kind: 'manuell' },
    rowVersion,
  };
}

async function makeShared(pair: PairName, state: StateName): Promise<Fixture> {
  const year = years.take(pair);
  if (pair === 'A') {
    // the cascade and the child agreement of a shared A use Borken's pairs in A's year
    years.mark('B', year);
    years.mark('C', year);
  }
  const fixture = await agreementIn(api, pair, state, year);
  shared.set(sharedKey(pair, state), fixture);
  return fixture;
}

// ---------------------------------------------------------------- 1. the table covers the API

test('every operation of /api/openapi.json has its rows in the table', () => {
  assert.ok(operations.length >= 40, `only ${operations.length} operations in the document`);
  const noSession = new Set(section('ohne Sitzung').map((r) => r.key));
  const perRole = new Set([
    ...generalRows().map((r) => operationOf(r.key)),
    ...agreementRows().map((r) => operationOf(r.key)),
  ]);
  const known = new Set(operations.map((o) => o.id));
  const missing = operations
    .filter((o) => !noSession.has(o.id) || !perRole.has(o.id))
    .map(
      (o) =>
        `${o.id} (${o.method} ${o.path}): ${!noSession.has(o.id) ? 'no row "ohne Sitzung"' : ''} ${!perRole.has(o.id) ? 'no row per role' : ''}`,
    );
  assert.deepEqual(missing, [], `operations without expectations:\n${missing.join('\n')}`);
  const stale = [...noSession, ...perRole].filter((id) => !known.has(id));
  assert.deepEqual(stale, [], `rows of operations the document does not have: ${stale.join(', ')}`);
  // what the table calls public is what the document calls public (security: [])
  const publicInTable = section('ohne Sitzung')
    .filter((r) => r.cells[0]?.[0] !== '401')
    .map((r) => r.key)
    .sort();
  const publicInDocument = operations
    .filter((o) => o.public)
    .map((o) => o.id)
    .sort();
  assert.deepEqual(publicInDocument, publicInTable);
});

// ---------------------------------------------------------------- 2. without a session

test('without a session: 401 for every operation but the public ones', async () => {
  const failures: string[] = [];
  const A = sharedFixture('A', 'unt');
  const openapi = await anonymous.request('/api/openapi.json');
  if (openapi.status !== 200) failures.push(`GET /api/openapi.json: ${openapi.status}`);
  for (const row of section('ohne Sitzung')) {
    const op = operations.find((o) => o.id === row.key);
    if (op === undefined) continue;
    const path = op.path
      .replace('{id}', op.id === 'revokeApiToken' ? String(foreignTokenId) : A.id)
      .replace('{targetId}', 'II.1');
    const body =
      op.id === 'createSession'
        ? { username: ACTORS.traeger.id, password: TEST_PASSWORD }
        : op.method === 'GET' || op.method === 'DELETE'
          ? undefined
          : {};
    const answer = await readAnswer(
      await anonymous.request(path, {
        method: op.method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    counts.noSession += 1;
    see(row.key, answer.status, 'ohne Sitzung');
    const why = judge(parseExpected(row.cells[0]![0]!), answer);
    if (why !== null)
      failures.push(`${row.key} ohne Sitzung: erwartet ${row.cells[0]![0]}, erhalten ${why}`);
  }
  reportFailures(failures);
});

// ---------------------------------------------------------------- 3. per role

interface Session {
  cookie: string;
  csrf: string;
  tokenId?: number;
}
const sessions = new Map<RoleName, Session>();

function withSession(role: RoleName, request: CaseRequest): CaseRequest {
  const session = sessions.get(role) ?? assert.fail(`no session of ${role}`);
  return {
    ...request,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...request.headers },
  };
}

/** the unit below the actor's own whose figures it loads (its own when there is none) */
const below: Record<RoleName, string> = {
  ministerium: '05554',
  traeger: '05554004',
  jobcenter: '05554004',
  leser: '05554',
  administration: '05554',
};
/** a unit inside the area for reports and comparisons */
const inArea: Record<RoleName, string> = { ...below, traeger: '05554' };
const ownIndicator: Record<RoleName, string> = {
  ministerium: 'LOK_05',
  traeger: 'LOK_05554',
  jobcenter: 'LOK_05554004',
  leser: 'LOK_05',
  administration: 'LOK_05',
};
/** another unit's indicator and a unit to enter its values for */
const otherIndicator: Record<RoleName, [string, string]> = {
  ministerium: ['LOK_05554', '05554'],
  traeger: ['LOK_05554004', '05554004'],
  jobcenter: ['LOK_05554', '05554004'],
  leser: ['LOK_05554', '05554'],
  administration: ['LOK_05554', '05554'],
};
const ownUnitForValues = (role: RoleName) =>
  role === 'administration' || role === 'leser' ? '05' : ROLE_ACTORS[role].unitId;

const months = (unitId: string, kind: string, metric: string) =>
  ['2014-01', '2014-02', '2014-03'].map((m) => valueRow(unitId, m, kind, metric, 12));

async function indicatorVersion(id: string): Promise<number> {
  const list = await get('/api/local-indicators', SYSTEM);
  return (list.json as { id: string; rowVersion: number }[]).find((i) => i.id === id)!.rowVersion;
}

let imports = 0;
/** A Datenstand of one role; a refused one must leave no Datenstand behind (its label is unique). */
function importCase(
  source: string,
  stand: string | (() => string),
  rows: (role: RoleName) => unknown[],
): GeneralCase {
  const labels = new Map<RoleName, string>();
  return {
    run(role) {
      const label = `Matrix ${source} ${role} ${++imports}`;
      labels.set(role, label);
      const body = importBody(source, typeof stand === 'string' ? stand : stand(), rows(role));
      return send(
        api,
        {
          method: 'POST',
          path: '/api/datenstaende',
          body: { ...body, datenstand: { ...body.datenstand, label } },
        },
        ROLE_ACTORS[role],
      );
    },
    async check(role, answer) {
      if (answer.status < 300) return null;
      const list = await get('/api/datenstaende', SYSTEM);
      return list.text.includes(`"${labels.get(role)}"`) ? 'abgelehnt, aber gespeichert' : null;
    },
  };
}

const inFuture = () => new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);

interface GeneralCase {
  /** cases of one group run one after another per role, in table order */
  group?: 'account' | 'indicator' | 'administration';
  run(role: RoleName): Promise<Answer>;
  /** a further check of the answer: why it fails, or null */
  check?(role: RoleName, answer: Answer): Promise<string | null>;
}

/** Creating an agreement; a refused one must not exist afterwards. */
function createCase(make: () => { content: AgreementContent; parent?: string }): GeneralCase {
  const made = new Map<RoleName, AgreementContent>();
  return {
    run(role) {
      const { content, parent } = make();
      made.set(role, content);
      return send(
        api,
        {
          method: 'POST',
          path: '/api/agreements',
          body: { content: { ...content, signatures: [] }, parentAgreementId: parent ?? null },
        },
        ROLE_ACTORS[role],
      );
    },
    async check(role, answer) {
      if (answer.status < 300) return null;
      const { year, parties } = made.get(role)!;
      const list = await get(`/api/agreements?year=${year}`, SYSTEM);
      const stored = (list.json as { unit: { id: string }; steeringUnit: { id: string } }[]).some(
        (a) => a.unit.id === parties[1]!.unitId && a.steeringUnit.id === parties[0]!.unitId,
      );
      return stored ? 'abgelehnt, aber angelegt' : null;
    },
  };
}

const GENERAL: Record<string, GeneralCase> = {
  getHealth: { run: (role) => get('/api/health', ROLE_ACTORS[role]) },
  getViewer: { run: (role) => get('/api/me', ROLE_ACTORS[role]) },
  getLoginInfo: { run: (role) => get('/api/session/info', ROLE_ACTORS[role]) },
  'createSession mit eigenem Kennwort': {
    group: 'account',
    async run(role) {
      const response = await api.request(
        '/api/session',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: ROLE_ACTORS[role].id, password: TEST_PASSWORD }),
        },
        ROLE_ACTORS[role],
      );
      const cookie = /zs_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0];
      const answer = await readAnswer(response);
      if (cookie !== undefined) sessions.set(role, { cookie, csrf: answer.json.csrfToken });
      return answer;
    },
  },
  getSession: {
    group: 'account',
    run: (role) =>
      send(api, withSession(role, { method: 'GET', path: '/api/session' }), ROLE_ACTORS[role]),
    check: async (role, answer) =>
      answer.json?.user?.id === ROLE_ACTORS[role].id ? null : 'Sitzung eines anderen Benutzers',
  },
  createApiToken: {
    group: 'account',
    async run(role) {
      const answer = await send(
        api,
        withSession(role, {
          method: 'POST',
          path: '/api/tokens',
          body: { name: `Matrix ${role}` },
        }),
        ROLE_ACTORS[role],
      );
      if (answer.status === 201) sessions.get(role)!.tokenId = answer.json.id;
      return answer;
    },
  },
  listApiTokens: {
    group: 'account',
    run: (role) =>
      send(api, withSession(role, { method: 'GET', path: '/api/tokens' }), ROLE_ACTORS[role]),
    check: async (_role, answer) =>
      answer.text.includes('Token von StMAS') ? 'zeigt das Token eines anderen Benutzers' : null,
  },
  'revokeApiToken eigenes': {
    group: 'account',
    run: (role) =>
      send(
        api,
        withSession(role, {
          method: 'DELETE',
          path: `/api/tokens/${sessions.get(role)?.tokenId ?? 999_999}`,
        }),
        ROLE_ACTORS[role],
      ),
  },
  'revokeApiToken eines anderen Benutzers': {
    group: 'account',
    run: (role) =>
      send(
        api,
        withSession(role, { method: 'DELETE', path: `/api/tokens/${foreignTokenId}` }),
        ROLE_ACTORS[role],
      ),
    async check() {
      const tokens = await get('/api/tokens', ACTORS.bayern);
      return tokens.json.some(
        (t: { id: number; revokedAt: string | null }) =>
          t.id === foreignTokenId && t.revokedAt !== null,
      )
        ? 'das fremde Token ist widerrufen'
        : null;
    },
  },
  updateOwnPassword: {
    group: 'account',
    run: (role) =>
      send(
        api,
        withSession(role, {
          method: 'PUT',
          path: '/api/session/password',
          body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
        }),
        ROLE_ACTORS[role],
      ),
  },
  deleteSession: {
    group: 'account',
    run: (role) =>
      send(api, withSession(role, { method: 'DELETE', path: '/api/session' }), ROLE_ACTORS[role]),
  },
  listUnits: { run: (role) => get('/api/units', ROLE_ACTORS[role]) },
  'queryValues eigene Einheit': {
    run: (role) =>
      get(
        `/api/values?units=${ROLE_ACTORS[role].unitId}&kind=kennzahl&metrics=K2,JFW_K2&from=2014-01&to=2014-12`,
        ROLE_ACTORS[role],
      ),
  },
  'queryValues übergeordnete Einheit': {
    run: (role) =>
      get(
        `/api/values?units=${parentOf(ROLE_ACTORS[role].unitId) ?? '05'}&kind=kennzahl&metrics=K2&from=2014-01&to=2014-12`,
        ROLE_ACTORS[role],
      ),
  },
  'queryValues fremde Einheit': {
    run: (role) =>
      get(
        `/api/values?units=09162&kind=kennzahl&metrics=K2&from=2014-01&to=2014-12`,
        ROLE_ACTORS[role],
      ),
  },
  'importValues ba_veroeffentlichung, Einheit darunter': importCase(
    'ba_veroeffentlichung',
    '2015-04-30',
    (role) => months(below[role], 'kennzahl', 'K2'),
  ),
  'importValues mikrodaten, Einheit darunter': importCase('mikrodaten', '2015-04-30', (role) =>
    months(below[role], 'kennzahl', 'K2'),
  ),
  'importValues mikrodaten, eigene Einheit': importCase('mikrodaten', '2015-04-30', (role) =>
    months(ownUnitForValues(role), 'kennzahl', 'K2'),
  ),
  'importValues mikrodaten, Stand in der Zukunft': importCase('mikrodaten', inFuture, (role) =>
    months(below[role], 'kennzahl', 'K2'),
  ),
  'importValues mikrodaten, Monat nicht abgelaufen': importCase(
    'mikrodaten',
    '2014-06-15',
    (role) => [valueRow(below[role], '2014-06', 'kennzahl', 'K2', 25)],
  ),
  'importValues manuell, eigene lokale Kennzahl': importCase('manuell', '2015-04-30', (role) =>
    months(ownUnitForValues(role), 'lokal', ownIndicator[role]),
  ),
  'importValues manuell, Kennzahl einer anderen Einheit': importCase(
    'manuell',
    '2015-04-30',
    (role) => months(otherIndicator[role][1], 'lokal', otherIndicator[role][0]),
  ),
  'importValues manuell, mit Kennzahl nach § 48a': importCase('manuell', '2015-04-30', (role) => [
    ...months(ownUnitForValues(role), 'lokal', ownIndicator[role]),
    valueRow(ownUnitForValues(role), '2014-01', 'kennzahl', 'K2', 25),
  ]),
  'importValues manuell, fremde Einheit': foreignUnitImport(),
  listDatenstaende: { run: (role) => get('/api/datenstaende', ROLE_ACTORS[role]) },
  listAgreements: { run: (role) => get('/api/agreements', ROLE_ACTORS[role]) },
  'listAgreements within=09 (fremdes Land)': {
    run: (role) => get('/api/agreements?within=09', ROLE_ACTORS[role]),
  },
  'createAgreement Land–Träger (A)': createCase(() => ({
    content: contentFor('A', years.take('A')),
  })),
  'createAgreement Träger–Jobcenter (B)': createCase(() => ({
    content: contentFor('B', years.take('B')),
  })),
  'createAgreement Bayern–München (F)': createCase(() => ({
    content: contentFor('F', years.take('F')),
  })),
  'createAgreement Land–Jobcenter (kein Steuerungspaar)': createCase(() => {
    const content = contentFor('B', 2014);
    content.parties[0] = contentFor('A', 2014).parties[0]!;
    return { content };
  }),
  'createAgreement übergeordnete aus anderem Jahr': createCase(() => ({
    content: contentFor('B', years.take('B')),
    parent: sharedFixture('A', 'unt').id,
  })),
  getYearOverview: {
    run: (role) => get(`/api/overview?year=${sharedFixture('F', 'unt').year}`, ROLE_ACTORS[role]),
  },
  'listAuditTrail ganzes Protokoll': { run: (role) => get('/api/audit', ROLE_ACTORS[role]) },
  'listAuditTrail Verlauf eines Datenstands': {
    run: (role) => get(`/api/audit?entity=datenstand&entityId=${datenstand}`, ROLE_ACTORS[role]),
  },
  checkAuditChain: { run: (role) => get('/api/audit/chain', ROLE_ACTORS[role]) },
  'exportAuditTrail ganzes Protokoll': {
    run: (role) => get('/api/audit/export?format=csv', ROLE_ACTORS[role]),
  },
  listLocalIndicators: { run: (role) => get('/api/local-indicators', ROLE_ACTORS[role]) },
  'saveLocalIndicator neu': {
    group: 'indicator',
    run: (role) =>
      send(
        api,
        {
          method: 'PUT',
          path: `/api/local-indicators/NEU_${role.toUpperCase()}`,
          body: indicator(`NEU_${role.toUpperCase()}`, null),
        },
        ROLE_ACTORS[role],
      ),
  },
  'saveLocalIndicator eigene': indicatorChange((role) => ownIndicator[role]),
  'saveLocalIndicator einer anderen Einheit': indicatorChange((role) => otherIndicator[role][0]),
  'saveLocalIndicator fremde (Bayern)': indicatorChange(() => 'LOK_09'),
  'compareJobcenters Kreis Borken': {
    run: (role) =>
      get('/api/comparison?parent=05554&month=2014-06&sex=insgesamt', ROLE_ACTORS[role]),
  },
  'compareJobcenters fremder Träger': {
    run: (role) =>
      get('/api/comparison?parent=09162&month=2014-06&sex=insgesamt', ROLE_ACTORS[role]),
  },
  'compareWithinVergleichstyp Kreis Borken': {
    run: (role) => get('/api/comparison/vergleichstyp?unit=05554', ROLE_ACTORS[role]),
  },
  'compareWithinVergleichstyp fremder Träger': {
    run: (role) => get('/api/comparison/vergleichstyp?unit=09162', ROLE_ACTORS[role]),
  },
  'getMonitoringReport Einheit im eigenen Bereich': {
    run: (role) =>
      get(`/api/reports/monitoring?unit=${inArea[role]}&month=2014-06`, ROLE_ACTORS[role]),
  },
  'getMonitoringReport fremde Einheit': {
    run: (role) => get('/api/reports/monitoring?unit=09162&month=2014-06', ROLE_ACTORS[role]),
  },
  exportTable: {
    run: (role) =>
      send(
        api,
        { method: 'POST', path: '/api/exports?format=csv', body: EXPORT_TABLE },
        ROLE_ACTORS[role],
      ),
  },
};

const ADMIN = ACTORS.administration;

/** An account or unit for the administration's cases, made once by the administration. */
async function ensure(path: string, id: string, body: object): Promise<number> {
  const list = await get(path, ADMIN);
  const found = (list.json as { id: string; rowVersion: number }[]).find((r) => r.id === id);
  if (found !== undefined) return found.rowVersion;
  const made = await send(api, { method: 'POST', path, body: { id, ...body } }, ADMIN);
  assert.equal(made.status, 201, made.text);
  return made.json.rowVersion as number;
}
const LESER_BODY = {
  name: 'Matrix Leser',
  role: 'leser',
  unitId: '05',
  microdataRights: false,
  importSources: [],
};
const UNIT_BODY = {
  name: 'Matrix-Träger',
  kind: 'traeger',
  traegerForm: 'gE',
  parentId: '09',
  validFrom: '2005-01-01',
};

/** The administration's operations: every other role is refused before anything happens. */
const ADMINISTRATION: Record<string, GeneralCase> = {
  'startSingleSignOn nicht eingerichtet': {
    run: (role) => get('/api/session/oidc', ROLE_ACTORS[role]),
  },
  'finishSingleSignOn nicht eingerichtet': {
    run: (role) => get('/api/session/oidc/callback?code=x&state=y', ROLE_ACTORS[role]),
  },
  listUserAccounts: { run: (role) => get('/api/admin/users', ROLE_ACTORS[role]) },
  'createUserAccount Leser in NRW': {
    group: 'administration',
    run: (role) =>
      send(
        api,
        { method: 'POST', path: '/api/admin/users', body: { id: `matrix-${role}`, ...LESER_BODY } },
        ROLE_ACTORS[role],
      ),
  },
  'updateUserAccount Name eines Lesers': {
    group: 'administration',
    async run(role) {
      const rowVersion = await ensure('/api/admin/users', 'matrix-ziel', LESER_BODY);
      const body = { rowVersion, name: `Umbenannt von ${role}` };
      return send(
        api,
        { method: 'PATCH', path: '/api/admin/users/matrix-ziel', body },
        ROLE_ACTORS[role],
      );
    },
  },
  'resetUserPassword eines Lesers': {
    group: 'administration',
    async run(role) {
      await ensure('/api/admin/users', 'matrix-kennwort', LESER_BODY);
      const path = '/api/admin/users/matrix-kennwort/password';
      return send(api, { method: 'POST', path, body: {} }, ROLE_ACTORS[role]);
    },
  },
  listUnitTree: { run: (role) => get('/api/admin/units', ROLE_ACTORS[role]) },
  'createUnit Träger in Bayern': {
    group: 'administration',
    run: (role) =>
      send(
        api,
        {
          method: 'POST',
          path: '/api/admin/units',
          body: { id: `MX-${role}`, ...UNIT_BODY, name: `Matrix-Träger ${role}` },
        },
        ROLE_ACTORS[role],
      ),
  },
  'updateUnit umbenennen': {
    group: 'administration',
    async run(role) {
      const rowVersion = await ensure('/api/admin/units', 'MX-ZIEL', UNIT_BODY);
      const body = { rowVersion, name: `Matrix-Träger (${role})` };
      return send(
        api,
        { method: 'PATCH', path: '/api/admin/units/MX-ZIEL', body },
        ROLE_ACTORS[role],
      );
    },
  },
};
Object.assign(GENERAL, ADMINISTRATION);

const EXPORT_TABLE = {
  title: 'Kennzahlen der Jobcenter',
  notes: ['Datenstand 30.04.2015'],
  columns: [
    { key: 'name', label: 'Jobcenter', type: 'text' },
    { key: 'k2', label: 'Integrationsquote', type: 'percent' },
  ],
  rows: [{ name: 'Ahaus', k2: 24.6 }],
};

/**
 * Values of the role's own indicator for a unit outside its area: refused in the words used for a
 * unit that does not exist.
 */
function foreignUnitImport(): GeneralCase {
  const foreign = importCase('manuell', '2015-04-30', (role) =>
    months('09162', 'lokal', ownIndicator[role]),
  );
  const unknown = importCase('manuell', '2015-04-30', (role) =>
    months('99999', 'lokal', ownIndicator[role]),
  );
  return {
    run: foreign.run,
    async check(role, answer) {
      const stored = await foreign.check!(role, answer);
      if (stored !== null) return stored;
      const other = await unknown.run(role);
      return normalised(answer.text, '09162') === normalised(other.text, '99999')
        ? null
        : `anders als für eine unbekannte Einheit: ${other.status} ${other.text.slice(0, 200)}`;
    },
  };
}

/** Changing an existing indicator with its current row version; a refusal leaves it as it was. */
function indicatorChange(idOf: (role: RoleName) => string): GeneralCase {
  const before = new Map<RoleName, number>();
  return {
    group: 'indicator',
    async run(role) {
      const id = idOf(role);
      const version = await indicatorVersion(id);
      before.set(role, version);
      return send(
        api,
        {
          method: 'PUT',
          path: `/api/local-indicators/${id}`,
          body: { ...indicator(id, version), definition: `geändert von ${role}` },
        },
        ROLE_ACTORS[role],
      );
    },
    async check(role, answer) {
      if (answer.status < 300) return null;
      const now = await indicatorVersion(idOf(role));
      return now === before.get(role) ? null : `abgelehnt, aber geändert (Stand ${now})`;
    },
  };
}

test('per role: account, units, figures, imports, audit trail, indicators, comparisons', async () => {
  const failures: string[] = [];
  const rows = generalRows();
  const unknownCases = rows.filter((r) => GENERAL[r.key] === undefined).map((r) => r.key);
  assert.deepEqual(unknownCases, [], 'table rows without a case');
  const runOne = async (row: (typeof rows)[number], role: RoleName) => {
    const expected = row.expected[role];
    if (expected.kind === 'none') return;
    const spec = GENERAL[row.key]!;
    const answer = await spec.run(role).catch((error: unknown) => {
      failures.push(`${row.key} | ${role}: Fehler im Testablauf: ${String(error)}`);
      return null;
    });
    if (answer === null) return;
    counts.general += 1;
    see(operationOf(row.key), answer.status, `${row.key} | ${role}`);
    const why = judge(expected, answer) ?? (await spec.check?.(role, answer)) ?? null;
    if (why !== null)
      failures.push(`${row.key} | ${role}: erwartet ${showExpected(expected)}, erhalten ${why}`);
  };
  // account and indicator cases one after another (they build on each other), the rest side by side
  const inOrder = (group: GeneralCase['group']) =>
    ROLE_NAMES.map((role) => async () => {
      for (const row of rows.filter((r) => GENERAL[r.key]!.group === group))
        await runOne(row, role);
    });
  const free = rows
    .filter((r) => GENERAL[r.key]!.group === undefined)
    .flatMap((row) => ROLE_NAMES.map((role) => () => runOne(row, role)));
  await runLanes(
    [
      ...inOrder('account'),
      async () => {
        for (const job of inOrder('indicator')) await job();
      },
      async () => {
        for (const job of inOrder('administration')) await job();
      },
      ...free,
    ],
    failures,
  );
  reportFailures(failures);
});

// ---------------------------------------------------------------- 4. one agreement: the cases

interface AgreementCase {
  /** false: reads; 'row': may change the agreement itself; 'beside': adds records beside it */
  writes: false | 'row' | 'beside';
  request(f: Fixture, role: RoleName): CaseRequest;
  /** what a refusal must leave unchanged beside the agreement: a path read as the operator, counted */
  beside?(f: Fixture, request: CaseRequest): { path: string; count(json: unknown): number };
}

const read = (suffix: string): AgreementCase => ({
  writes: false,
  request: (f) => ({ method: 'GET', path: `/api/agreements/${f.id}${suffix}` }),
});
const transition = (action: string, extra: (f: Fixture) => object = () => ({})): AgreementCase => ({
  writes: 'row',
  request: (f) => ({
    method: 'POST',
    path: `/api/agreements/${f.id}/transitions`,
    body: { rowVersion: f.rowVersion, action, ...extra(f) },
  }),
});
const signFor = (party: 0 | 1) =>
  transition('unterzeichnen', (f) => ({
    signatures: contentFor(f.pair, f.year).signatures.filter((s) => s.party === party),
  }));
const edit = (change: (c: AgreementContent) => AgreementContent): AgreementCase => ({
  writes: 'row',
  request: (f) => ({
    method: 'PUT',
    path: `/api/agreements/${f.id}/content`,
    body: { rowVersion: f.rowVersion, content: change(f.content), comment: null },
  }),
});

const length = (json: unknown) => (json as unknown[]).length;
/** the agreements made under this one (cascade, child agreements) */
const children = (f: Fixture) => ({
  path: `/api/agreements/${f.id}/cascade-check`,
  count: (json: unknown) => (json as { locals: unknown[] }).locals.length,
});

const AGREEMENT: Record<string, AgreementCase> = {
  getAgreement: read(''),
  getAgreementMonitoring: read('/monitoring'),
  compareAgreementVersions: read('/compare?from=1&to=1'),
  checkAgreementCascade: read('/cascade-check'),
  listFrameworkChanges: read('/framework-changes'),
  listAssessmentDecisions: read('/assessments'),
  getAgreementDocument: read('/document?format=pdf'),
  getDialogueAgenda: read('/dialogue-agenda'),
  getAssessmentReport: read('/assessment-report'),
  'listAuditTrail Verlauf der Vereinbarung': {
    writes: false,
    request: (f) => ({ method: 'GET', path: `/api/audit?entity=agreement&entityId=${f.id}` }),
  },
  'exportAuditTrail Verlauf der Vereinbarung': {
    writes: false,
    request: (f) => ({
      method: 'GET',
      path: `/api/audit/export?format=csv&entity=agreement&entityId=${f.id}`,
    }),
  },
  'updateAgreementContent Text': edit((c) => ({
    ...c,
    preamble: [{ kind: 'absatz', text: 'Geänderte Präambel der Matrix.' }],
  })),
  'updateAgreementContent Meilenstein melden': edit((c) =>
    milestone(c, (m) => {
      m.proposal = { state: 'erreicht', note: 'Projekt läuft seit März' };
    }),
  ),
  'updateAgreementContent Meilenstein feststellen': edit((c) =>
    milestone(c, (m) => {
      m.state = 'in_arbeit';
      m.stateNote = 'festgestellt im Dialog';
    }),
  ),
  'transitionAgreement anbieten': transition('anbieten'),
  'transitionAgreement verhandeln': transition('verhandeln'),
  'transitionAgreement zurueckziehen': transition('zurueckziehen'),
  'transitionAgreement unterzeichnen für 0': signFor(0),
  'transitionAgreement unterzeichnen für 1': signFor(1),
  'transitionAgreement bewerten': transition('bewerten'),
  'transitionAgreement wiedereroeffnen': transition('wiedereroeffnen', () => ({
    comment: 'Neue Zahlen der BA',
  })),
  reviseAgreement: {
    writes: 'row',
    request: (f) => ({
      method: 'POST',
      path: `/api/agreements/${f.id}/revisions`,
      body: { rowVersion: f.rowVersion, reason: 'Zielwert nach Dialog angepasst' },
    }),
  },
  recordFrameworkChange: {
    writes: 'beside',
    request: (f) => ({
      method: 'POST',
      path: `/api/agreements/${f.id}/framework-changes`,
      body: {
        since: `${f.year}-03-01`,
        description: 'Neue Arbeitsmarktprogramme',
        targetIds: ['II'],
      },
    }),
    beside: (f) => ({ path: `/api/agreements/${f.id}/framework-changes`, count: length }),
  },
  recordAssessmentDecision: {
    writes: 'beside',
    request: (f) => ({
      method: 'PUT',
      path: `/api/agreements/${f.id}/assessments/II.1`,
      body: {
        finalDecision: 'nicht_bewertbar',
        adjustment: 'Programmwechsel im März',
        frameworkChangeIds: [],
        datenstand: 'latest',
        rowVersion: null,
      },
    }),
    beside: (f) => ({ path: `/api/agreements/${f.id}/assessments`, count: length }),
  },
  deriveAgreementCascade: {
    writes: 'beside',
    request: (f) => ({
      method: 'POST',
      path: `/api/agreements/${f.id}/cascade`,
      body: { legalBasis: '§ 48b Abs. 1 Satz 1 Nr. 3 SGB II', unitIds: ['05554004'] },
    }),
    beside: children,
  },
  draftNextYear: {
    writes: 'beside',
    request: (f) => ({
      method: 'POST',
      path: `/api/agreements/${f.id}/next-year-draft`,
      body: { year: years.take(f.pair) },
    }),
    // agreements of the pair in the year of the draft
    beside: (f, request) => ({
      path: `/api/agreements?year=${(request.body as { year: number }).year}`,
      count: (json) =>
        (json as { unit: { id: string } }[]).filter((a) => a.unit.id === PAIRS[f.pair].unit).length,
    }),
  },
  'createAgreement Borken–Bocholt darunter': {
    writes: 'beside',
    request: (f) => ({
      method: 'POST',
      path: '/api/agreements',
      body: {
        content: { ...contentFor('C', f.year), signatures: [] },
        parentAgreementId: f.id,
      },
    }),
    beside: children,
  },
};

/** Agreements outside the role's area: A is outside the jobcenter's, F outside everyone's. */
const foreignTo = (role: RoleName, pair: PairName) =>
  role !== 'administration' && (pair === 'F' || (pair === 'A' && role === 'jobcenter'));

/** The answer for an id that names nothing, per case and role (compared with the 404 of a foreign record). */
const nothing = new Map<string, { answer: Answer; id: string }>();
async function nonexistent(key: string, role: RoleName, like: Fixture) {
  const cacheKey = `${key}/${role}`;
  let entry = nothing.get(cacheKey);
  if (entry === undefined) {
    const id = randomUUID();
    const c = AGREEMENT[key]!;
    entry = { id, answer: await send(api, c.request({ ...like, id }, role), ROLE_ACTORS[role]) };
    nothing.set(cacheKey, entry);
  }
  return entry;
}

/** What a refused write must leave as it was. */
async function snapshot(c: AgreementCase, f: Fixture, request: CaseRequest): Promise<string> {
  const row = await readAgreement(api, f.id);
  const parts = [row.json.rowVersion, row.json.status, row.json.currentVersion];
  if (c.beside !== undefined) {
    const { path, count } = c.beside(f, request);
    const list = await get(path, SYSTEM);
    parts.push(list.status === 200 ? count(list.json) : list.text);
  }
  return parts.join(' / ');
}

interface AgreementJob {
  key: string;
  role: RoleName;
  pair: PairName;
  state: StateName;
  expected: Expected;
}

async function runAgreementCase(job: AgreementJob, failures: string[], fresh: boolean) {
  try {
    await agreementCase(job, failures, fresh);
  } catch (error) {
    failures.push(
      `${job.key} | ${job.role} | ${job.pair} ${job.state}: Fehler im Testablauf: ${error instanceof Error ? error.stack : error}`,
    );
  }
}

async function agreementCase(job: AgreementJob, failures: string[], fresh: boolean) {
  const c = AGREEMENT[job.key]!;
  const fixture = fresh
    ? await agreementIn(api, job.pair, job.state, years.take(job.pair))
    : sharedFixture(job.pair, job.state);
  if (fresh) counts.freshFixtures += 1;
  const request = c.request(fixture, job.role);
  const before = c.writes === false ? null : await snapshot(c, fixture, request);
  const answer = await send(api, request, ROLE_ACTORS[job.role]);
  if (c.writes === false) counts.reads += 1;
  else counts.writes += 1;
  const where = `${job.key} | ${job.role} | ${job.pair} ${job.state}`;
  see(operationOf(job.key), answer.status, where);
  const why = judge(job.expected, answer);
  if (why !== null)
    failures.push(`${where}: erwartet ${showExpected(job.expected)}, erhalten ${why}`);
  if (before !== null && answer.status >= 300) {
    const now = await snapshot(c, fixture, request);
    if (now !== before)
      failures.push(`${where}: abgelehnt (${answer.status}), aber geändert: ${before} → ${now}`);
  }
  if (!fresh && c.writes === 'row' && answer.status < 300)
    // an unexpected success changed the shared agreement: the next cases get a new one
    await makeShared(job.pair, job.state);
  if (answer.status === 404 && foreignTo(job.role, job.pair)) {
    const other = await nonexistent(job.key, job.role, fixture);
    if (normalised(answer.text, fixture.id) !== normalised(other.answer.text, other.id))
      failures.push(
        `${where}: 404 verrät mehr als für eine unbekannte Kennung: ${answer.text.slice(0, 200)} ≠ ${other.answer.status} ${other.answer.text.slice(0, 200)}`,
      );
  }
}

function agreementJobs(writes: boolean): AgreementJob[] {
  const rows = agreementRows();
  const unknownCases = rows.filter((r) => AGREEMENT[r.key] === undefined).map((r) => r.key);
  assert.deepEqual(unknownCases, [], 'table rows without a case');
  return rows
    .filter((r) => (AGREEMENT[r.key]!.writes !== false) === writes)
    .flatMap((row) =>
      PAIR_NAMES.flatMap((pair) =>
        STATE_NAMES.map((state) => ({
          key: row.key,
          role: row.role,
          pair,
          state,
          expected: row.expected[pair][state],
        })),
      ),
    )
    .filter((job) => job.expected.kind !== 'none');
}

test('agreement reads per role, pair and state', { timeout: 300_000 }, async () => {
  const failures: string[] = [];
  await runLanes(agreementJobs(false).map((job) => () => runAgreementCase(job, failures, false)));
  reportFailures(failures);
});

test(
  'agreement writes per role, pair and state; refusals change nothing',
  { timeout: 300_000 },
  async () => {
    const failures: string[] = [];
    const jobs = agreementJobs(true);
    // a write that should succeed and changes the agreement gets an agreement of its own …
    const fresh = jobs.filter((j) => AGREEMENT[j.key]!.writes === 'row' && isSuccess(j.expected));
    // … all others run one after another on the shared agreement of their pair and state
    const onShared = jobs.filter((j) => !fresh.includes(j));
    const chains = PAIR_NAMES.flatMap((pair) =>
      STATE_NAMES.map((state) => async () => {
        for (const job of onShared.filter((j) => j.pair === pair && j.state === state))
          await runAgreementCase(job, failures, false);
      }),
    );
    await runLanes([...chains, ...fresh.map((job) => () => runAgreementCase(job, failures, true))]);
    reportFailures(failures);
  },
);

// ---------------------------------------------------------------- 5. lists leak nothing

test('the lists of each role name no agreement and no unit outside its area', async () => {
  const failures: string[] = [];
  const all = (await get('/api/agreements', SYSTEM)).json as {
    id: string;
    unit: { id: string };
    steeringUnit: { id: string };
  }[];
  const pairOf = new Map(all.map((a) => [a.id, `${a.steeringUnit.id}→${a.unit.id}`]));
  /** where an id stands in an answer: the key before it */
  const context = (text: string, id: string) =>
    /"(\w+)":"?$/.exec(text.slice(Math.max(0, text.indexOf(id) - 40), text.indexOf(id)))?.[1] ??
    '…';
  // the ids looked for are real: Bavaria and the Land see their own
  const bavaria = await get('/api/agreements', ACTORS.bayern);
  assert.ok(bavaria.text.includes(sharedFixture('F', 'unt').id), 'Bavaria does not see its own');
  const overviewYears = [...new Set(STATE_NAMES.map((s) => sharedFixture('F', s).year))];
  for (const role of ROLE_NAMES.filter((r) => r !== 'administration')) {
    const actor = ROLE_ACTORS[role];
    const units = foreignUnits(actor);
    const agreements = all.filter((a) => !within(a.unit.id, actor.unitId)).map((a) => a.id);
    const requests: CaseRequest[] = [
      { method: 'GET', path: '/api/agreements' },
      ...overviewYears.map((y) => ({ method: 'GET', path: `/api/overview?year=${y}` })),
      {
        method: 'GET',
        path: `/api/values?units=${actor.unitId},${inArea[role]}&kind=kennzahl&metrics=K2,JFW_K2,JDW_LZB&from=2013-01&to=2014-12`,
      },
      {
        method: 'GET',
        path: `/api/values?units=${inArea[role]}&kind=lokal&metrics=LOK_05,LOK_05554,LOK_05554004,LOK_09&from=2013-01&to=2014-12`,
      },
      { method: 'GET', path: '/api/datenstaende' },
      { method: 'GET', path: '/api/units' },
      { method: 'GET', path: '/api/local-indicators' },
      { method: 'GET', path: '/api/tokens' },
      { method: 'GET', path: `/api/comparison?parent=05554&month=2014-06&sex=insgesamt` },
      { method: 'GET', path: `/api/comparison/vergleichstyp?unit=05554` },
      {
        method: 'GET',
        path: `/api/audit?entity=agreement&entityId=${sharedFixture('B', 'unt').id}`,
      },
      { method: 'POST', path: '/api/exports?format=csv', body: EXPORT_TABLE },
    ];
    for (const request of requests) {
      const answer = await send(api, request, actor);
      counts.leaks += 1;
      if (answer.status !== 200) continue; // refusals are the matrix's business
      // an örtliches Jobcenter compares itself with its peers by design (their figures protected)
      const peers =
        request.path.startsWith('/api/comparison?parent=') && role === 'jobcenter'
          ? TEST_UNITS.filter((u) => u.parentId === parentOf(actor.unitId)).map((u) => u.id)
          : [];
      const named = [
        ...agreements
          .filter((id) => answer.text.includes(id))
          .map((id) => `Vereinbarung ${pairOf.get(id)} ${id} (in ${context(answer.text, id)})`),
        ...units
          .filter((u) => !peers.includes(u))
          .filter((u) =>
            answer.json === null
              ? u.length > 2 && new RegExp(`(^|[^0-9])${u}([^0-9]|$)`).test(answer.text)
              : answer.text.includes(`"${u}"`),
          )
          .map((u) => `Einheit ${u}`),
        ...(answer.text.includes('LOK_09') ? ['lokale Kennzahl LOK_09 (Bayern)'] : []),
      ];
      if (named.length > 0)
        failures.push(`${request.method} ${request.path} | ${role}: nennt ${named.join(', ')}`);
    }
  }
  reportFailures(failures, 'Leck(s)');
});

// ---------------------------------------------------------------- 6. the document says it

test('every status the matrix was answered with is documented for its operation', () => {
  const undocumented = [...seen].flatMap(([op, statuses]) => {
    const documented = operations.find((o) => o.id === op)?.documented ?? new Set<number>();
    return [...statuses]
      .filter(([status]) => !documented.has(status))
      .map(([status, where]) => `${op}: ${status} nicht dokumentiert (z. B. ${where})`);
  });
  reportFailures(undocumented, 'undokumentierte Status');
});
