import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementContentSchema } from '../../contracts/agreement-content.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';
import { checkCascade } from '../../domain/agreements/cascade.ts';
import { validateAgreementContent } from '../../domain/agreements/validate.ts';
import { roundHalfAwayFromZero } from '../../domain/shared/round.ts';
import { KREIS_BORKEN } from '../units/kreis-borken.ts';
import { apportion, buildBorkenCascade2014 } from './cascade-borken-2014.ts';

const cascade = buildBorkenCascade2014();

describe('Kreis Borken cascade 2014 (demo)', () => {
  it('has one signed agreement per örtliches Jobcenter of the unit tree', () => {
    assert.deepEqual(
      cascade.locals.map((l) => l.unitId),
      (KREIS_BORKEN.jobcenter ?? []).map((j) => j[0]),
    );
    assert.equal(cascade.locals.length, 17);
    for (const { unitId, content } of cascade.locals) {
      assert.deepEqual(
        content.parties.map((p) => p.unitId),
        ['05554', unitId],
      );
      assert.deepEqual(
        content.signatures.map((s) => s.party),
        [0, 1],
      );
      assert.deepEqual(validateAgreementContent(content), [], unitId);
      assert.ok(agreementContentSchema.safeParse(content).success, unitId);
    }
    const gronau = cascade.locals.find((l) => l.plan.name === 'Gronau')?.content;
    assert.equal(gronau?.parties[1]?.name, 'Stadt Gronau');
    assert.equal(gronau?.goalsTitle, '1. Ziele für das Jobcenter Gronau 2014');
    assert.equal(
      cascade.locals.find((l) => l.plan.name === 'Heek')?.content.parties[1]?.name,
      'Gemeinde Heek',
    );
  });

  it('no longer names the Träger as the jobcenter in any local text', () => {
    for (const { content } of cascade.locals)
      assert.doesNotMatch(JSON.stringify(content.goals), /Jobcenters? des Kreises Borken/);
    assert.match(JSON.stringify(cascade.traeger.goals), /Jobcenter des Kreises Borken/);
  });

  it('reproduces the Träger targets: the cascade check finds nothing', () => {
    assert.deepEqual(checkCascade(cascade.traeger, cascade.locals), []);
    // Weighted by the 2013 integrations, the local rises round to the Kreis's +0,5 %.
    const weights = cascade.locals.map((l) => l.plan.integrations2013);
    const mean =
      cascade.locals.reduce((s, l, i) => s + l.plan.change * weights[i]!, 0) /
      weights.reduce((s, w) => s + w, 0);
    assert.equal(roundHalfAwayFromZero(mean, 1), 0.5);
    assert.ok(new Set(cascade.locals.map((l) => l.plan.change)).size > 3, 'the local rises differ');
  });

  it('catches a local rise that breaks the Kreis target', () => {
    const broken = buildBorkenCascade2014();
    const bocholt = broken.locals.find((l) => l.plan.name === 'Bocholt');
    const target =
      bocholt === undefined ? undefined : targetsOf(bocholt.content).find((t) => t.id === 'II');
    if (target?.criterion?.kind !== 'relative_aenderung') throw new Error('demo changed');
    // Bocholt carries about a quarter of the integrations: a fall instead of +0,6 drags the mean below 0,5.
    target.criterion.change = -0.5;
    assert.deepEqual(
      checkCascade(broken.traeger, broken.locals).map(
        (f) => `${f.severity} ${f.code} ${f.targetId}`,
      ),
      ['fehler mittel_abweichend II'],
    );
  });

  it('splits the Kreis integrations 2014 so that the local Soll values add up', () => {
    const integrations2013 = cascade.locals.reduce((s, l) => s + l.plan.integrations2013, 0);
    assert.equal(cascade.kreisIntegrationSoll, Math.round(integrations2013 * 1.005));
    const sollValues = cascade.locals.map((l) => {
      const soll = targetsOf(l.content).find((t) => t.id === 'II.S');
      assert.equal(
        soll?.criterion?.kind === 'absolut' && soll.criterion.value,
        l.plan.integrationSoll,
      );
      assert.equal(soll?.values.path?.length, 12);
      assert.equal(soll?.values.path?.[11], l.plan.integrationSoll);
      return l.plan.integrationSoll;
    });
    assert.equal(
      sollValues.reduce((s, x) => s + x, 0),
      cascade.kreisIntegrationSoll,
    );
  });

  it('apportions by largest remainder', () => {
    // 10 by 1:1:1 = 3,33 each: floors 3+3+3 = 9, the one left goes to the first of the equal remainders.
    assert.deepEqual(apportion(10, [1, 1, 1]), [4, 3, 3]);
    // 7 by 1:2:4 = 1, 2, 4 exactly.
    assert.deepEqual(apportion(7, [1, 2, 4]), [1, 2, 4]);
    // 100 by 0,5:0,3:0,2 → 50, 30, 20 despite binary fractions.
    assert.deepEqual(apportion(100, [0.5, 0.3, 0.2]), [50, 30, 20]);
  });
});
