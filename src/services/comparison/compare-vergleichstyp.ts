/**
 * A Träger within its SGB II-Vergleichstyp, or against its nearest neighbours when only those
 * are recorded (zielsteuerung.md "Benchmarking": fair comparison is within the type or against
 * neighbours, never a raw national ranking). No total is shown: a type has no Träger of its own.
 */
import {
  buildComparisonTable,
  type VergleichstypComparison,
} from '../../domain/benchmarking/index.ts';
import { MIN_CELL_COUNT } from '../../domain/disclosure/control/index.ts';
import { KENNZAHL_IDS, type Sex } from '../../domain/kpi/catalog.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { listVisibleUnits, type UnitView } from '../units/list-units.ts';
import { loadUnitDirectory, requireVisible } from '../units/unit-directory.ts';
import { latestMonthOf, readComparisonFigures } from './read-figures.ts';
import { comparisonReader } from './visibility.ts';

export interface VergleichstypQuery {
  unit: string;
  month?: string;
  sex: Sex;
  datenstand: 'latest' | number;
}

type Plan = { basis: VergleichstypComparison['basis']; members: UnitView[]; message: string };

function planComparison(unit: UnitView, all: UnitView[]): Plan {
  if (unit.kind !== 'traeger') {
    return {
      basis: null,
      members: [],
      message: `Vergleichstypen gelten für Träger. ${unit.name} ist kein Träger; für örtliche Jobcenter gibt es den kreisinternen Kennzahlenvergleich.`,
    };
  }
  if (unit.vergleichstyp !== null) {
    const members = all
      .filter((u) => u.kind === 'traeger' && u.vergleichstyp === unit.vergleichstyp)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    return {
      basis: 'vergleichstyp',
      members,
      message: `${unit.name} im SGB II-Vergleichstyp ${unit.vergleichstyp}: ${members.length} Träger.`,
    };
  }
  if (unit.neighbours.length > 0) {
    const byId = new Map(all.map((u) => [u.id, u]));
    const members = [unit, ...unit.neighbours.flatMap((id) => byId.get(id) ?? [])];
    return {
      basis: 'nachbarn',
      members,
      message: `${unit.name} und seine ${members.length - 1} nächsten Nachbarn (ähnlichste zuerst).`,
    };
  }
  return {
    basis: null,
    members: [],
    message: `Für ${unit.name} sind weder ein SGB II-Vergleichstyp noch nächste Nachbarn hinterlegt. Der Vergleich innerhalb des Vergleichstyps ist möglich, sobald die Typisierung des IAB geladen ist; bis dahin bietet der kreisinterne Kennzahlenvergleich die örtlichen Jobcenter nebeneinander.`,
  };
}

export function compareWithinVergleichstyp(
  ctx: ServiceContext,
  q: VergleichstypQuery,
): Promise<VergleichstypComparison> {
  return cachedResult(ctx, 'compare-vergleichstyp', q, () => compare(ctx, q));
}

async function compare(
  ctx: ServiceContext,
  q: VergleichstypQuery,
): Promise<VergleichstypComparison> {
  const directory = await loadUnitDirectory(ctx);
  requireVisible(directory, q.unit, ctx.actor);
  const all = await listVisibleUnits(comparisonReader(ctx));
  const unit = all.find((u) => u.id === q.unit)!;
  const plan = planComparison(unit, all);
  const members = plan.members.map((m) => ({ id: m.id, name: m.name }));
  const head = {
    unit: { id: unit.id, name: unit.name },
    vergleichstyp: unit.vergleichstyp,
    basis: plan.basis,
    message: plan.message,
    sex: q.sex,
    datenstand: q.datenstand,
    viewer: { name: ctx.actor.name, microdataRights: ctx.actor.microdataRights },
    members,
    minCellCount: MIN_CELL_COUNT,
  };
  const month =
    members.length === 0 ? null : (q.month ?? (await latestMonthOf(ctx, unit.id, q.datenstand)));
  if (month === null)
    return { ...head, month: null, stand: null, rows: [], suppressedAny: false, note: null };
  const figures = await readComparisonFigures(ctx, {
    unitIds: members.map((m) => m.id),
    month,
    sex: q.sex,
    datenstand: q.datenstand,
  });
  const body = buildComparisonTable({
    kennzahlen: KENNZAHL_IDS,
    month,
    members,
    reference: null,
    figure: figures.figure,
  });
  return { ...head, month, stand: figures.stand, ...body };
}
