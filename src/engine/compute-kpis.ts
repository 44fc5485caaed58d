/**
 * The Kennzahlen engine: microdata (kennzahlen.md §1) → base quantities (§2, stage 1: DuckDB
 * prepares per-person columns, one TypeScript pass over persons) → Kennzahlen and year values
 * (§3, §4, stage 2 in pure TypeScript), for every unit on every level of the `einheiten` tree,
 * every month of a range, insgesamt/m/w.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { availableParallelism } from 'node:os';
import {
  BASE_QUANTITIES,
  KENNZAHL_IDS,
  SEXES,
  quantityExistsForSex,
} from '../domain/kpi/catalog.ts';
import { computeKennzahl } from '../domain/kpi/kennzahlen.ts';
import { monthFromIndex, monthIndex } from '../domain/shared/month.ts';
import { availabilityOf } from './availability.ts';
import { loadInput } from './input/load-input.ts';
import { startPhaseClock, type PhaseListener } from './input/phase-clock.ts';
import { QuantityCube } from './quantity-cube.ts';
import { readCalendar, StichtagMonths } from './stage1/calendar.ts';
import { readPersonTables } from './stage1/person-tables.ts';
import { runPersonPass, type PassUnits } from './stage1/person-pass.ts';
import { addMoney } from './stage1/money.ts';
import type {
  BaseQuantityRow,
  Einheit,
  KennzahlRow,
  KpiComputeOptions,
  KpiComputeResult,
} from './types.ts';

/** Kennzahlen that exist for `insgesamt` only, because money is not split by sex (§2). */
const MONEY_KENNZAHLEN = new Set(['K1', 'K1E1']);

export const COMPUTE_STEPS = [
  'reading and checking the microdata',
  'reading person histories',
  'following every person through the months',
  'adding up benefits',
  'computing Kennzahlen',
] as const;

/** `onPhase` hears wall time, CPU time and memory of every phase (`kpi compute --timings`). */
export async function computeKpis(
  options: KpiComputeOptions & { onPhase?: PhaseListener },
): Promise<KpiComputeResult> {
  const progress = (step: number) =>
    options.onProgress?.(COMPUTE_STEPS[step]!, step, COMPUTE_STEPS.length);
  const endPhase = startPhaseClock(options.onPhase);
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
  });
  const connection = await instance.connect();
  try {
    progress(0);
    const loaded = await loadInput(connection, options.inputDir, {
      skipInvalid: options.skipInvalid ?? false,
      endPhase,
    });
    const calendar = await readCalendar(connection);
    endPhase('stage 1: calendar');
    progress(1);
    const tables = await readPersonTables(connection);
    endPhase('stage 1: reading person tables');
    progress(2);
    const units = passUnits(loaded.einheiten);
    const cube = new QuantityCube(
      units.parents,
      calendar.first,
      calendar.last,
      availabilityOf(calendar),
    );
    runPersonPass(tables, units, new StichtagMonths(calendar), cube);
    endPhase('stage 1: person pass');
    progress(3);
    await addMoney(connection, cube);
    cube.finish();
    endPhase('stage 1: money and roll-up');
    progress(4);
    const months = { from: monthIndex(options.from), to: monthIndex(options.to) };
    const baseQuantities = baseQuantityRows(loaded.einheiten, cube, months);
    const kennzahlen = kennzahlRows(loaded.einheiten, cube, months);
    endPhase('stage 2: base quantity and Kennzahl rows');
    return {
      einheiten: loaded.einheiten,
      observation: { first: monthFromIndex(calendar.first), last: monthFromIndex(calendar.last) },
      baseQuantities,
      kennzahlen,
      skipped: loaded.skipped,
      inputRows: loaded.inputRows,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Parents by uid (the position in `einheiten`) and the rank of each id in string order. */
function passUnits(einheiten: Einheit[]): PassUnits {
  const uidOf = new Map(einheiten.map((e, uid) => [e.id, uid]));
  const parents = einheiten.map((e) => (e.parentId === null ? -1 : uidOf.get(e.parentId)!));
  const idRank = new Int32Array(einheiten.length);
  einheiten
    .map((e, uid) => ({ id: e.id, uid }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .forEach((e, rank) => {
      idRank[e.uid] = rank;
    });
  return { parents, idRank };
}

interface MonthRange {
  from: number;
  to: number;
}

function baseQuantityRows(
  einheiten: Einheit[],
  cube: QuantityCube,
  months: MonthRange,
): BaseQuantityRow[] {
  const rows: BaseQuantityRow[] = [];
  einheiten.forEach((einheit, uid) => {
    for (let m = months.from; m <= months.to; m++) {
      const monat = monthFromIndex(m);
      for (const geschlecht of SEXES) {
        const lookup = cube.lookup(uid, geschlecht);
        for (const groesse of BASE_QUANTITIES) {
          if (!quantityExistsForSex(groesse, geschlecht)) continue;
          rows.push({
            einheitId: einheit.id,
            monat,
            geschlecht,
            groesse,
            wert: lookup(groesse, m),
          });
        }
      }
    }
  });
  return rows;
}

function kennzahlRows(einheiten: Einheit[], cube: QuantityCube, months: MonthRange): KennzahlRow[] {
  const rows: KennzahlRow[] = [];
  einheiten.forEach((einheit, uid) => {
    for (let m = months.from; m <= months.to; m++) {
      const monat = monthFromIndex(m);
      for (const geschlecht of SEXES) {
        const lookup = cube.lookup(uid, geschlecht);
        for (const kennzahl of KENNZAHL_IDS) {
          if (geschlecht !== 'insgesamt' && MONEY_KENNZAHLEN.has(kennzahl)) continue;
          rows.push({
            einheitId: einheit.id,
            monat,
            geschlecht,
            kennzahl,
            ...computeKennzahl(kennzahl, lookup, m),
          });
        }
      }
    }
  });
  return rows;
}
