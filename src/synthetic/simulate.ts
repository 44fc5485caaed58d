/**
 * Life of one BG from its first entry to 2015-12, month by month: integrations and their
 * consequences (exit or Aufstocker), other exits, re-entries, moves between leaves, youths
 * turning 15 or leaving home, retirement. Writes the rows when the BG's history is complete.
 */
import {
  addYears,
  lastDayBeforeRetirement,
  LAST_MONTH,
  monthEnd,
  monthOfDay,
  monthStart,
} from './dates.ts';
import {
  AE,
  createYouthHousehold,
  newPerson,
  drawType,
  type Household,
  type IdSource,
  type Person,
} from './household.ts';
import { MoneyRecorder, type Period } from './money.ts';
import type { Mover } from './mover.ts';
import { PARAMS } from './params.ts';
import { closePerson, personMonth, startJob, type MonthContext } from './person-events.ts';
import type { Rng } from './rng.ts';
import type { Rows } from './rows.ts';
import { writeHousehold } from './write-household.ts';

const NEVER = Number.POSITIVE_INFINITY;
/** A youth leaving the parents' BG while it is in benefit forms an own BG with this probability. */
const YOUTH_OWN_BG = 0.4;
/** A youth whose own job covers the own need leaves the BG with this probability. */
const YOUTH_LEAVES_ON_JOB = 0.3;

export class Simulator {
  private readonly money = new MoneyRecorder();
  private readonly queue: { h: Household; entry: number }[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly ids: IdSource,
    private readonly rows: Rows,
    private readonly mover: Mover,
  ) {}

  /** Simulates the BG and any BG it splits off. */
  run(h: Household, entry: number): void {
    this.simulate(h, entry);
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift())
      this.simulate(next.h, next.entry);
  }

  private readonly list: Person[] = [];
  private readonly month: MonthContext = { t: 0, from: 0, ms: 0, me: 0, strength: 1 };

  /** The BG's eLb on `from` (a reused array: valid until the next call). */
  private members(h: Household, from: number, me: number): Person[] {
    const list = this.list;
    list.length = 0;
    if (h.hp.from <= from && h.hp.to >= from) list.push(h.hp);
    if (h.partner !== null && h.partner.from <= from && h.partner.to >= from) list.push(h.partner);
    for (const c of h.children) {
      if (c.fifteen > me || c.leaveHome <= from) continue;
      if (c.person === null) {
        c.person = newPerson(
          this.ids,
          this.rng.chance(0.5) ? 0 : 1,
          c.birth,
          drawType(this.rng, false, h.leaf.strength),
        );
        c.person.to = Math.min(c.person.to, c.leaveHome - 1);
      }
      if (c.person.from <= from && c.person.to >= from) list.push(c.person);
    }
    return list;
  }

  private simulate(h: Household, entry: number): void {
    const rng = this.rng;
    const periods: Period[] = [];
    const strength = Math.exp(h.leaf.strength);
    const aeEnd =
      h.kind === AE
        ? Math.max(...h.children.map((c) => Math.min(addYears(c.birth, 18), c.leaveHome))) - 1
        : -1;
    let leaf = h.leaf;
    let inBenefit = true;
    let start = entry;
    let moneyStart = entry;
    let exitDay = NEVER;
    let final = false;
    let reentry = NEVER;
    let lastExit = Number.NEGATIVE_INFINITY;
    let exitMonth = -1;
    let lastMove = -99;
    this.money.reset();
    for (let t = monthOfDay(entry); t <= LAST_MONTH; t++) {
      const ms = monthStart(t);
      const me = monthEnd(t);
      if (!inBenefit) {
        if (final || Math.max(h.hp.to, h.partner?.to ?? -1) < ms) break;
        if (reentry === NEVER) reentry = this.outOfBenefit(h, t, ms, me, lastExit, exitMonth);
        if (reentry > me) continue;
        start = Math.max(reentry, lastExit + 2);
        reentry = NEVER;
        if (start > me) {
          reentry = start;
          continue;
        }
        if (start - lastExit > PARAMS.sameBgDays) h.bgId = this.ids.bgId();
        moneyStart = start;
        inBenefit = true;
      }
      const from = Math.max(ms, start);
      const members = this.members(h, from, me);
      const lastAdult = Math.max(h.hp.to, h.partner?.to ?? -1);
      if (lastAdult <= me) {
        exitDay = Math.min(exitDay, Math.max(lastAdult, from));
        final = true;
      }
      this.money.record(h, t, Math.max(from, Math.min(ms + 14, me)));
      const c = this.month;
      c.t = t;
      c.from = from;
      c.ms = ms;
      c.me = me;
      c.strength = strength;
      let anyEmployed = false;
      for (const p of members) {
        const job = personMonth(rng, this.rows, p, c, p === h.hp && from <= aeEnd);
        if (job !== null) {
          if (p !== h.hp && p !== h.partner) {
            if (rng.chance(YOUTH_LEAVES_ON_JOB))
              p.to = Math.min(p.to, monthEnd(monthOfDay(job.von)));
          } else {
            const other = p === h.hp ? h.partner : h.hp;
            let pExit =
              (PARAMS.exitOnIntegration[h.kind] ?? 0.5) *
              (PARAMS.exitOnIntegrationArt[job.art] ?? 1) *
              (PARAMS.exitOnIntegrationType[p.type] ?? 1);
            if (other !== null && other.job !== null && other.job.end >= job.von)
              pExit = Math.max(pExit, 0.7);
            if (rng.chance(pExit))
              exitDay = Math.min(exitDay, monthEnd(monthOfDay(job.von + rng.int(0, 30))));
          }
        }
        if (p.job !== null && p.job.end >= from) anyEmployed = true;
      }
      for (const ch of h.children) {
        const youth = ch.person;
        if (
          youth !== null &&
          ch.leaveHome >= from &&
          ch.leaveHome <= me &&
          youth.from < ch.leaveHome &&
          youth.to === ch.leaveHome - 1 &&
          rng.chance(YOUTH_OWN_BG)
        ) {
          // The person moves on to the new BG; the old BG keeps a finished copy for its rows.
          youth.from = ch.leaveHome;
          youth.to = lastDayBeforeRetirement(youth.birth);
          this.queue.push({
            h: createYouthHousehold(this.ids, rng, youth, leaf),
            entry: ch.leaveHome,
          });
          ch.person = {
            ...youth,
            job: null,
            gb: null,
            measure: null,
            written: true,
            to: ch.leaveHome - 1,
            from: ch.fifteen,
          };
        }
      }
      if (rng.chance((PARAMS.exitHazard[h.hp.type] ?? 0.01) * Math.sqrt(strength)))
        exitDay = Math.min(exitDay, rng.chance(0.6) ? me : rng.int(from, me));
      if (anyEmployed && rng.chance(PARAMS.aufstockerExit[h.hp.type] ?? 0.02))
        exitDay = Math.min(exitDay, me);
      if (exitDay > me && t - lastMove > 2 && from < me && rng.chance(PARAMS.moveHazard)) {
        const d = rng.int(from + 1, me);
        const target = this.mover.target(rng, leaf);
        if (target === null) exitDay = d - 1;
        else {
          const x = rng.float();
          const newStart =
            x < 0.8 ? d : x < 0.9 ? Math.max(start + 1, d - rng.int(1, 14)) : d + rng.int(1, 20);
          periods.push({
            leafId: leaf.id,
            bgId: h.bgId,
            von: start,
            bis: d - 1,
            moneyVon: moneyStart,
          });
          leaf = target;
          start = newStart;
          moneyStart = Math.max(d, newStart);
          lastMove = t;
        }
      }
      if (exitDay <= me) {
        periods.push({
          leafId: leaf.id,
          bgId: h.bgId,
          von: start,
          bis: exitDay,
          moneyVon: moneyStart,
        });
        for (const p of members)
          if (p.measure !== null && p.measure.end > exitDay) p.measure.end = exitDay;
        inBenefit = false;
        lastExit = exitDay;
        exitMonth = t;
        exitDay = NEVER;
      }
    }
    if (inBenefit)
      periods.push({ leafId: leaf.id, bgId: h.bgId, von: start, bis: NEVER, moneyVon: moneyStart });
    writeHousehold(this.rows, h, periods, aeEnd);
    this.money.emit(this.rows, periods, h.kdu);
    for (const p of [h.hp, h.partner, ...h.children.map((ch) => ch.person)])
      if (p !== null) closePerson(this.rows, p);
  }

  /** An adult's job ended this month after the exit: the BG comes back (returns the day) or the person finds the next job. */
  private jobEnded(p: Person | null, ms: number, me: number, lastExit: number): number {
    if (
      p === null ||
      p.to < ms ||
      p.job === null ||
      p.job.end < ms ||
      p.job.end > me ||
      p.job.end <= lastExit
    )
      return NEVER;
    const rng = this.rng;
    if (rng.chance(PARAMS.reentryAfterJobEnd)) return p.job.end + rng.int(1, 45);
    if (rng.chance(PARAMS.followUpJob))
      startJob(rng, this.rows, p, p.job.end + rng.int(1, 90), 0, false);
    return NEVER;
  }

  /** A month out of benefit: a job ending may bring the BG back or lead to the next job. Returns the re-entry day. */
  private outOfBenefit(
    h: Household,
    t: number,
    ms: number,
    me: number,
    lastExit: number,
    exitMonth: number,
  ): number {
    const rng = this.rng;
    let reentry = Math.min(
      this.jobEnded(h.hp, ms, me, lastExit),
      this.jobEnded(h.partner, ms, me, lastExit),
    );
    if (reentry === NEVER && rng.chance(PARAMS.reentryHazard[t - exitMonth <= 24 ? 0 : 1] ?? 0))
      reentry = rng.int(ms, me);
    return reentry;
  }
}
