/** Who signs for each party, where and when (every party signs, lifecycle.ts). */
import type { AgreementContent, Signature } from '../../../../domain/agreements/agreement.ts';
import { partyLabel } from '../../../../domain/agreements/parties.ts';

export function defaultSignatures(content: AgreementContent, today: string): Signature[] {
  return content.parties.map((p, party) => {
    const existing = content.signatures.find((s) => s.party === party);
    return (
      existing ?? {
        party,
        place: '',
        date: today,
        capacityLine: null,
        signatory: p.representative.name,
      }
    );
  });
}

export const partyNameOf = (content: AgreementContent, index: number): string => {
  const party = content.parties[index];
  return party === undefined ? `Vertragspartner ${index + 1}` : partyLabel(party);
};

interface Props {
  content: AgreementContent;
  signatures: Signature[];
  onChange: (signatures: Signature[]) => void;
}

export function SignatureFields({ content, signatures, onChange }: Props) {
  const update = (i: number, patch: Partial<Signature>) =>
    onChange(signatures.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      {signatures.map((s, i) => (
        <fieldset key={s.party}>
          <legend>Unterschrift für {partyNameOf(content, s.party)}</legend>
          <div className="field">
            <label htmlFor={`sig-${i}-ort`}>Ort</label>
            <input
              id={`sig-${i}-ort`}
              value={s.place}
              required
              onChange={(e) => update(i, { place: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`sig-${i}-datum`}>Datum</label>
            <input
              id={`sig-${i}-datum`}
              type="date"
              value={s.date}
              required
              onChange={(e) => update(i, { date: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`sig-${i}-name`}>Unterzeichnet von</label>
            <input
              id={`sig-${i}-name`}
              value={s.signatory}
              required
              onChange={(e) => update(i, { signatory: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`sig-${i}-zeile`}>Zeichnungszeile (optional)</label>
            <input
              id={`sig-${i}-zeile`}
              value={s.capacityLine ?? ''}
              placeholder="z. B. In Vertretung"
              onChange={(e) =>
                update(i, { capacityLine: e.target.value === '' ? null : e.target.value })
              }
            />
          </div>
        </fieldset>
      ))}
    </>
  );
}
