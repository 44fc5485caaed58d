/**
 * The units a request may see. The tree is small (≈ 600 units for Germany), so it is read whole
 * and filtered in memory by the pure tree functions.
 */
import { readUnitTree } from '../../db/repositories/units.ts';
import type { UnitNode } from '../../domain/units/unit-tree.ts';
import { decide, visibleUnitIds } from '../../domain/access/rights.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';

export interface UnitDirectory {
  nodes: UnitNode[];
  byId: Map<string, UnitNode>;
  /** units the actor may see */
  visible: Set<string>;
}

/**
 * Read once per service context and date: a request (one context) asks for it from every service
 * it calls — monitoring once per target. A context that changes the tree works on a new context.
 */
const loaded = new WeakMap<ServiceContext, Map<string, Promise<UnitDirectory>>>();

export function loadUnitDirectory(
  ctx: ServiceContext,
  date = ctx.now().toISOString().slice(0, 10),
): Promise<UnitDirectory> {
  const byDate = loaded.get(ctx) ?? new Map<string, Promise<UnitDirectory>>();
  loaded.set(ctx, byDate);
  let directory = byDate.get(date);
  if (directory === undefined) {
    directory = readUnitDirectory(ctx, date);
    byDate.set(date, directory);
    directory.catch(() => byDate.delete(date));
  }
  return directory;
}

async function readUnitDirectory(ctx: ServiceContext, date: string): Promise<UnitDirectory> {
  const nodes = await readUnitTree(ctx.db, date);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    nodes,
    byId,
    visible: visibleUnitIds(ctx.actor, { byId }),
  };
}

/**
 * Throws unless the actor may see the unit's data (access/rights.ts 'figures.read': 404 rather
 * than 403 for a unit outside the actor's area, so that its existence is not revealed; 403 for
 * the administration, which sees no figures).
 */
export function requireVisible(directory: UnitDirectory, unitId: string, actor: Actor): UnitNode {
  const node = directory.byId.get(unitId);
  const decision = decide(actor, directory, { kind: 'figures.read', unitId });
  if (!decision.allowed && decision.code === 'forbidden')
    throw new AppError('forbidden', decision.message);
  if (node === undefined || !decision.allowed)
    throw new AppError('not_found', `Einheit ${unitId} nicht gefunden`);
  return node;
}
