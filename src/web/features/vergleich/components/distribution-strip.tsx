/**
 * A unit's place in the distribution, drawn as a small box plot (min–max line, Q1–Q3 box, median
 * stroke, the unit as a dot). Decorative: the quarter is written beside it.
 */
import type { Distribution } from '../../../../domain/benchmarking/distribution.ts';

const W = 200;
const H = 22;

export function DistributionStrip({
  distribution: d,
  value,
}: {
  distribution: Distribution;
  value: number | null;
}) {
  const span = d.max - d.min || 1;
  const x = (v: number) => 6 + ((v - d.min) / span) * (W - 12);
  return (
    <svg
      className="distribution-strip"
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={x(d.min)} x2={x(d.max)} y1={H / 2} y2={H / 2} stroke="#5c6b7a" strokeWidth="1" />
      <rect
        x={x(d.q1)}
        y={4}
        width={Math.max(1, x(d.q3) - x(d.q1))}
        height={H - 8}
        fill="#dbe5f0"
        stroke="#0b3d66"
        strokeWidth="1"
      />
      <line x1={x(d.median)} x2={x(d.median)} y1={3} y2={H - 3} stroke="#0b3d66" strokeWidth="2" />
      {value !== null && (
        <circle cx={x(value)} cy={H / 2} r={4.5} fill="#b03a2e" stroke="#fff" strokeWidth="1" />
      )}
    </svg>
  );
}
