/**
 * `npm run bench -- disclosure [--size F] [--users a,b] [--combined-only] [--what-if] [--json FILE]`: the
 * derivation attack of issue 11 against the real API (bench/disclosure/README.md). Starts a
 * throw-away PostgreSQL with the demo content (Kreis Borken, 17 örtliche Jobcenter, synthetic
 * microdata 2012–2015), fetches everything each viewer can, attacks, and prints what was
 * withheld and what was recovered — per channel alone and combined.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEMO_SEED, DEMO_STAND } from '../../src/services/demo/seed-demo.ts';
import {
  attackViewer,
  DEMO_PERIOD,
  type ViewerAttack,
} from '../../src/server/test-support/disclosure/attack-viewer.ts';
import { startDisclosureBed } from '../../src/server/test-support/disclosure/bed.ts';
import { systemActor } from '../../src/services/system/system-actor.ts';
import { loadUnitDirectory } from '../../src/services/units/unit-directory.ts';
import { planParentOf, releasePlanFor } from '../../src/services/values/release-plans.ts';
import { formatChannelLegend, formatViewer, formatWhatIf } from './report.ts';

export async function runDisclosureBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      size: { type: 'string', default: '1' },
      users: { type: 'string', default: 'mais-nrw,jobcenter-ahaus' },
      'combined-only': { type: 'boolean', default: false },
      'what-if': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const sizeFactor = Number(values.size);
  if (!(sizeFactor > 0 && sizeFactor <= 1))
    throw new Error(`--size must be in (0, 1], got ${values.size}`);
  const started = performance.now();
  console.error('… PostgreSQL mit dem Demo-Inhalt (Kreis Borken) …');
  const bed = await startDisclosureBed({ sizeFactor, say: (line) => console.error(`  ${line}`) });
  const seeded = performance.now();
  const attacks: ViewerAttack[] = [];
  let planning = '';
  try {
    console.error('… Freigabeplan …');
    planning = await timePlans(bed);
    for (const user of values.users.split(',')) {
      console.error(`… Angriff als ${user} …`);
      attacks.push(await attackViewer(bed, user, { combinedOnly: values['combined-only'] }));
    }
  } finally {
    await bed.destroy();
  }
  const lines = [
    'Ableitungsangriff auf gesperrte kleine Fallzahlen (Issue 11) / derivation attack on withheld small counts',
    `Daten: Demo Kreis Borken 05554 mit 17 örtlichen Jobcentern, synthetische Mikrodaten Seed ${DEMO_SEED}` +
      `${sizeFactor === 1 ? '' : ` in ${sizeFactor}-facher Größe`}, ${DEMO_PERIOD.from} … ${DEMO_PERIOD.to}, Datenstand ${DEMO_STAND} (mikrodaten)`,
    'Abgerufen über GET /api/units, /api/values (alle Grundgrößen und Kennzahlen, insgesamt/m/w) und /api/comparison (jeder Monat und jedes Geschlecht);',
    'Wahrheit: dieselben Zahlen, wie der Betrieb (operator) sie ungesperrt liest. Eine Zahl gilt als zurückgerechnet, wenn alle ihre Zählgrößen auf eine ganze Zahl festgelegt sind.',
    planning,
    ...attacks.flatMap(formatViewer),
    ...(values['what-if'] ? attacks.flatMap(formatWhatIf) : []),
    ...formatChannelLegend(),
    '',
    `Laufzeit: Demo-Inhalt ${((seeded - started) / 1000).toFixed(0)} s, insgesamt ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ];
  console.log(lines.join('\n'));
  if (values.json !== undefined)
    await writeFile(
      values.json,
      JSON.stringify(
        attacks.map(({ input: _input, truth: _truth, group: _group, ...rest }) => rest),
        null,
        2,
      ),
    );
}

/** The release plan of every Träger with örtlichen Jobcentern, decided once (then cached). */
async function timePlans(bed: Awaited<ReturnType<typeof startDisclosureBed>>): Promise<string> {
  const ctx = { db: bed.database.db, actor: systemActor(), now: () => new Date() };
  const directory = await loadUnitDirectory(ctx);
  const parents = directory.nodes.filter(
    (n) =>
      n.kind === 'traeger' && directory.nodes.some((c) => planParentOf(directory, c.id) === n.id),
  );
  const started = performance.now();
  for (const p of parents) await releasePlanFor(ctx, p.id, 'latest');
  const ms = performance.now() - started;
  return `Freigabeplan (Sperrung, Sekundärsperrung, Prüfangriff): ${parents.length} Träger in ${(ms / 1000).toFixed(1)} s`;
}
