/** Who may read the whole audit trail: decided by the domain (access/rights.ts, 'audit.readAll'). */
import { decide } from '../../domain/access/rights.ts';
import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';

/** The decision needs no unit tree: reading the whole trail does not depend on units. */
const NO_UNITS = { byId: new Map() };

export const isAdministrator = (actor: Actor) =>
  decide(actor, NO_UNITS, { kind: 'audit.readAll' }).allowed;

export function requireAdministrator(actor: Actor, what: string): void {
  if (!isAdministrator(actor))
    throw new AppError('forbidden', `${what} sieht nur die Administration`);
}
