/**
 * Issue 11: the derivation attack (domain/disclosure/attack, docs/disclosure-attack.md) against the
 * real API on a small synthetic Kreis of the demo's structure (Träger with 17 örtliche Jobcenter,
 * 5 % of the demo's persons, 2012–2015): as the Land over the Kreis and as an örtliches Jobcenter
 * over its own figures and its peers, everything the viewer can fetch for 2014, all channels
 * together with case analysis. The disclosure control (docs/disclosure-control.md) must leave
 * nothing to recover, and the Träger's and the Land's figures must arrive exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addScores } from '../domain/disclosure/attack/index.ts';
import { attackViewer } from './test-support/disclosure/attack-viewer.ts';
import { startDisclosureBed, type DisclosureBed } from './test-support/disclosure/bed.ts';

let bed: DisclosureBed;
const period = { from: '2014-01', to: '2014-12' };

before(async () => {
  bed = await startDisclosureBed({ sizeFactor: 0.05 });
});
after(async () => {
  await bed?.destroy();
});

describe('derivation attack through the API against the disclosure control', () => {
  for (const [user, units] of [
    ['mais-nrw', 19],
    ['jobcenter-ahaus', 18],
  ] as const)
    it(`as ${user}: figures are withheld, none is recovered, the Träger's arrive exactly`, async (t) => {
      const attack = await attackViewer(bed, user, { period, combinedOnly: true });
      assert.equal(attack.units, units);
      // units, two kinds of values, a comparison per month and sex
      assert.equal(attack.requests, 3 + 12 * 3);
      for (const run of attack.runs) {
        const total = addScores(Object.values(run.scores));
        t.diagnostic(
          `${user} ${run.name}: gesperrt ${total.withheld}, wahre 1–2 ${total.trueSmall}, ` +
            `überschützt ${total.overProtected}, zurückgerechnet ${total.recovered}`,
        );
        assert.ok(total.withheld > 0, `${run.name}: withheld figures`);
        assert.ok(total.trueSmall > 0, `${run.name}: small counts among them`);
        assert.equal(total.recovered, 0, `${run.name}: withheld figures recovered`);
        assert.equal(total.smallDisclosed, 0, `${run.name}: a count of 1 or 2 worked out`);
        assert.equal(total.wrong, 0, `${run.name}: a recovered figure is not the true one`);
        assert.deepEqual(run.wrongPins, [], `${run.name}: a pinned cell is not the true one`);
      }
      assert.ok(attack.traeger.figures > 500, "the Träger's figures were fetched");
      assert.equal(attack.traeger.changed, 0, "the Träger's figures are exact");
      if (user === 'jobcenter-ahaus')
        assert.ok(
          Object.keys(attack.runs[0]!.scores).some((g) => g.startsWith('andere|')),
          'the peers are seen in the comparison',
        );
    });
});
