/** The report of `npm run bench -- disclosure`: per viewer, withheld figures and what the attack recovered. */
import {
  addScores,
  CHANNEL_LABELS,
  evaluateAttack,
  type AttackRun,
  type RunName,
  type Score,
  type SeenFigure,
} from '../../src/domain/disclosure/attack/index.ts';
import type { ViewerAttack } from '../../src/server/test-support/disclosure/attack-viewer.ts';

const de = (n: number) => n.toLocaleString('de-DE');
const pct = (part: number, whole: number) =>
  whole === 0
    ? '–'
    : `${((100 * part) / whole).toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} %`;
const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

const GROUP_LABELS: Record<string, string> = {
  'eigen|grundgroesse': 'Grundgr.',
  'eigen|kennzahl': 'Kennz.',
  'andere|grundgroesse': 'andere Grundgr.',
  'andere|kennzahl': 'andere Kennz.',
};

const RUN_LABELS: Record<RunName, string> = {
  marks: 'nur Sperrgrund, kein Kanal / marks only',
  rolling12: 'rolling 12: Σ12-Zähler der Quoten',
  sexes: 'insgesamt − w = m',
  averagedRates: 'Durchschnittsraten × Bestände',
  yearToDate: 'JFW_K2/JDW_LZB Jahresfortschritt',
  stockFlow: 'Bestand-Bewegung ELB (LZB)',
  tree: 'Träger − Geschwister (Baum)',
  direct: 'Zähler/Nenner K1E2, K3, K3E2',
  subsets: 'Teilmengen (INT_SVB ≤ INT, …)',
  values: 'Wert × bekannter Nenner',
  combined: 'KOMBINIERT / combined',
  combinedWithCases: 'kombiniert + Fallunterscheidung',
  combinedWithoutMarks: 'kombiniert ohne Sperrgrund',
};

const row = (label: string, cells: string[], width = 44) =>
  `  ${label.padEnd(width)}${cells.map((c) => c.padStart(16)).join('')}`;

export function formatViewer(v: ViewerAttack): string[] {
  const combined = v.runs.find((r) => r.name === 'combined')!;
  // the viewer's own area first, then what it sees only compared
  const order = Object.keys(GROUP_LABELS);
  const groups = Object.keys(combined.scores).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const columns = (s: (score: Score) => number, run: AttackRun) => {
    const all = addScores(groups.map((g) => run.scores[g]!));
    return [...groups.map((g) => de(s(run.scores[g]!))), de(s(all))];
  };
  const head = [...groups.map((g) => GROUP_LABELS[g] ?? g), 'zusammen'];
  const total = addScores(groups.map((g) => combined.scores[g]!));
  const lines = [
    '',
    `${v.user}: ${v.units} Einheiten, ${de(v.requests)} Anfragen, ${de(v.figures)} Zahlen (Abruf ${seconds(v.fetchMilliseconds)}, Angriff ${seconds(v.attackMilliseconds)})`,
    row('gesperrte Zahlen / withheld figures', head),
    row(
      'gesperrt / withheld',
      columns((s) => s.withheld, combined),
    ),
    row(
      '  davon wahre Zahl 1 oder 2 / true count 1–2',
      columns((s) => s.trueSmall, combined),
    ),
    row(
      '  überschützt: wahre Zahl weder 1 noch 2',
      columns((s) => s.overProtected, combined),
    ),
    row(
      '  Wahrheit unbekannt (Monate vor 2012)',
      columns((s) => s.truthUnknown, combined),
    ),
    '',
    row('exakt zurückgerechnet / recovered exactly', [
      ...head,
      'Anteil',
      'davon 1–2',
      '1–2 erkannt',
      'Zeit',
    ]),
  ];
  for (const run of v.runs) {
    const all = addScores(groups.map((g) => run.scores[g]!));
    lines.push(
      row(RUN_LABELS[run.name], [
        ...columns((s) => s.recovered, run),
        pct(all.recovered, all.withheld),
        de(all.recoveredTrueSmall),
        de(all.smallDisclosed),
        seconds(run.milliseconds),
      ]),
    );
  }
  const wrong = v.runs.reduce(
    (n, r) => n + r.wrongPins.length + addScores(Object.values(r.scores)).wrong,
    0,
  );
  const credit = Object.entries(total.byChannel)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${de(n)}`)
    .join(', ');
  lines.push(
    '',
    `  kombiniert: ${de(total.recovered)} von ${de(total.withheld)} gesperrten Zahlen exakt zurückgerechnet (${pct(total.recovered, total.withheld)}; ohne unbekannte Wahrheit ${pct(total.recovered, total.withheld - total.truthUnknown)}), davon ${de(total.recoveredTrueSmall)} wahre 1 oder 2 (${pct(total.recoveredTrueSmall, total.trueSmall)} der ${de(total.trueSmall)})`,
    `  eine 1 oder 2 erkannt (bei Quoten auch ohne exakten Nenner) / a count of 1 or 2 worked out: ${de(total.smallDisclosed)} (${pct(total.smallDisclosed, total.trueSmall)} der ${de(total.trueSmall)})`,
    `  Anrechnung im kombinierten Lauf / credit: ${credit}`,
    `  Zahlen des Trägers und darüber / figures of the Träger and above: ${de(v.traeger.figures)}, davon abweichend von der Wahrheit / changed: ${de(v.traeger.changed)}`,
    `  falsch zurückgerechnet / wrong: ${wrong} (geprüfte Zellen im kombinierten Lauf: ${de(combined.checkedPins)})`,
  );
  return lines;
}

/**
 * The same figures as if the server sent Kennzahlen as values only (no zaehler, no nenner),
 * exact and rounded to one decimal: does hiding them help?
 */
export function formatWhatIf(v: ViewerAttack): string[] {
  const variants: [string, (x: number) => number][] = [
    ['nur Werte, exakt / values only, exact', (x) => x],
    ['nur Werte, 1 Nachkommastelle / values only, rounded', (x) => Math.round(x * 10) / 10],
  ];
  const lines = ['', `${v.user}, angenommen / what if:`];
  for (const [label, round] of variants) {
    const figures = v.input.figures.map((f: SeenFigure) =>
      f.kind !== 'kennzahl'
        ? f
        : { ...f, zaehler: null, nenner: null, value: f.value === null ? null : round(f.value) },
    );
    const runs = evaluateAttack({ ...v.input, figures }, v.truth, {
      group: v.group,
      combinedOnly: true,
    });
    for (const run of runs) {
      const s = addScores(Object.values(run.scores));
      lines.push(
        `  ${label}, ${RUN_LABELS[run.name]}: ${de(s.recovered)} von ${de(s.withheld)} exakt (${pct(s.recovered, s.withheld)}), 1–2 erkannt ${de(s.smallDisclosed)}, falsch ${s.wrong + run.wrongPins.length}`,
      );
    }
  }
  return lines;
}

export function formatChannelLegend(): string[] {
  return [
    '',
    'Kanäle / channels (docs/disclosure-attack.md):',
    ...Object.entries(CHANNEL_LABELS).map(([id, label]) => `  ${id.padEnd(14)} ${label}`),
  ];
}
