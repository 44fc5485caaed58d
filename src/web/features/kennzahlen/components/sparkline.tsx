/**
 * A small line chart of monthly values (SVG, no chart library). Decorative for screen readers:
 * the same figures are in the table below it.
 */
export interface SparkSeries {
  label: string;
  values: (number | null)[];
  /** stroke pattern, so the lines differ without colour */
  dash?: string;
  color: string;
}

const W = 300;
const H = 64;

export function Sparkline({ series, title }: { series: SparkSeries[]; title: string }) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (all.length < 2) return <p className="muted">Zu wenige Werte für einen Verlauf.</p>;
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const n = Math.max(...series.map((s) => s.values.length));
  const x = (i: number) => (i / Math.max(1, n - 1)) * (W - 4) + 2;
  const y = (v: number) => H - 4 - ((v - min) / span) * (H - 8);
  const path = (values: (number | null)[]) => {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
      pen = true;
    });
    return d;
  };
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <title>{title}</title>
      {series.map((s) => (
        <path
          key={s.label}
          d={path(s.values)}
          fill="none"
          stroke={s.color}
          strokeWidth={s.dash ? 1.25 : 2}
          strokeDasharray={s.dash}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
