/**
 * A change of the party list while the text may be edited (Entwurf; in Verhandlung before the
 * first signature): a party of any kind may join a side or leave it, e.g. the Agentur für Arbeit
 * beside the kommunale Träger on the steering side of a gE (§ 48b Abs. 1 S. 1 Nr. 2/3 SGB II).
 * The first party of each side stays: it is the agreement's steering unit and target unit (the
 * row's `steeringUnitId`/`unitId`, one agreement per pair and year), on which the cascade, the
 * overview and the rights of the other users rest.
 */
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { partiesOfSide, SIDES, sidesWithChangedParties } from '../../domain/agreements/parties.ts';
import type { PartyFacts } from '../../domain/access/rights-model.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import type { AgreementRow } from './agreement-store.ts';

const factsOf = (content: AgreementContent): PartyFacts[] =>
  content.parties.map((p) => ({ unitId: p.unitId, side: p.side }));

/** The row's new parties when the list changed (null: unchanged); refuses what may not change. */
export async function checkPartyChange(
  ctx: ServiceContext,
  row: Pick<AgreementRow, 'steeringUnitId' | 'unitId'>,
  before: AgreementContent,
  after: AgreementContent,
): Promise<PartyFacts[] | null> {
  if (sidesWithChangedParties(before, after).length === 0) return null;
  // a signature names its party by index: the list would shift under it
  if (before.signatures.length > 0)
    throw new AppError(
      'validation',
      'Die Fassung trägt bereits Unterschriften; die Vertragspartner sind nicht mehr änderbar',
      [{ path: 'content.parties', message: 'nach der ersten Unterschrift nicht änderbar' }],
    );
  const directory = await loadUnitDirectory(ctx);
  after.parties.forEach((p, i) => {
    if (!directory.byId.has(p.unitId))
      throw new AppError('validation', `unbekannte Einheit ${p.unitId}`, [
        { path: `content.parties.${i}.unitId`, message: `Die Einheit ${p.unitId} gibt es nicht.` },
      ]);
  });
  for (const side of SIDES) {
    const ofSide = side === 0 ? 'steuernden Seite' : 'Zielseite';
    const fixed = side === 0 ? row.steeringUnitId : row.unitId;
    const first = partiesOfSide(after, side)[0];
    if (first?.party.unitId !== fixed) {
      const name = before.parties.find((p) => p.unitId === fixed)?.name ?? fixed;
      throw new AppError(
        'validation',
        `${name} bleibt erster Vertragspartner der ${ofSide}: wessen Vereinbarung es ist, steht mit dem Anlegen fest.`,
        [
          {
            path: first === undefined ? 'content.parties' : `content.parties.${first.index}.unitId`,
            message: `${name} bleibt an erster Stelle der ${ofSide}.`,
          },
        ],
      );
    }
  }
  return factsOf(after);
}
