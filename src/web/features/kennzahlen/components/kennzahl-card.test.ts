/** The Kennzahl card as HTML (server rendering, no DOM): marks and legends of withheld figures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PROTECTED, PROTECTION_NOTE } from '../../../../domain/disclosure/control/mark.ts';
import type { ShownValue } from '../../../lib/types.ts';
import { indexFigures, monthRange } from '../lib/kennzahl-series.ts';
import { KennzahlCard } from './kennzahl-card.tsx';

const MONTHS = monthRange('2014-01', '2014-12');

const value = (sex: ShownValue['sex'], month: string, withheld: boolean): ShownValue => ({
  unitId: 'X',
  month,
  sex,
  kind: 'kennzahl',
  metric: 'K2',
  value: withheld ? null : 20,
  zaehler: withheld ? null : 40,
  nenner: withheld ? null : 200,
  quality: 'final',
  datenstandId: 1,
  stand: '2015-04-30',
  source: 'mikrodaten',
  suppressed: withheld ? PROTECTED : null,
});

/** K2 of 2014, insgesamt/w/m; `withheld` lists "sex month" pairs the server withheld */
function card(withheld: string[]): string {
  const values = MONTHS.flatMap((m) =>
    (['insgesamt', 'w', 'm'] as const).map((s) => value(s, m, withheld.includes(`${s} ${m}`))),
  );
  return renderToStaticMarkup(
    createElement(KennzahlCard, {
      id: 'K2',
      index: indexFigures(values),
      month: '2014-12',
      months: MONTHS,
    }),
  );
}

const count = (text: string, piece: string) => text.split(piece).length - 1;
const sexTable = (html: string) => html.slice(html.indexOf('<table'), html.indexOf('</table>'));

test('the table with one withheld cell shows the mark there and its legend once', () => {
  const html = card(['w 2014-12']);
  const table = sexTable(html);
  assert.match(table, /<th scope="row">Frauen<\/th><td class="num"><span class="suppressed">/);
  // value, Zähler and Nenner of women: the symbol, and "geschützt" for screen readers
  assert.equal(count(table, '<span aria-hidden="true">•</span>'), 3);
  assert.equal(count(table, '<span class="visually-hidden">geschützt</span>'), 3);
  const tableNotes = html.match(/<p class="table-note">[^<]*<\/p>/g) ?? [];
  assert.deepEqual(tableNotes, [`<p class="table-note">• ${PROTECTION_NOTE}</p>`]);
});

test('without withheld figures there is no mark and no legend', () => {
  const html = card([]);
  assert.ok(!html.includes('suppressed'));
  assert.ok(!html.includes('•'));
  assert.ok(!html.includes(PROTECTION_NOTE));
});

test('the chart legend names the withheld months of each series', () => {
  const html = card(['w 2014-01', 'w 2014-02', 'm 2014-03']);
  const chartNote = html.match(/<p class="chart-note">• [^<]*<\/p>/)?.[0] ?? '';
  assert.ok(
    chartNote.startsWith('<p class="chart-note">• Frauen Jan., Feb. 2014; Männer März 2014:'),
    chartNote,
  );
  assert.ok(chartNote.includes(PROTECTION_NOTE));
  // December is released: the sex table has no withheld cell and so no legend
  assert.ok(!html.includes('class="table-note"'));
});
