/**
 * Demo content for an empty store (issue: NRW ministry, Kreis Borken with its 17 örtliche
 * Jobcenter, Kennzahlen 2012–2015 from the synthetic kreis data, the 2014 agreement of the seed
 * signed as it was, and the cascaded agreements with the 17 örtliche Jobcenter). Each step runs
 * only if its part is missing, so an interrupted start completes on the next one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../../db/executor.ts';
import { countAgreements } from '../../db/repositories/agreements.ts';
import { setTraegerForm } from '../../db/repositories/units.ts';
import { countDatenstaende } from '../../db/repositories/values.ts';
import { parseMonth } from '../../domain/shared/month.ts';
import { computeKpis } from '../../engine/compute-kpis.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { systemActor } from '../system/system-actor.ts';
import { loadEngineResult } from '../values/load-engine-result.ts';
import { saveDemoUsers } from './demo-users.ts';
import { seedDemoAgreements } from './demo-agreements.ts';

export const DEMO_SEED = 2014;
/** The demo figures as of the end of April 2016: December 2015 final after the Wartezeit. */
export const DEMO_STAND = '2016-04-30';

export async function seedDemo(
  db: Executor,
  dataDir: string,
  say: (line: string) => void,
): Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('demo'), now: () => new Date() };
  if ((await countDatenstaende(db)) === 0) {
    const inputDir = join(dataDir, 'demo', `kreis-seed${DEMO_SEED}`);
    if (!existsSync(join(inputDir, 'einheiten.csv'))) {
      say(`Erzeuge synthetische Mikrodaten (Kreis Borken, Seed ${DEMO_SEED}) …`);
      await generateSynthetic({ scale: 'kreis', seed: DEMO_SEED, outDir: inputDir, format: 'csv' });
    }
    say('Berechne die Kennzahlen 2012–2015 …');
    const result = await computeKpis({
      inputDir,
      from: parseMonth('2012-01'),
      to: parseMonth('2015-12'),
    });
    const loaded = await loadEngineResult(ctx, result, {
      stand: DEMO_STAND,
      source: 'mikrodaten',
      label: 'Synthetische Mikrodaten Kreis Borken (Demo)',
    });
    say(`${loaded.rows.toLocaleString('de-DE')} Werte geladen (Datenstand ${DEMO_STAND}).`);
  }
  await transact(ctx, async ({ db: tx }) => {
    // Kreis Borken is a zugelassener kommunaler Träger (§ 6a SGB II); the microdata do not say so
    const formSet = await setTraegerForm(tx, '05554', 'zkT');
    await saveDemoUsers(tx, ctx.actor);
    if (formSet)
      await recordAudit(tx, ctx.actor, 'unit.update', 'unit', '05554', { traegerForm: 'zkT' });
  });
  if ((await countAgreements(db)) === 0) {
    const n = await seedDemoAgreements(ctx);
    say(
      `${n} Zielvereinbarungen 2014 angelegt (MAIS NRW – Kreis Borken und 17 örtliche Jobcenter).`,
    );
  }
}
