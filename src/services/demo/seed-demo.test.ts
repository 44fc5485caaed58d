import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '../../db/test-database.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';
import { checkAgreementCascade } from '../agreements/check-cascade.ts';
import { getAgreement, listAgreements } from '../agreements/get-agreement.ts';
import { loadActor } from '../actors.ts';
import { assessAgreement } from '../monitoring/assess-agreement.ts';
import { seedDemo } from './seed-demo.ts';

let database: TestDatabase;
let dataDir: string;
before(async () => {
  database = await startTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'zs-demo-'));
  await seedDemo(database.db, dataDir, () => {});
});
after(async () => {
  await database.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

const as = async (userId: string) => ({
  db: database.db,
  actor: await loadActor(database.db, userId),
  now: () => new Date('2015-05-01T00:00:00Z'),
});

test('the demo holds the signed 2014 agreement and its 17 cascaded agreements', async () => {
  const ctx = await as('mais-nrw');
  const list = await listAgreements(ctx, { year: 2014 });
  assert.equal(list.length, 18);
  const [borken, ...locals] = list;
  assert.equal(borken!.unit.name, 'Kreis Borken');
  assert.equal(borken!.status, 'unterzeichnet');
  assert.ok(
    locals.every((l) => l.parentAgreementId === borken!.id && l.status === 'unterzeichnet'),
  );
  const view = await getAgreement(ctx, borken!.id);
  assert.deepEqual(
    view.content.signatures.map((s) => `${s.place} ${s.date} ${s.signatory}`),
    ['Düsseldorf 2014-04-29 Dr. Wilhelm Schäffer', 'Borken 2014-04-10 Dr. Kai Zwicker'],
  );
  assert.deepEqual(
    view.events.map((e) => e.toStatus),
    ['entwurf', 'angebot', 'in_verhandlung', 'unterzeichnet'],
  );
  assert.deepEqual(
    targetsOf(view.content).map((t) => t.id),
    [
      'I',
      'II',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'III',
      'III.1',
      'III.2',
      'III.3',
      'III.G',
      'IV',
      'IV.1',
    ],
  );
});

test('the local targets add up to the Träger target on the stored 2013 figures', async () => {
  const ctx = await as('controlling-borken');
  const [borken] = await listAgreements(ctx, { year: 2014 });
  const check = await checkAgreementCascade(ctx, borken!.id);
  assert.equal(check.locals.length, 17);
  assert.deepEqual(
    check.findings.filter((f) => f.severity === 'fehler'),
    [],
  );
});

test('monitoring judges Ziel II and III of the demo on the synthetic figures, consistently with the data', async () => {
  const ctx = await as('controlling-borken');
  const [borken] = await listAgreements(ctx, { year: 2014 });
  const m = await assessAgreement(ctx, borken!.id, { today: '2015-05-01' });
  const ziel2 = m.targets.find((t) => t.targetId === 'II')!;
  const a = ziel2.assessment!;
  assert.equal(a.final, true);
  // erreicht exactly when the rounded December JFW_K2 reaches the rounded 1.005 × previous December
  const expected =
    Math.round(a.actual! * 10) >= Math.round(ziel2.snapshot!.reference[11]!.value! * 1.005 * 10)
      ? 'erreicht'
      : 'nicht_erreicht';
  assert.equal(a.status, expected);
  assert.equal(m.targets.find((t) => t.targetId === 'III')!.assessment!.final, true);
  // a Jobcenter sees its own agreement only
  const ahaus = await listAgreements(await as('jobcenter-ahaus'), { year: 2014 });
  assert.deepEqual(
    ahaus.map((x) => x.unit.name),
    ['Ahaus'],
  );
});
