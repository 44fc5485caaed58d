/** Formats the rows of the §1 files (kennzahlen.md) and the internal BG money segments. */
import { isoDate, LAST_DAY } from './dates.ts';
import type { Job, Participation, Person, Spell } from './household.ts';
import { LineSink } from './sink.ts';
import { join } from 'node:path';

export const ART = ['svb', 'ausbildung', 'selbstaendig'] as const;

export const HEADERS = {
  personen: 'person_id,geschlecht,geburtsdatum',
  elb_zeiten: 'person_id,einheit_id,bg_id,von,bis,alleinerziehend',
  beschaeftigungen: 'person_id,art,von,bis',
  massnahmen: 'person_id,kategorie,instrument,von,bis',
  /** Internal: one row per BG, leaf and stretch of constant composition and income (→ leistungen). */
  segmente: 'bg_id,einheit_id,von,bis,rbs1,rbs2,rbs3,rbs4,rbs5,rbs6,mehrbedarf_pct,einkommen,kdu',
} as const;

export type RowFile = keyof typeof HEADERS;

function bis(end: number): string {
  return end > LAST_DAY ? '' : isoDate(end);
}

export class Rows {
  readonly sinks: Record<RowFile, LineSink>;

  /** `dirOf` says where each file goes (the segments are temporary). */
  constructor(dirOf: (name: RowFile) => string) {
    const make = (name: RowFile): LineSink =>
      new LineSink(join(dirOf(name), `${name}.csv`), HEADERS[name]);
    this.sinks = {
      personen: make('personen'),
      elb_zeiten: make('elb_zeiten'),
      beschaeftigungen: make('beschaeftigungen'),
      massnahmen: make('massnahmen'),
      segmente: make('segmente'),
    };
  }

  person(p: Person): void {
    if (p.written) return;
    p.written = true;
    this.sinks.personen.line(`${p.id},${p.sex === 0 ? 'm' : 'w'},${isoDate(p.birth)}`);
  }

  elb(p: Person, leafId: string, bgId: string, von: number, end: number, ae: boolean): void {
    this.sinks.elb_zeiten.line(
      `${p.id},${leafId},${bgId},${isoDate(von)},${bis(end)},${ae ? 1 : 0}`,
    );
  }

  job(p: Person, job: Job): void {
    if (job.von <= LAST_DAY && job.end >= job.von)
      this.sinks.beschaeftigungen.line(
        `${p.id},${ART[job.art]},${isoDate(job.von)},${bis(job.end)}`,
      );
  }

  gb(p: Person, gb: Spell): void {
    if (gb.von <= LAST_DAY && gb.end >= gb.von)
      this.sinks.beschaeftigungen.line(`${p.id},geringfuegig,${isoDate(gb.von)},${bis(gb.end)}`);
  }

  measure(p: Person, m: Participation): void {
    if (m.von <= LAST_DAY && m.end >= m.von)
      this.sinks.massnahmen.line(
        `${p.id},${m.instrument.kategorie},${m.instrument.code},${isoDate(m.von)},${bis(m.end)}`,
      );
  }

  /** `comp` = counts of Regelbedarfsstufen 1…6 in the BG. */
  segment(
    bgId: string,
    leafId: string,
    von: number,
    end: number,
    comp: readonly number[],
    mehrbedarfPct: number,
    income: number,
    kdu: number,
  ): void {
    this.sinks.segmente.line(
      `${bgId},${leafId},${isoDate(von)},${isoDate(end)},${comp.join(',')},${mehrbedarfPct},${income},${kdu}`,
    );
  }

  get needsFlush(): boolean {
    return Object.values(this.sinks).some((s) => s.needsFlush);
  }

  async flush(): Promise<void> {
    for (const s of Object.values(this.sinks)) await s.flush();
  }

  async close(): Promise<void> {
    for (const s of Object.values(this.sinks)) await s.close();
  }
}
