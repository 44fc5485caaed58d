/**
 * Monthly need and income of a BG, recorded while it is in benefit, and their expansion into
 * segments of constant composition (turned into `leistungen` rows set-based in SQL).
 */
import {
  FIRST_MONEY_MONTH,
  LAST_DAY,
  LAST_MONTH,
  monthEnd,
  monthOfDay,
  monthStart,
} from './dates.ts';
import { AE, type Household, type Person } from './household.ts';
import type { Rows } from './rows.ts';

const DAYS_PER_YEAR = 365.25;
const MONTHS = LAST_MONTH + 1;
/** Composition code of one adult in Regelbedarfsstufe 1 (base-8 digits rbs1 … rbs6). */
const SINGLE_ADULT = 8 ** 5;

/** A stretch of eLb status of a BG in one leaf; `moneyVon` excludes days already paid by the previous leaf. */
export interface Period {
  leafId: string;
  bgId: string;
  von: number;
  bis: number;
  moneyVon: number;
}

function active(p: Person | null, day: number): boolean {
  return p !== null && p.from <= day && day <= p.to;
}

/** Counted income of an eLb of the BG on `day`, euro. */
function earned(p: Person | null, day: number): number {
  if (p === null || !active(p, day)) return 0;
  let inc = 0;
  if (p.job !== null && p.job.von <= day && day <= p.job.end) inc += p.job.income;
  if (p.gb !== null && p.gb.von <= day && day <= p.gb.end) inc += p.gb.income;
  return inc;
}

export class MoneyRecorder {
  private readonly code = new Int32Array(MONTHS);
  private readonly mehrbedarf = new Int32Array(MONTHS);
  private readonly income = new Int32Array(MONTHS);
  private readonly comp = [0, 0, 0, 0, 0, 0];

  reset(): void {
    this.code.fill(-1);
  }

  /** Records month `t` from the BG's state on `day` (the Stichtag, or the first day in benefit). */
  record(h: Household, t: number, day: number): void {
    if (t < FIRST_MONEY_MONTH) return;
    const c = this.comp;
    c.fill(0);
    const hp = active(h.hp, day);
    const partner = active(h.partner, day);
    if (hp && partner) c[1] = 2;
    else if (hp || partner) c[0] = 1;
    let minors = 0;
    let under7 = 0;
    let under16 = 0;
    for (const child of h.children) {
      if (child.birth > day || child.leaveHome <= day) continue;
      const age = (day - child.birth) / DAYS_PER_YEAR;
      if (age >= 15 && !active(child.person, day)) continue;
      const stufe = age >= 18 ? 2 : age >= 14 ? 3 : age >= 6 ? 4 : 5;
      c[stufe] = (c[stufe] ?? 0) + 1;
      if (age < 18) minors++;
      if (age < 16) under16++;
      if (age < 7) under7++;
    }
    // Mehrbedarf für Alleinerziehende, § 21 Abs. 3 SGB II, percent of Regelbedarfsstufe 1.
    let mb = 0;
    if (h.kind === AE && c[1] === 0 && minors > 0)
      mb =
        (minors === 1 && under7 === 1) || (under16 >= 2 && under16 <= 3)
          ? 36
          : Math.min(60, 12 * minors);
    let inc = earned(h.hp, day) + earned(h.partner, day);
    for (const child of h.children) inc += earned(child.person, day);
    this.code[t] = c.reduce((code, n) => code * 8 + Math.min(n, 7), 0);
    this.mehrbedarf[t] = mb;
    this.income[t] = inc;
  }

  /** Writes the segments of the periods' months from 2012-01 on. */
  emit(rows: Rows, periods: readonly Period[], kdu: number): void {
    const firstMoneyDay = monthStart(FIRST_MONEY_MONTH);
    for (const p of periods) {
      const von = Math.max(p.moneyVon, firstMoneyDay);
      const bis = Math.min(p.bis, LAST_DAY);
      if (von > bis) continue;
      let segStart = von;
      let t0 = monthOfDay(von);
      for (let t = t0; t <= monthOfDay(bis); t++) {
        if (this.code[t] === -1) this.fill(t);
        if (t > t0 && !this.same(t - 1, t)) {
          this.write(rows, p, segStart, monthStart(t) - 1, t - 1, kdu);
          segStart = monthStart(t);
        }
      }
      t0 = monthOfDay(bis);
      this.write(rows, p, segStart, Math.min(bis, monthEnd(t0)), t0, kdu);
    }
  }

  private same(a: number, b: number): boolean {
    return (
      this.code[a] === this.code[b] &&
      this.mehrbedarf[a] === this.mehrbedarf[b] &&
      this.income[a] === this.income[b]
    );
  }

  /** A month not recorded (a stretch begun after the month's Stichtag) takes the month before. */
  private fill(t: number): void {
    const prev = t > FIRST_MONEY_MONTH && this.code[t - 1] !== -1;
    this.code[t] = prev ? (this.code[t - 1] ?? 0) : SINGLE_ADULT;
    this.mehrbedarf[t] = prev ? (this.mehrbedarf[t - 1] ?? 0) : 0;
    this.income[t] = prev ? (this.income[t - 1] ?? 0) : 0;
  }

  private write(rows: Rows, p: Period, von: number, bis: number, t: number, kdu: number): void {
    let code = this.code[t] ?? 0;
    const comp = [0, 0, 0, 0, 0, 0];
    for (let i = 5; i >= 0; i--) {
      comp[i] = code % 8;
      code = Math.floor(code / 8);
    }
    rows.segment(
      p.bgId,
      p.leafId,
      von,
      bis,
      comp,
      this.mehrbedarf[t] ?? 0,
      this.income[t] ?? 0,
      kdu,
    );
  }
}
