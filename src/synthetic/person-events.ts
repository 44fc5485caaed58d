/** Monthly events of one eLb: integrating job starts, geringfügige Beschäftigung, measures. */
import { monthEnd, monthOfDay } from './dates.ts';
import type { Job, Person } from './household.ts';
import { begleitendFor, drawAktiv, drawOeffentlichGefoerdert, measureEnd } from './measures.ts';
import { ageFactor, PARAMS } from './params.ts';
import type { Rng } from './rng.ts';
import type { Rows } from './rows.ts';

const DAYS_PER_YEAR = 365.25;
const SVB = 0;
const AUSBILDUNG = 1;
const SELBSTAENDIG = 2;

/** Most employment starts on the first of a month, most ends on the last day of one. */
export function startDayIn(rng: Rng, from: number, monthFirst: number, me: number): number {
  return monthFirst >= from && rng.chance(0.55) ? monthFirst : rng.int(from, me);
}

function endAfterMonths(rng: Rng, von: number, months: number): number {
  const t = monthOfDay(von) + months - 1;
  return rng.chance(0.6) ? monthEnd(t) : von + Math.round(months * 30.44) - 1;
}

function jobMonths(rng: Rng, art: number, type: number): number {
  if (art === AUSBILDUNG) return rng.chance(0.25) ? rng.int(2, 12) : rng.chance(0.5) ? 36 : 24;
  if (art === SELBSTAENDIG) return 3 + rng.geometric(1 / 30);
  const x = rng.float();
  const short = PARAMS.shortJob[type] ?? 0.3;
  if (x < short) return rng.int(1, 4);
  if (x < short + (PARAMS.mediumJob[type] ?? 0.3)) return rng.int(5, 14);
  return 15 + rng.geometric(1 / PARAMS.longJobMeanMonths);
}

function drawArt(rng: Rng, age: number, monthOfYear: number): number {
  if (age < 25) {
    const ausbildung = monthOfYear === 7 || monthOfYear === 8 ? 0.6 : age < 18 ? 0.35 : 0.15;
    return rng.chance(ausbildung) ? AUSBILDUNG : rng.chance(0.01) ? SELBSTAENDIG : SVB;
  }
  const x = rng.float();
  return x < 0.93 ? SVB : x < 0.98 ? SELBSTAENDIG : AUSBILDUNG;
}

function income(rng: Rng, art: number): number {
  if (art === AUSBILDUNG) return rng.int(80, 300);
  if (art === SELBSTAENDIG) return rng.int(50, 600);
  return rng.int(150, 900);
}

/** Starts a job on `von` (ending the previous one the day before) and writes the finished one. */
export function startJob(
  rng: Rng,
  rows: Rows,
  p: Person,
  von: number,
  art: number,
  withSupport: boolean,
): Job {
  if (p.job !== null) {
    p.job.end = Math.min(p.job.end, von - 1);
    rows.job(p, p.job);
  }
  const job: Job = {
    art,
    von,
    end: endAfterMonths(rng, von, jobMonths(rng, art, p.type)),
    income: income(rng, art),
  };
  p.job = job;
  if (p.measure !== null && p.measure.end >= von && p.measure.instrument.kategorie !== 'begleitend')
    p.measure.end = von - 1;
  if (withSupport) {
    const support = begleitendFor(
      rng,
      art === SVB ? 'svb' : art === AUSBILDUNG ? 'ausbildung' : 'selbstaendig',
      p.type,
    );
    if (support !== null)
      rows.measure(p, { instrument: support, von, end: measureEnd(rng, support, von) });
  }
  return job;
}

export interface MonthContext {
  t: number;
  from: number;
  ms: number;
  me: number;
  strength: number;
}

/** One month of an eLb in benefit. Returns the integrating job started this month, or null. */
export function personMonth(
  rng: Rng,
  rows: Rows,
  p: Person,
  c: MonthContext,
  ae: boolean,
): Job | null {
  const age = (c.from - p.birth) / DAYS_PER_YEAR;
  const employed = p.job !== null && p.job.end >= c.from;
  const moy = c.t % 12;
  if (!employed) {
    let hz =
      (PARAMS.intHazard[p.type] ?? 0) *
      c.strength *
      (PARAMS.sexFactor[p.sex] ?? 1) *
      ageFactor(age) *
      (PARAMS.seasonInt[moy] ?? 1);
    if (ae) hz *= PARAMS.aeFactor;
    if (age < 18 && (moy === 7 || moy === 8)) hz *= 4; // Ausbildungsbeginn August/September
    if (rng.chance(hz))
      return startJob(
        rng,
        rows,
        p,
        startDayIn(rng, c.from, c.ms, c.me),
        drawArt(rng, age, moy),
        true,
      );
  } else if (rng.chance(PARAMS.jobChangeHazard)) {
    return startJob(rng, rows, p, startDayIn(rng, c.from, c.ms, c.me), SVB, true);
  }
  if ((p.gb === null || p.gb.end < c.from) && rng.chance(PARAMS.gbHazard[p.sex] ?? 0)) {
    if (p.gb !== null) rows.gb(p, p.gb);
    const von = startDayIn(rng, c.from, c.ms, c.me);
    p.gb = {
      von,
      end: endAfterMonths(rng, von, rng.int(PARAMS.gbMonths[0], PARAMS.gbMonths[1])),
      income: rng.int(60, 280),
    };
  }
  if (!employed && (p.measure === null || p.measure.end < c.from)) {
    const oeg = age >= 18 && rng.chance(PARAMS.oegHazard[p.type] ?? 0);
    if (oeg || rng.chance((PARAMS.aktivHazard[p.type] ?? 0) * (age < 25 ? 1.5 : 1))) {
      if (p.measure !== null) rows.measure(p, p.measure);
      const von = startDayIn(rng, c.from, c.ms, c.me);
      const instrument = oeg ? drawOeffentlichGefoerdert(rng, von) : drawAktiv(rng);
      p.measure = { instrument, von, end: measureEnd(rng, instrument, von) };
    }
  }
  return null;
}

/** Writes what is still open on a person whose history in this BG is finished. */
export function closePerson(rows: Rows, p: Person): void {
  if (p.job !== null) rows.job(p, p.job);
  if (p.gb !== null) rows.gb(p, p.gb);
  if (p.measure !== null) rows.measure(p, p.measure);
  p.job = null;
  p.gb = null;
  p.measure = null;
}
