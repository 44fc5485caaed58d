import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsText, withheldLegend, withheldOfSnapshot } from './withheld-legend.ts';

test('months are listed by year, three or more in a row as a span', () => {
  assert.equal(monthsText(['2014-02', '2014-01']), 'Jan., Feb. 2014');
  assert.equal(
    monthsText(['2014-01', '2014-02', '2014-03', '2014-04', '2014-09', '2015-12']),
    'Jan.–Apr., Sept. 2014, Dez. 2015',
  );
});

test('the legend names the symbol and the withheld months of each series, or is absent', () => {
  assert.equal(
    withheldLegend([{ label: null, months: ['2014-01', '2014-02'] }]),
    '• Jan., Feb. 2014',
  );
  assert.equal(
    withheldLegend([
      { label: 'insgesamt', months: [] },
      { label: 'Frauen', months: ['2014-01', '2014-02'] },
      { label: 'Männer', months: ['2015-12'] },
    ]),
    '• Frauen Jan., Feb. 2014; Männer Dez. 2015',
  );
  assert.equal(withheldLegend([{ label: 'Frauen', months: [] }]), null);
});

const shown = { value: 1, quality: 'final' as const };
const withheld = {
  value: null,
  quality: 'eingeschraenkt' as const,
  suppressed: 'geschuetzt' as const,
};

test("a target chart's withheld months, per year, for its legend", () => {
  const current = Array.from({ length: 12 }, (_, i) => (i >= 9 ? withheld : shown));
  const reference = Array.from({ length: 12 }, (_, i) => (i === 1 ? withheld : shown));
  const series = withheldOfSnapshot({ year: 2014, current, reference }, 2013);
  assert.equal(withheldLegend(series), '• Verlauf Okt.–Dez. 2014; Vergleichsjahr Feb. 2013');
  const none = withheldOfSnapshot({ year: 2014, current: [shown, null], reference: [] }, 2013);
  assert.equal(withheldLegend(none), null);
});
