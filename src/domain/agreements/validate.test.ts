import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFixtureAgreement, fixtureTarget } from './agreement-fixture.ts';
import type { AgreementContent, GoalBlock } from './agreement.ts';
import { validateAgreementContent } from './validate.ts';

/** The criterion of block `b` of goal `g`, which must be a target. */
function blockAt(
  content: AgreementContent,
  g: number,
  b: number,
): Extract<GoalBlock, { kind: 'ziel' }> {
  const block = content.goals[g]?.blocks[b];
  if (block?.kind !== 'ziel') throw new Error('fixture changed');
  return block;
}

describe('validateAgreementContent', () => {
  it('accepts the consistent fixture', () => {
    assert.deepEqual(validateAgreementContent(buildFixtureAgreement()), []);
  });

  it('finds a duplicate target id and names where it first was', () => {
    const content = buildFixtureAgreement();
    content.goals[1]!.blocks.push(fixtureTarget('II.1', null));
    assert.deepEqual(validateAgreementContent(content), [
      {
        path: 'goals.1.blocks.3.target.id',
        message: 'Die Ziel-Kennung „II.1“ kommt mehrfach vor (zuerst bei Ziel II, Teilziel II.1).',
      },
    ]);
  });

  it('checks the parts of a composite target and its rule', () => {
    const content = buildFixtureAgreement();
    const composite = blockAt(content, 1, 2).target.criterion;
    if (composite?.kind !== 'zusammengesetzt') throw new Error('fixture changed');
    composite.parts = ['III', 'III.9', 'III.G', 'III'];
    composite.combine = 'regel';
    composite.rule = {
      kind: 'monitoring',
      metric: { source: 'kennzahl', id: 'K3', sex: 'insgesamt' },
    };
    assert.deepEqual(
      validateAgreementContent(content).map((f) => `${f.path}: ${f.message}`),
      [
        'goals.1.blocks.2.target.criterion.parts.1: Ziel III, Gesamtziel III.G: Das Teilziel „III.9“ gibt es in dieser Vereinbarung nicht.',
        'goals.1.blocks.2.target.criterion.parts.2: Ziel III, Gesamtziel III.G: Das Ziel III.G kann nicht Teil von sich selbst sein.',
        'goals.1.blocks.2.target.criterion.parts.3: Ziel III, Gesamtziel III.G: Das Teilziel „III“ ist doppelt genannt.',
        'goals.1.blocks.2.target.criterion.rule.kind: Ziel III, Gesamtziel III.G: Die Regel muss ein messbares Kriterium sein (relative Veränderung, absoluter Wert oder keine Erhöhung).',
      ],
    );
  });

  it('checks decimals, tolerance and reference year, also inside a rule', () => {
    const content = buildFixtureAgreement();
    const main = blockAt(content, 0, 1).target.criterion;
    const count = blockAt(content, 0, 3).target.criterion;
    if (main?.kind !== 'relative_aenderung' || count?.kind !== 'absolut')
      throw new Error('fixture changed');
    main.decimals = 4;
    main.referenceYear = 2014;
    count.tolerance = 10;
    const composite = blockAt(content, 1, 2).target.criterion;
    if (composite?.kind !== 'zusammengesetzt') throw new Error('fixture changed');
    composite.combine = 'regel';
    composite.rule = {
      kind: 'absolut',
      metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
      comparison: 'ungefaehr',
      value: 3500,
      // "ca." may come without a tolerance (null), but not with a negative one
      tolerance: -5,
      decimals: 1.5,
    };
    assert.deepEqual(
      validateAgreementContent(content).map((f) => f.path),
      [
        'goals.0.blocks.1.target.criterion.decimals',
        'goals.0.blocks.1.target.criterion.referenceYear',
        'goals.0.blocks.3.target.criterion.tolerance',
        'goals.1.blocks.2.target.criterion.rule.decimals',
        'goals.1.blocks.2.target.criterion.rule.tolerance',
      ],
    );
    assert.equal(
      validateAgreementContent(content)[0]?.message,
      'Ziel II, Hauptziel: Die Nachkommastellen müssen eine ganze Zahl von 0 bis 3 sein, nicht 4.',
    );
  });

  it('refuses a change in Prozentpunkte on a count, and accepts "ca." without a tolerance', () => {
    const content = buildFixtureAgreement();
    const main = blockAt(content, 0, 1).target.criterion;
    if (main?.kind !== 'relative_aenderung') throw new Error('fixture changed');
    main.metric = { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' };
    main.unit = 'prozentpunkte';
    assert.deepEqual(validateAgreementContent(content), [
      {
        path: 'goals.0.blocks.1.target.criterion.unit',
        message:
          'Ziel II, Hauptziel: Eine Veränderung in Prozentpunkten gibt es nur bei Quoten und Anteilen (Prozent); diese Messgröße ist eine Anzahl oder ein Betrag – bitte „%“ wählen.',
      },
    ]);
    main.unit = 'prozent';
    const count = blockAt(content, 0, 3).target.criterion;
    if (count?.kind !== 'absolut') throw new Error('fixture changed');
    count.comparison = 'ungefaehr';
    count.tolerance = null;
    assert.deepEqual(validateAgreementContent(content), []);
  });

  it('wants twelve monthly values in a target path', () => {
    const content = buildFixtureAgreement();
    blockAt(content, 0, 3).target.values.path = [1, 2, 3];
    assert.deepEqual(validateAgreementContent(content), [
      {
        path: 'goals.0.blocks.3.target.values.path',
        message:
          'Ziel II, Teilziel II.S: Der Soll-Verlauf braucht 12 Monatswerte (Januar bis Dezember), nicht 3.',
      },
    ]);
    blockAt(content, 0, 3).target.values.path = new Array<number | null>(12).fill(null);
    assert.deepEqual(validateAgreementContent(content), []);
  });

  it('matches dates to the agreement year and allows one signature per party', () => {
    const content = buildFixtureAgreement();
    const milestone = blockAt(content, 0, 2).target.criterion;
    if (milestone?.kind !== 'meilenstein') throw new Error('fixture changed');
    milestone.due = '2015-03-31';
    content.signatures[0]!.date = '2012-11-30';
    content.signatures.push({
      party: 1,
      place: 'Borken',
      date: '2013-12-01',
      capacityLine: null,
      signatory: 'Dr. B',
    });
    assert.deepEqual(
      validateAgreementContent(content).map((f) => `${f.path}: ${f.message}`),
      [
        'goals.0.blocks.2.target.criterion.due: Ziel II, Teilziel II.1: Der Meilenstein ist 2015 fällig, die Vereinbarung gilt für 2014.',
        'signatures.0.date: Die Unterschrift für Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen ist vom 2012-11-30; für das Jahr 2014 wird 2013 oder 2014 erwartet.',
        'signatures.2.party: Für Kreis Borken ist mehr als eine Unterschrift eingetragen.',
      ],
    );
  });

  it('finds repeated goal numbers and one unit on both sides', () => {
    const content = buildFixtureAgreement();
    content.goals.push({ number: 'II', title: 'Doppelt', blocks: [] });
    content.parties[1]!.unitId = '05';
    assert.deepEqual(
      validateAgreementContent(content).map((f) => f.path),
      ['goals.2.number', 'parties.1.unitId'],
    );
  });
});
