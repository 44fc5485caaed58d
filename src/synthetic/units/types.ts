import type { Ebene } from '../../engine/types.ts';

/** One row of the `einheiten` file. */
export interface UnitRow {
  id: string;
  name: string;
  ebene: Ebene;
  parentId: string | null;
}

/** A leaf unit the microdata reference (an örtliches Jobcenter, or a Träger without any). */
export interface Leaf {
  id: string;
  traegerId: string;
  landId: string;
  /** Target eLb stock (persons). */
  size: number;
  /** Log-multiplier on integration hazards: > 0 a stronger labour market. */
  strength: number;
  /** Monthly Unterkunft und Heizung of a one-person BG in 2014, euro. */
  kdu: number;
}

export interface OrgModel {
  units: UnitRow[];
  leaves: Leaf[];
}

/** A Träger as written in the unit tables: size in eLb, optional örtliche Jobcenter with weights. */
export interface TraegerSpec {
  id: string;
  name: string;
  size: number;
  strength: number;
  kdu: number;
  /** Örtliche Jobcenter: [id, name, weight, strength offset]. */
  jobcenter?: readonly (readonly [string, string, number, number])[];
}

/** Adds a Träger (and its örtliche Jobcenter, if any) under `landId` to the model. */
export function addTraeger(model: OrgModel, landId: string, t: TraegerSpec): void {
  model.units.push({ id: t.id, name: t.name, ebene: 'traeger', parentId: landId });
  if (t.jobcenter === undefined || t.jobcenter.length === 0) {
    model.leaves.push({
      id: t.id,
      traegerId: t.id,
      landId,
      size: t.size,
      strength: t.strength,
      kdu: t.kdu,
    });
    return;
  }
  const total = t.jobcenter.reduce((s, j) => s + j[2], 0);
  for (const [id, name, weight, offset] of t.jobcenter) {
    model.units.push({ id, name, ebene: 'jobcenter', parentId: t.id });
    model.leaves.push({
      id,
      traegerId: t.id,
      landId,
      size: (t.size * weight) / total,
      strength: t.strength + offset,
      kdu: t.kdu,
    });
  }
}
