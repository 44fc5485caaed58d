/** Who may read the whole audit trail: the administration (role 'administration'). */
import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';

export const isAdministrator = (actor: Actor) => actor.role === 'administration';

export function requireAdministrator(actor: Actor, what: string): void {
  if (!isAdministrator(actor))
    throw new AppError('forbidden', `${what} sieht nur die Administration`);
}
