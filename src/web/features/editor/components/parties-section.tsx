/** The parties of the agreement per side on the editor page; with edit rights, their form. */
import type { Party, Side } from '../../../../domain/agreements/agreement.ts';
import { partiesOfSide, SIDES } from '../../../../domain/agreements/parties.ts';
import { usePartyUnits } from '../api/use-party-units.ts';
import type { EditProblems } from '../lib/validate-edit.ts';
import { PartiesForm, SIDE_HEADINGS } from './parties-form.tsx';
import { StructureSection, type SectionContext } from './structure-section.tsx';

interface Props {
  ctx: SectionContext;
  problems: EditProblems | null;
  attempt: number;
  /** the sides whose parties this user may change: the server's permission changeParties */
  changeable: readonly Side[];
}

export function PartiesSection({ ctx, problems, attempt, changeable }: Props) {
  // asked only with edit rights: the organisations are there to pick a party from
  const units = usePartyUnits(ctx.editable);
  return (
    <StructureSection
      id="vertragspartner"
      heading="Vertragspartner"
      editLabel="Vertragspartner bearbeiten"
      ctx={ctx}
      marks={[]}
      renderForm={(close) => (
        <PartiesForm
          content={ctx.content}
          units={units.data ?? []}
          changeable={changeable}
          problems={problems}
          attempt={attempt}
          busy={ctx.busy}
          save={ctx.save}
          onClose={close}
        />
      )}
    >
      {SIDES.map((side) => (
        <div key={side}>
          <h3>{SIDE_HEADINGS[side]}</h3>
          <ul className="plain-list">
            {partiesOfSide(ctx.content, side).map(({ party }) => (
              <li key={party.unitId}>
                <PartyLine party={party} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </StructureSection>
  );
}

function PartyLine({ party }: { party: Party }) {
  const r = party.representative;
  return (
    <p>
      <strong>{party.name}</strong>
      {party.shortName !== null && <> ({party.shortName})</>}
      {party.capacity !== null && <> {party.capacity}</>}
      <br />
      vertreten durch {[r.salutation, r.office, r.name].filter((x) => x !== '').join(' ')}
    </p>
  );
}
