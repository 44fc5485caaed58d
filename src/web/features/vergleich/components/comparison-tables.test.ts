/** The comparison tables as HTML (server rendering, no DOM) and as export models: marks and legends. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type {
  ComparisonCell,
  ComparisonRow,
} from '../../../../domain/benchmarking/comparison-table.ts';
import {
  PROTECTED,
  PROTECTED_SYMBOL,
  PROTECTION_NOTE,
} from '../../../../domain/disclosure/control/mark.ts';
import { ComparisonMatrix } from './comparison-matrix.tsx';
import { detailExport, matrixExport } from './export-model.ts';
import { KennzahlDetail } from './kennzahl-detail.tsx';

// the domain type still names the old reasons until the server side of issue 11 lands; the web
// reads no reason, only whether a mark is set
const WITHHELD = PROTECTED as unknown as ComparisonCell['suppressed'];

const cell = (unitId: string, value: number | null, withheld = false): ComparisonCell => ({
  unitId,
  value: withheld ? null : value,
  zaehler: withheld ? null : 10,
  nenner: withheld ? null : 100,
  quality: 'final',
  suppressed: withheld ? WITHHELD : null,
  quarter: withheld || value === null ? null : 2,
});

const MEMBERS = [
  { id: 'A', name: 'Ahaus' },
  { id: 'H', name: 'Heek' },
];
const KREIS = { id: 'K', name: 'Kreis Borken' };

function k2(heekWithheld: boolean): ComparisonRow {
  return {
    kennzahl: 'K2',
    name: 'Integrationsquote',
    unit: 'percent',
    decimals: 1,
    definition: 'Integrationen je eLb',
    total: cell('K', 24),
    cells: [cell('A', 25), cell('H', 4, heekWithheld)],
    distribution: null,
  };
}

const count = (text: string, piece: string) => text.split(piece).length - 1;
const matrix = (rows: ComparisonRow[]) =>
  renderToStaticMarkup(
    createElement(ComparisonMatrix, {
      id: 'kreis',
      caption: 'Vergleich',
      members: MEMBERS,
      rows,
      reference: KREIS,
    }),
  );

test('a table with one withheld cell shows the mark in it and the legend exactly once', () => {
  const html = matrix([k2(true)]);
  assert.match(
    html,
    /<th scope="row">Heek<\/th><td class="num"><span class="suppressed"><span aria-hidden="true">•<\/span>/,
  );
  assert.equal(count(html, '<span aria-hidden="true">•</span>'), 1);
  assert.equal(count(html, PROTECTION_NOTE), 1);
  assert.ok(html.includes(`<p class="table-note">• ${PROTECTION_NOTE}</p>`));
  // no reason of any kind
  assert.ok(!/unterdrückt|kleine_zahl|rueckrechnung|beruht auf/.test(html));
});

test('a table without withheld cells has no legend', () => {
  const html = matrix([k2(false)]);
  assert.ok(!html.includes('•'));
  assert.ok(!html.includes(PROTECTION_NOTE));
});

test('the detail table marks value, counts and place of a withheld cell, with one legend', () => {
  const html = renderToStaticMarkup(
    createElement(KennzahlDetail, { row: k2(true), members: MEMBERS, reference: KREIS }),
  );
  const heek = html.slice(html.indexOf('>Heek<'), html.indexOf('</tr>', html.indexOf('>Heek<')));
  assert.equal(count(heek, '<span aria-hidden="true">•</span>'), 4);
  assert.equal(count(html, PROTECTION_NOTE), 1);
  const shown = renderToStaticMarkup(
    createElement(KennzahlDetail, { row: k2(false), members: MEMBERS, reference: KREIS }),
  );
  assert.ok(!shown.includes(PROTECTION_NOTE));
});

test('exports: the symbol in a text column, the figure empty, the legend once in the notes', () => {
  const legend = `${PROTECTED_SYMBOL} ${PROTECTION_NOTE}`;
  const all = matrixExport('Vergleich', [k2(true)], MEMBERS, '2015-04-30');
  assert.deepEqual(all.columns.at(-1), {
    key: 'geschuetzt',
    label: 'Geschützte Werte (•)',
    type: 'text',
  });
  assert.deepEqual(
    all.rows.map((r) => [r.K2, r.geschuetzt]),
    [
      [25, null],
      [null, '• K2'],
    ],
  );
  assert.equal(all.notes!.filter((n) => n === legend).length, 1);
  const detail = detailExport('K2', k2(true), MEMBERS, null);
  assert.deepEqual(
    detail.rows.map((r) => [r.wert, r.lage]),
    [
      [25, 'zweites Viertel'],
      [null, '•'],
    ],
  );
  assert.equal(detail.notes!.filter((n) => n === legend).length, 1);
  // nothing withheld: no extra column, no legend
  const none = matrixExport('Vergleich', [k2(false)], MEMBERS, null);
  assert.ok(none.columns.every((c) => c.key !== 'geschuetzt'));
  assert.ok(!none.notes!.includes(legend));
});
