import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { targetsOf, type AgreementContent, type Target } from './agreement.ts';
import { buildFixtureAgreement, fixtureTarget } from './agreement-fixture.ts';
import { compareVersions } from './diff.ts';

function target(content: AgreementContent, id: string): Target {
  const found = targetsOf(content).find((t) => t.id === id);
  if (found === undefined) throw new Error(`no target ${id}`);
  return found;
}

describe('compareVersions', () => {
  it('finds nothing between equal versions', () => {
    assert.deepEqual(compareVersions(buildFixtureAgreement(), buildFixtureAgreement()), []);
  });

  it('reports a changed target value field by field under a German path', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    const crit = target(b, 'II').criterion;
    if (crit?.kind !== 'relative_aenderung') throw new Error('fixture changed');
    crit.change = 1;
    crit.referenceYear = 2012;
    assert.deepEqual(compareVersions(a, b), [
      {
        path: 'Ziel II › Hauptziel › Kriterium › Veränderung',
        kind: 'changed',
        before: '+0,5',
        after: '+1',
        targetId: 'II',
      },
      // null = the previous year, shown as such
      {
        path: 'Ziel II › Hauptziel › Kriterium › Bezugsjahr',
        kind: 'changed',
        before: 'Vorjahr',
        after: '2012',
        targetId: 'II',
      },
    ]);
  });

  it('shows a criterion of another kind as one change with both descriptions', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    target(b, 'II.1').criterion = {
      kind: 'monitoring',
      metric: { source: 'kennzahl', id: 'K2', sex: 'w' },
    };
    const [change, ...rest] = compareVersions(a, b);
    assert.equal(rest.length, 0);
    assert.equal(change?.path, 'Ziel II › Teilziel II.1 › Kriterium');
    assert.equal(change?.kind, 'changed');
    assert.match(change?.before ?? '', /^Meilenstein: Meilenstein, fällig am 31\.12\.2014/);
    assert.equal(change?.after, 'Monitoring: Monitoring ohne Zielwert');
  });

  it('reports added and removed targets, goals and signatures', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    b.goals[0]!.blocks.push(fixtureTarget('II.2', null));
    b.goals[1]!.blocks = b.goals[1]!.blocks.filter(
      (x) => x.kind !== 'ziel' || x.target.id !== 'III.1',
    );
    b.goals.push({ number: 'V', title: 'Unterstützungsangebote', blocks: [] });
    b.signatures = b.signatures.filter((s) => s.party === 0);
    const summary = compareVersions(a, b).map((c) => `${c.kind} ${c.path} ${c.targetId ?? '-'}`);
    assert.deepEqual(summary, [
      'added Ziel II › Teilziel II.2 II.2',
      'removed Ziel III › Teilziel III.1 III.1',
      'added Ziel V -',
      'removed Unterschriften › Vertragspartner 2 -',
    ]);
    assert.equal(compareVersions(a, b).at(-1)?.before, 'Borken, den 10.04.2014: Dr. B');
  });

  it('aligns paragraphs: an inserted paragraph is one addition, an edited one a change', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    a.preamble = [
      { kind: 'absatz', text: 'A' },
      { kind: 'absatz', text: 'B' },
      { kind: 'liste', items: ['x', 'y'] },
    ];
    b.preamble = [
      { kind: 'absatz', text: 'Neu' },
      { kind: 'absatz', text: 'A' },
      { kind: 'absatz', text: 'B' },
      { kind: 'liste', items: ['x', 'z'] },
    ];
    assert.deepEqual(
      compareVersions(a, b).map((c) => [c.path, c.kind, c.before, c.after]),
      [
        ['Präambel › Abschnitt 1', 'added', null, 'Neu'],
        ['Präambel › Abschnitt 4 › Punkt 2', 'changed', 'y', 'z'],
      ],
    );
  });

  it('covers parties, milestones and target paths', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    b.parties[1]!.representative.name = 'Dr. C';
    const milestone = target(b, 'II.1').criterion;
    if (milestone?.kind !== 'meilenstein') throw new Error('fixture changed');
    milestone.state = 'erreicht';
    milestone.evidence = 'Protokoll';
    target(b, 'II.S').values.path = [100, 200, null];
    assert.deepEqual(
      compareVersions(a, b).map((c) => [c.path, c.kind, c.before, c.after]),
      [
        [
          'Vertragspartner 2 › vertreten durch',
          'changed',
          'Herrn Landrat Dr. B',
          'Herrn Landrat Dr. C',
        ],
        ['Ziel II › Teilziel II.1 › Kriterium › Nachweis', 'added', null, 'Protokoll'],
        ['Ziel II › Teilziel II.1 › Kriterium › Stand', 'changed', 'offen', 'erreicht'],
        ['Ziel II › Teilziel II.S › Soll-Verlauf', 'added', null, '100; 200; –'],
      ],
    );
  });

  it('follows a composite rule into its fields', () => {
    const a = buildFixtureAgreement();
    const b = buildFixtureAgreement();
    const composite = target(b, 'III.G').criterion;
    if (composite?.kind !== 'zusammengesetzt') throw new Error('fixture changed');
    composite.combine = 'regel';
    composite.rule = {
      kind: 'keine_erhoehung',
      metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
      decimals: 1,
    };
    assert.deepEqual(
      compareVersions(a, b).map((c) => [c.path, c.kind, c.after]),
      [
        ['Ziel III › Gesamtziel III.G › Kriterium › Verknüpfung', 'changed', 'eigene Regel'],
        [
          'Ziel III › Gesamtziel III.G › Kriterium › Regel',
          'added',
          'keine Erhöhung: höchstens Vorjahreswert (keine Erhöhung)',
        ],
      ],
    );
  });
});
