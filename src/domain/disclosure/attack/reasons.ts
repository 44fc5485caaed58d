/**
 * What the marks of withheld figures say (the API gives the reason): a base quantity withheld
 * as `kleine_zahl` is 1 or 2; one withheld as `rueckrechnung` protects another and is not 1 or 2;
 * a Kennzahl withheld as `kleine_zahl` rests on at least one count of 1 or 2 — once all its other
 * counts are known not to be small, that one is.
 */
import type { BaseQuantity, Sex } from '../../kpi/catalog.ts';
import { between, type Constraint } from './constraint.ts';
import { countRange, type CountExpression } from './count-basis.ts';
import { kennzahlEntries } from './kennzahl-entries.ts';
import { Knowledge } from './knowledge.ts';
import { PERSON_QUANTITIES, type Model } from './model.ts';
import { AVERAGED_RATES } from './channels/parts.ts';

/** Shown base quantities and the marks of withheld ones, into the attacker's first knowledge. */
export function observe(model: Model, useReasons: boolean): Knowledge {
  const k = new Knowledge();
  const { facts } = model;
  for (const unitId of facts.unitIds)
    for (const sex of model.sexes)
      for (const q of PERSON_QUANTITIES)
        for (const m of facts.months()) {
          const entry = facts.base(unitId, sex, q, m);
          if (entry === undefined) continue;
          const cell = model.cell(unitId, sex, q, m);
          if (entry.shown !== null) k.tighten(cell, entry.shown.value!, entry.shown.value!);
          else if (useReasons && entry.reasons.includes('kleine_zahl')) k.tighten(cell, 1, 2);
          else if (useReasons && entry.reasons.includes('rueckrechnung')) k.excludeSmall(cell);
        }
  if (useReasons) excludeSmallCounts(model, k);
  return k;
}

/**
 * Counts that the protection withheld to protect another are not 1 or 2: those of a Kennzahl
 * withheld as `rueckrechnung`. (A shown Kennzahl sends its counts: an averaged rate, since
 * contract version 2, its Σ12 flows and Σ12 stocks.)
 */
function excludeSmallCounts(model: Model, k: Knowledge): void {
  for (const { entry, counts } of kennzahlEntries(model)) {
    if (entry.shown !== null || !entry.reasons.includes('rueckrechnung')) continue;
    for (const e of counts)
      if (e.terms.length === 1 && e.scale === 1) k.excludeSmall(e.terms[0]![0]);
  }
}

function knownNotSmall(k: Knowledge, e: CountExpression): boolean {
  if (e.terms.length === 1 && e.scale === 1 && k.notSmall[e.terms[0]![0]]) return true;
  const [lo, hi] = countRange(k, e);
  return hi <= 0 || lo >= 3 * e.scale;
}

/**
 * The withheld Kennzahlen whose small count is now the only one it can be: 1 ≤ Σ ≤ 3·scale − 1.
 * Averaged rates only where their twelve months of flows exist (else the protection withholds
 * them for want of the flows, not for a small count).
 */
export function reasonConstraints(model: Model, k: Knowledge, given: Set<string>): Constraint[] {
  const out: Constraint[] = [];
  for (const { key, entry, unitId, sex, id, month, counts } of kennzahlEntries(model)) {
    if (entry.shown !== null || !entry.reasons.includes('kleine_zahl') || given.has(key)) continue;
    const flow = AVERAGED_RATES[id]?.[0];
    if (flow !== undefined && !eventsComplete(model, unitId, sex, flow, month)) continue;
    const open = counts.filter((e) => !knownNotSmall(k, e));
    if (open.length !== 1) continue;
    given.add(key);
    out.push(between('reasons', open[0]!.terms, 1, 3 * open[0]!.scale - 1));
  }
  return out;
}

/** the twelve months of a flow exist: fetched, or inside the fetched months where none were */
export function eventsComplete(
  model: Model,
  unitId: string,
  sex: Sex,
  flow: BaseQuantity,
  m: number,
): boolean {
  for (let k = m - 11; k <= m; k++) {
    if (k < model.facts.first) return false;
    if (model.facts.base(unitId, sex, flow, k)?.missing === true) return false;
  }
  return true;
}
