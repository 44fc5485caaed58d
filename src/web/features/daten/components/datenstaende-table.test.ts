/**
 * The Datenstände table, its note and the Revisionen hint as HTML (server rendering, no DOM): by
 * which rules each Datenstand was computed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Datenstand } from '../../../lib/types.ts';
import { ComputedByNote } from './computed-by-note.tsx';
import { DatenstaendeTable } from './datenstaende-table.tsx';
import { RulesChanged } from './revisions.tsx';

const stand = (
  id: number,
  source: string,
  kennzahlenVertrag: number | null,
  label: string,
): Datenstand => ({
  id,
  stand: `2016-0${id}-30`,
  source,
  label,
  createdAt: '2016-05-02T08:00:00.000Z',
  createdBy: 'demo',
  kennzahlenVertrag,
  values: 100,
});

/** per body row: its cells' text */
function cells(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return body
    .split('</tr>')
    .filter((row) => row.includes('<td'))
    .map((row) =>
      [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) =>
        m[1]!.replace(/<[^>]+>/g, ' ').trim(),
      ),
    );
}

test('the column „Berechnet nach“ names the version of the rules, or that nothing was computed here', () => {
  const html = renderToStaticMarkup(
    createElement(DatenstaendeTable, {
      stands: [
        stand(4, 'mikrodaten', 2, 'Neuberechnung'),
        stand(3, 'ba_veroeffentlichung', null, 'BA Dezember'),
        stand(2, 'mikrodaten', 1, 'Demo'),
      ],
    }),
  );
  assert.match(html, /<th scope="col">Bezeichnung<\/th><th scope="col">Berechnet nach<\/th>/);
  assert.deepEqual(
    cells(html).map((row) => [row[1], row[2], row[3]]),
    [
      ['eigene Mikrodaten', 'Neuberechnung', 'Rechenregeln Version 2'],
      ['Veröffentlichung der BA', 'BA Dezember', 'nicht hier berechnet'],
      ['eigene Mikrodaten', 'Demo', 'Rechenregeln Version 1'],
    ],
  );
});

test('the note says what version 2 counts', () => {
  const html = renderToStaticMarkup(createElement(ComputedByNote));
  assert.match(html, /Es gilt Version 2; gegenüber Version 1 zählt sie so:/);
  assert.match(
    html,
    /jeder Eintritt in den eLb-Bestand der Einheit zwischen zwei Stichtagen, auch mehrfach je Person/,
  );
  assert.match(html, /Die Aufnahme öffentlich geförderter Beschäftigung ist keine Integration/);
  assert.match(html, /mit dem Bestand gewichteter Durchschnitt der zwölf Monatsraten/);
  assert.equal(html.split('<li>').length - 1, 3);
});

test('Revisionen: a change between versions of the rules is named as such, not taken for a revision', () => {
  const rules = (newest: number | null, previous: number | null) =>
    renderToStaticMarkup(
      createElement(RulesChanged, {
        newest: stand(5, newest === null ? 'manuell' : 'mikrodaten', newest, 'neu'),
        previous: stand(4, previous === null ? 'manuell' : 'mikrodaten', previous, 'alt'),
      }),
    );
  assert.match(
    rules(2, 1),
    /nach Rechenregeln Version 2 berechnet, der vorige nach Rechenregeln Version 1: .* nicht aus einer Revision der Daten/,
  );
  assert.equal(rules(2, 2), '');
  assert.equal(rules(2, null), '');
});
