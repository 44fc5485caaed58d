/**
 * Reading figures for "latest" or a given Datenstand (repositories/values.ts says what latest
 * means), for the units the actor may see.
 */
import { listDatenstandRows, selectValues } from '../../db/repositories/values.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory, requireVisible } from '../units/unit-directory.ts';
import type { MetricKind, ValueRow } from './value-row.ts';

export interface ValueQuery {
  unitIds: string[];
  kind: MetricKind;
  metrics: string[];
  sex?: ValueRow['sex'][];
  from: string;
  to: string;
  /** 'latest' or the id of one Datenstand */
  datenstand: 'latest' | number;
}

export interface StoredValue extends ValueRow {
  datenstandId: number;
  stand: string;
  source: string;
}

export async function queryValues(ctx: ServiceContext, q: ValueQuery): Promise<StoredValue[]> {
  const directory = await loadUnitDirectory(ctx);
  for (const id of q.unitIds) requireVisible(directory, id, ctx.actor);
  const rows = await selectValues(ctx.db, q);
  return rows.map((r) => ({ ...r, sex: r.sex as ValueRow['sex'] }));
}

/** The Datenstände with figures of units the user sees (others are not revealed). */
export async function listDatenstaende(ctx: ServiceContext) {
  const directory = await loadUnitDirectory(ctx);
  return listDatenstandRows(ctx.db, [...directory.visible]);
}
