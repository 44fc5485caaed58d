/**
 * The party list of a version as one edit: the whole list as the user left it (added, changed,
 * removed, reordered parties), side 0 first. Applied to the content as it is at save time, so that
 * after a conflict (409) the list goes onto the current version and everything else stays as it
 * is now. Whether the list is allowed (one party per side at least, no unit twice, who may change
 * it) is the server's decision (contracts, parties.ts, update-content.ts).
 */
import type { AgreementContent, Party } from '../../../../domain/agreements/agreement.ts';
import { SIDES, sidesLabel } from '../../../../domain/agreements/parties.ts';

export interface PartiesEdit {
  kind: 'set-parties';
  parties: Party[];
}

export type PartiesResult = { ok: true; content: AgreementContent } | { ok: false; reason: string };

export function applyPartiesEdit(content: AgreementContent, edit: PartiesEdit): PartiesResult {
  // a signature names its party by index: with signatures the list would shift under them
  if (content.signatures.length > 0)
    return {
      ok: false,
      reason:
        'Die Fassung trägt bereits Unterschriften; die Vertragspartner ändern sich erst wieder, wenn die Verhandlung in den Entwurf zurückgeht.',
    };
  const next = structuredClone(content);
  // side 0 first, each side in the order the user gave (parties.ts)
  next.parties = SIDES.flatMap((side) =>
    structuredClone(edit.parties.filter((p) => p.side === side)),
  );
  return { ok: true, content: next };
}

/** "Vertragspartner geändert: Agentur für Arbeit Coesfeld und Kreis Borken – Stadt Ahaus" */
export function describePartiesEdit(edit: PartiesEdit): string {
  return `Vertragspartner geändert: ${sidesLabel(edit)}`;
}
