/**
 * The attack harness against the real API on a small synthetic Kreis of the demo's structure
 * (Träger with 17 örtliche Jobcenter, 5 % of the demo's persons), one year: both viewers see
 * withheld figures, and whatever the attack recovers is the true value. (How much it recovers
 * is what `npm run bench -- disclosure` reports; issue 11 asks for none.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addScores } from '../../../domain/disclosure/attack/index.ts';
import { attackViewer } from './attack-viewer.ts';
import { startDisclosureBed, type DisclosureBed } from './bed.ts';

let bed: DisclosureBed;
const period = { from: '2014-01', to: '2014-12' };

before(async () => {
  bed = await startDisclosureBed({ sizeFactor: 0.05 });
});
after(async () => {
  await bed?.destroy();
});

describe('derivation attack through the API', () => {
  for (const [user, units] of [
    ['mais-nrw', 19],
    ['jobcenter-ahaus', 18],
  ] as const)
    it(`as ${user}: fetches the Kreis, finds withheld figures, recovers only true values`, async () => {
      const attack = await attackViewer(bed, user, { period, combinedOnly: true });
      assert.equal(attack.units, units);
      // units, two kinds of values, a comparison per month and sex
      assert.equal(attack.requests, 3 + 12 * 3);
      for (const run of attack.runs) {
        const total = addScores(Object.values(run.scores));
        assert.ok(total.withheld > 0, `${run.name}: withheld figures`);
        assert.equal(total.wrong, 0, `${run.name}: a recovered figure is not the true one`);
        assert.deepEqual(run.wrongPins, [], `${run.name}: a recovered cell is not the true one`);
      }
      if (user === 'jobcenter-ahaus')
        assert.ok(
          Object.keys(attack.runs[0]!.scores).some((g) => g.startsWith('andere|')),
          'the peers are seen in the comparison',
        );
    });
});
