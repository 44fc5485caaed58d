import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFixtureAgreement } from '../domain/agreements/agreement-fixture.ts';
import { agreementContentSchema, criterionSchema, describeIssues } from './agreement-content.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = agreementContentSchema.safeParse(input);
  assert.equal(result.success, false, 'expected a failed parse');
  return result.success ? [] : describeIssues(result.error);
}

describe('agreementContentSchema', () => {
  it('accepts the fixture unchanged', () => {
    const content = buildFixtureAgreement();
    const result = agreementContentSchema.safeParse(content);
    assert.ok(result.success, JSON.stringify(result.error?.issues));
    assert.deepEqual(result.data, content);
  });

  it('says where a field is missing and what was expected', () => {
    const content = buildFixtureAgreement() as unknown as Record<string, unknown>;
    delete content.legalBasis;
    assert.deepEqual(issuesOf(content), [
      { path: 'legalBasis', message: 'Rechtsgrundlage: Text erwartet' },
    ]);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const content = { ...buildFixtureAgreement(), dialogsPerYear: 2 };
    assert.deepEqual(
      issuesOf(content).map((i) => i.path),
      [''],
    );
    assert.match(issuesOf(content)[0]?.message ?? '', /dialogsPerYear/);
  });

  it('checks criteria inside targets, down to a composite rule', () => {
    const content = buildFixtureAgreement();
    const block = content.goals[1]?.blocks[2];
    if (block?.kind !== 'ziel') throw new Error('fixture changed');
    block.target.criterion = {
      kind: 'zusammengesetzt',
      combine: 'regel',
      parts: ['III'],
      ruleText: null,
      rule: {
        kind: 'relative_aenderung',
        metric: { source: 'kennzahl', id: 'K9' as 'K1', sex: 'insgesamt' },
        comparison: 'unter',
        change: 0,
        unit: 'prozent',
        referenceYear: null,
        decimals: 1,
      },
    };
    assert.deepEqual(issuesOf(content), [
      {
        path: 'goals.1.blocks.2.target.criterion.rule.metric.id',
        message: 'Kennzahl: unbekannte Kennung (erwartet K1 … K3E4, JFW_K2 oder JDW_LZB)',
      },
    ]);
  });

  it('names the allowed kinds of a criterion and the date format', () => {
    const wrongKind = criterionSchema.safeParse({ kind: 'prozent', metric: null });
    assert.equal(wrongKind.success, false);
    assert.match(
      wrongKind.error?.issues[0]?.message ?? '',
      /^Kriterium: kind muss relative_aenderung/,
    );
    const content = buildFixtureAgreement();
    content.signatures[0]!.date = '29.04.2014';
    content.parties[1]!.name = '  ';
    assert.deepEqual(issuesOf(content), [
      { path: 'parties.1.name', message: 'Name des Vertragspartners darf nicht leer sein' },
      {
        path: 'signatures.0.date',
        message: 'Datum der Unterschrift: Datum im Format JJJJ-MM-TT erwartet',
      },
    ]);
  });

  it('reads a no-increase criterion with or without its wording, and no other wording', () => {
    const stored = {
      kind: 'keine_erhoehung',
      metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
      decimals: 0,
    };
    // stored before the wording was recorded: loads unchanged (the sentence takes the default)
    assert.deepEqual(criterionSchema.parse(stored), stored);
    const worded = { ...stored, wording: 'nicht_steigt' };
    assert.deepEqual(criterionSchema.parse(worded), worded);
    const wrong = criterionSchema.safeParse({ ...stored, wording: 'sinkt' });
    assert.equal(wrong.success, false);
    assert.equal(
      wrong.error?.issues[0]?.message,
      'Wortlaut: erwartet gleich_bleibt, konstant_vermeiden oder nicht_steigt',
    );
  });

  it('wants two parties or more, each on side 0 or 1, and a signature party by number', () => {
    const content = buildFixtureAgreement();
    const signatures = [{ ...content.signatures[0], party: -1 }];
    const one = [content.parties[0]];
    assert.deepEqual(
      issuesOf({ ...content, parties: one, signatures }).map((i) => `${i.path}: ${i.message}`),
      [
        'parties: Vertragspartner: mindestens zwei erwartet (je Seite einer)',
        'signatures.0.party: Unterschrift: Nummer des Vertragspartners (party, 0 = erster): mindestens 0',
      ],
    );
    const sideless = [content.parties[0], { ...content.parties[1], side: 2 }];
    assert.deepEqual(issuesOf({ ...content, parties: sideless }), [
      { path: 'parties.1.side', message: 'Seite: 0 (steuernde Seite) oder 1 (Zielseite) erwartet' },
    ]);
    // three parties: the Agentur für Arbeit and the kommunale Träger on side 0 (a gE)
    const three = [
      { ...content.parties[0]!, unitId: 'AA', name: 'Agentur für Arbeit Musterstadt' },
      { ...content.parties[0]!, unitId: 'KT', name: 'Landkreis Musterkreis' },
      { ...content.parties[1]!, unitId: 'JC', name: 'Geschäftsführung des Jobcenters Musterkreis' },
    ];
    assert.ok(agreementContentSchema.safeParse({ ...content, parties: three }).success);
  });
});
