/**
 * The services' one door to the rights decision (src/domain/access/rights.ts): load the unit
 * tree, ask the domain, and turn a refusal into an AppError with the domain's German message.
 */
import type { AgreementContent } from '../domain/agreements/agreement.ts';
import { signedParties } from '../domain/agreements/lifecycle.ts';
import { decide, type AgreementFacts, type Operation } from '../domain/access/rights.ts';
import type { AgreementRow } from '../db/repositories/agreements.ts';
import type { ServiceContext } from './context.ts';
import { AppError } from './errors.ts';
import { loadUnitDirectory, type UnitDirectory } from './units/unit-directory.ts';

/** Throws unless the acting user may do `operation`; returns the unit directory it decided on. */
export async function authorize(ctx: ServiceContext, operation: Operation): Promise<UnitDirectory> {
  const directory = await loadUnitDirectory(ctx);
  const decision = decide(ctx.actor, directory, operation);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  return directory;
}

/** True when the acting user may do `operation` (for filtering lists). */
export async function may(ctx: ServiceContext, operation: Operation): Promise<boolean> {
  return decide(ctx.actor, await loadUnitDirectory(ctx), operation).allowed;
}

/**
 * What the rights decision needs to know of an agreement (signatures: of the current version).
 * The parties come from the row (in step with the content: party-change.ts), so reading needs no content.
 */
export function agreementFacts(row: AgreementRow, content?: AgreementContent): AgreementFacts {
  return {
    unitId: row.unitId,
    steeringUnitId: row.steeringUnitId,
    year: row.year,
    status: row.status,
    parties: row.parties,
    signedBy: content === undefined ? [] : signedParties(content),
  };
}
