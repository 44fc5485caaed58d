/**
 * The fetched figures indexed for the channels: per unit × sex × metric × month the figure that
 * was shown (if any source showed it) or the reasons it was withheld; the unit tree; the month
 * range; and what the visible figures say about the data (do the sexes add up?).
 */
import { MONEY_QUANTITIES, type BaseQuantity, type Sex } from '../../kpi/catalog.ts';
import { monthIndex, parseMonth } from '../../shared/month.ts';
import type { AttackInput, AttackUnit, SeenFigure, WithholdReason } from './figures.ts';
import { decimalsIn, EXACT, type Field } from './channels/parts.ts';

export interface FigureEntry {
  /** the first source that showed the figure (with zaehler/nenner where it has them) */
  shown: SeenFigure | null;
  /** reasons given by the sources that withheld it */
  reasons: WithholdReason[];
  /** every source said it is missing */
  missing: boolean;
}

const key = (kind: string, unitId: string, sex: string, metric: string, month: number) =>
  `${kind}|${unitId}|${sex}|${metric}|${month}`;

export class Facts {
  readonly units: ReadonlyMap<string, AttackUnit>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly entries = new Map<string, FigureEntry>();
  /** first and last month index with any figure */
  readonly first: number;
  readonly last: number;
  /** units with at least one figure */
  readonly unitIds: readonly string[];
  /** insgesamt = m + w in every fully shown triple (no person of another sex in the data) */
  readonly sexesAddUp: boolean;
  /** per Kennzahl and field, the most decimals of a shown figure (EXACT: not rounded) */
  private readonly precision = new Map<string, number>();

  constructor(input: AttackInput) {
    this.units = new Map(input.units.map((u) => [u.id, u]));
    const children = new Map<string, string[]>();
    for (const u of input.units)
      if (u.parentId !== null)
        children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    this.children = children;
    let first = Infinity,
      last = -Infinity;
    const units = new Set<string>();
    for (const f of input.figures) {
      if (f.kind !== 'grundgroesse' && f.kind !== 'kennzahl') continue;
      const m = monthIndex(parseMonth(f.month));
      first = Math.min(first, m);
      last = Math.max(last, m);
      units.add(f.unitId);
      const k = key(f.kind, f.unitId, f.sex, f.metric, m);
      const entry = this.entries.get(k) ?? { shown: null, reasons: [], missing: true };
      if (f.suppressed !== null) {
        entry.reasons.push(f.suppressed);
        entry.missing = false;
      } else if (f.value !== null) {
        if (entry.shown === null || (entry.shown.zaehler === null && f.zaehler !== null))
          entry.shown = f;
        entry.missing = false;
        if (f.kind === 'kennzahl') this.notePrecision(f);
      }
      this.entries.set(k, entry);
    }
    this.first = first;
    this.last = last;
    this.unitIds = [...units];
    this.sexesAddUp = this.checkSexes();
  }

  base(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): FigureEntry | undefined {
    return this.entries.get(key('grundgroesse', unitId, sex, quantity, month));
  }

  kennzahl(unitId: string, sex: Sex, id: string, month: number): FigureEntry | undefined {
    return this.entries.get(key('kennzahl', unitId, sex, id, month));
  }

  /** decimals a Kennzahl's field is rounded to (channels/parts.ts), EXACT if it is not */
  decimals(id: string, field: Field): number {
    return this.precision.get(`${id}|${field}`) ?? EXACT;
  }

  private notePrecision(f: SeenFigure): void {
    for (const field of ['value', 'zaehler', 'nenner'] as const) {
      const x = f[field];
      if (x === null) continue;
      const key = `${f.metric}|${field}`;
      this.precision.set(key, Math.max(this.precision.get(key) ?? 0, decimalsIn(x)));
    }
  }

  /** the shown value of a base quantity, else null */
  shownBase(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): number | null {
    return this.base(unitId, sex, quantity, month)?.shown?.value ?? null;
  }

  /** every month index from first to last */
  months(): number[] {
    const out: number[] = [];
    for (let m = this.first; m <= this.last; m++) out.push(m);
    return out;
  }

  private checkSexes(): boolean {
    let triples = 0;
    for (const [k, entry] of this.entries) {
      const [kind, unitId, sex, metric, month] = k.split('|') as [
        string,
        string,
        Sex,
        string,
        string,
      ];
      if (kind !== 'grundgroesse' || sex !== 'insgesamt' || entry.shown === null) continue;
      if (MONEY_QUANTITIES.has(metric as BaseQuantity)) continue;
      const m = this.shownBase(unitId, 'm', metric as BaseQuantity, Number(month));
      const w = this.shownBase(unitId, 'w', metric as BaseQuantity, Number(month));
      if (m === null || w === null) continue;
      if (entry.shown.value !== m + w) return false;
      triples++;
    }
    return triples > 0;
  }
}
