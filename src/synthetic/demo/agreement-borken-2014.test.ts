import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementContentSchema } from '../../contracts/agreement-content.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';
import { validateAgreementContent } from '../../domain/agreements/validate.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import {
  buildBorkenAgreement2014,
  BORKEN_2014_CRITERION_WORDING,
} from './agreement-borken-2014.ts';
import { coverSeed, layOut, normaliseSeed } from './seed-coverage.ts';
import { readBorkenSeed2014 } from './seed-text.ts';

const SEED = readBorkenSeed2014();
const agreement = buildBorkenAgreement2014();

describe('Zielvereinbarung 2014 Kreis Borken against the seed', () => {
  it('reproduces every piece of text in the seed order and leaves nothing of the seed over', () => {
    const { missing, uncovered } = coverSeed(
      layOut(agreement, BORKEN_2014_CRITERION_WORDING),
      SEED,
    );
    assert.deepEqual(missing, []);
    assert.deepEqual(uncovered, []);
  });

  it('renders the sentences of Ziel I, II and III word for word as the seed has them', () => {
    const seed = SEED.replace(/\*\*/g, '').replace(/\s+/g, ' ');
    for (const id of ['I', 'II', 'III']) {
      const target = targetsOf(agreement).find((t) => t.id === id)!;
      const sentence = renderCriterion(target.criterion!, {
        year: agreement.year,
        subject: agreement.targetSubject,
        role: target.role,
        lead: target.lead,
      });
      assert.ok(
        seed.includes(` ${sentence} `) || seed.includes(` ${sentence}\n`),
        `${id}: ${sentence}`,
      );
    }
  });

  it('notices a dropped list item, a changed word and a swapped order', () => {
    const dropped = buildBorkenAgreement2014();
    const preambleList = dropped.preamble[1];
    assert.equal(preambleList?.kind, 'liste');
    if (preambleList?.kind === 'liste') preambleList.items.splice(3, 1);
    assert.deepEqual(coverSeed(layOut(dropped, BORKEN_2014_CRITERION_WORDING), SEED).uncovered, [
      'soziale Teilhabe',
    ]);

    const changed = buildBorkenAgreement2014();
    changed.dialogueClause = [
      {
        kind: 'absatz',
        text: 'Die Vereinbarungspartner führen in der Regel vier Zielsteuerungsdialoge pro Jahr.',
      },
    ];
    assert.equal(coverSeed(layOut(changed, BORKEN_2014_CRITERION_WORDING), SEED).missing.length, 1);

    const swapped = buildBorkenAgreement2014();
    swapped.focusAreas.reverse();
    assert.ok(coverSeed(layOut(swapped, BORKEN_2014_CRITERION_WORDING), SEED).missing.length > 0);
  });

  it('names the reference documents and the annex as the preamble cites them', () => {
    const seed = normaliseSeed(SEED);
    // The preamble cites the first two in the genitive ("der „Gemeinsamen Grundlagen …“").
    const cited = [
      'Gemeinsamen Grundlagen der Zielsteuerung SGB II',
      'Gemeinsamen Planungsdokuments für die Zielsteuerung 2014 im SGB II',
      agreement.references[2]?.title,
    ];
    for (const title of cited) assert.ok(seed.includes(`„${title}“`), String(title));
    // … and the annex with its article ("Das „Lokale Planungsdokument …“").
    assert.equal(
      agreement.annexes[0]?.title.replace(/^Lokales /, 'Das „Lokale ') + '“ ist als Anlage',
      'Das „Lokale Planungsdokument 2014 für den dezentralen Planungsprozess im SGB II des Jobcenters Kreis Borken“ ist als Anlage',
    );
    assert.ok(
      seed.includes(
        'Das „Lokale Planungsdokument 2014 für den dezentralen Planungsprozess im SGB II des Jobcenters Kreis Borken“ ist als Anlage',
      ),
    );
    assert.equal(agreement.references.length, 3);
  });

  it('types the criteria of each goal as agreed', () => {
    const kinds = Object.fromEntries(
      targetsOf(agreement).map((t) => [t.id, `${t.role}:${t.criterion?.kind ?? 'ohne'}`]),
    );
    assert.deepEqual(kinds, {
      I: 'hauptziel:monitoring',
      II: 'hauptziel:relative_aenderung',
      'II.1': 'teilziel:meilenstein',
      'II.2': 'teilziel:meilenstein',
      'II.3': 'teilziel:statistisch',
      'II.4': 'teilziel:meilenstein',
      III: 'hauptziel:keine_erhoehung',
      'III.1': 'teilziel:ohne',
      'III.2': 'teilziel:ohne',
      'III.3': 'teilziel:ohne',
      'III.G': 'gesamtziel:zusammengesetzt',
      IV: 'hauptziel:meilenstein',
      'IV.1': 'teilziel:meilenstein',
    });
    assert.deepEqual(
      agreement.goals.map((g) => g.number),
      ['I', 'II', 'III', 'IV', 'V'],
    );
    assert.deepEqual(
      agreement.goals[4]?.blocks.map((b) => b.kind),
      ['absatz'],
    );
  });

  it('carries the agreed figures of Ziel II and III', () => {
    const byId = new Map(targetsOf(agreement).map((t) => [t.id, t]));
    assert.deepEqual(byId.get('II')?.criterion, {
      kind: 'relative_aenderung',
      metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
      comparison: 'mindestens',
      change: 0.5,
      unit: 'prozent',
      referenceYear: null,
      decimals: 1,
    });
    const gesamt = byId.get('III.G')?.criterion;
    assert.equal(gesamt?.kind, 'zusammengesetzt');
    if (gesamt?.kind === 'zusammengesetzt') {
      assert.deepEqual(gesamt.parts, ['III.1', 'III.2', 'III.3']);
      assert.deepEqual(gesamt.rule, {
        kind: 'relative_aenderung',
        metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
        comparison: 'unter',
        change: 0,
        unit: 'prozent',
        referenceYear: null,
        decimals: 1,
      });
    }
    const pilot = byId.get('II.3')?.criterion;
    assert.equal(
      pilot?.kind === 'statistisch' &&
        `${pilot.test} ${pilot.sides} ${pilot.alpha} ${pilot.measurableFrom}`,
      'log_rank einseitig 0.05 2014-10',
    );
    assert.equal(byId.get('II.1')?.lead, 'Das Ziel gilt als erreicht,');
    assert.equal(byId.get('IV.1')?.title, 'Erbringung der kommunalen Leistungen nach § 16a SGB II');
  });

  it('has unique target ids, the units of the synthetic tree and both signatures', () => {
    const ids = targetsOf(agreement).map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      agreement.parties.map((p) => p.unitId),
      ['05', '05554'],
    );
    assert.deepEqual(
      agreement.signatures.map((s) => `${s.party} ${s.place} ${s.date}`),
      ['0 Düsseldorf 2014-04-29', '1 Borken 2014-04-10'],
    );
    assert.equal(agreement.dialoguesPerYear, 2);
  });

  it('passes the contract and the semantic checks unchanged', () => {
    const parsed = agreementContentSchema.safeParse(agreement);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.deepEqual(parsed.data, agreement);
    assert.deepEqual(validateAgreementContent(agreement), []);
  });

  it('hands out copies', () => {
    const copy = buildBorkenAgreement2014();
    copy.goals.pop();
    assert.equal(buildBorkenAgreement2014().goals.length, 5);
  });
});
