/**
 * How the web marks a figure the server withheld: one symbol, one legend, with no reason (a
 * reason would tell which withheld figure is the small one). Texts from
 * domain/disclosure/control/mark.ts, so pages, exports and documents say the same.
 */
import { PROTECTED_SYMBOL, PROTECTION_NOTE } from '../../domain/disclosure/control/mark.ts';
import {
  chartProtectionText,
  type WithheldSeries,
} from '../../domain/disclosure/control/withheld-legend.ts';

/** In place of a withheld figure; screen readers hear "geschützt" instead of the symbol. */
export function ProtectedMark() {
  return (
    <span className="suppressed">
      <span aria-hidden="true">{PROTECTED_SYMBOL}</span>
      <span className="visually-hidden">geschützt</span>
    </span>
  );
}

/** The legend under a table; nothing when none of its figures is withheld. */
export function ProtectionNote({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <p className="table-note">
      {PROTECTED_SYMBOL} {PROTECTION_NOTE}
    </p>
  );
}

/** The legend under a chart: which months of which series are left out, and why. */
export function ChartProtectionNote({ series }: { series: readonly WithheldSeries[] }) {
  const text = chartProtectionText(series);
  return text === null ? null : <p className="chart-note">{text}</p>;
}
