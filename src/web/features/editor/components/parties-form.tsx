/**
 * The party list of a version: per side its parties with unit, name, short name, role and who
 * represents it; added, removed, moved within their side. Saved as one edit ('set-parties');
 * whether the list is allowed is the server's decision, its messages stand at the fields.
 */
import { useState } from 'react';
import type { AgreementContent, Side } from '../../../../domain/agreements/agreement.ts';
import { SIDES } from '../../../../domain/agreements/parties.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../../domain/units/unit-tree.ts';
import { FieldScope, SelectField, TextField } from '../../../components/form-fields.tsx';
import type { UnitView } from '../../../lib/types.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import {
  addParty,
  draftToParty,
  moveParty,
  partyToDraft,
  type PartyDraft,
} from '../lib/party-drafts.ts';
import type { EditProblems } from '../lib/validate-edit.ts';
import { ErrorSummary } from './error-summary.tsx';
import { SectionForm } from './section-form.tsx';

export const SIDE_HEADINGS: Record<Side, string> = {
  0: 'Steuernde Seite',
  1: 'Zielseite',
};

interface Props {
  content: AgreementContent;
  units: readonly UnitView[];
  /** the server's refusal of the last save of this form (paths relative to `parties`) */
  problems: EditProblems | null;
  /** changes with each refusal, so that the summary takes the focus */
  attempt: number;
  busy: boolean;
  save: (edit: ContentEdit) => Promise<boolean>;
  onClose: () => void;
  /** the sides whose parties may be added, removed or moved (the server decides: changeParties) */
  changeable: readonly Side[];
}

export function PartiesForm({
  content,
  units,
  attempt,
  busy,
  save,
  onClose,
  changeable,
  ...props
}: Props) {
  // a refusal from before the form was opened (then closed with Abbrechen) is not shown again
  const [openedAt] = useState(attempt);
  const problems = attempt > openedAt ? props.problems : null;
  const [list, setList] = useState<PartyDraft[]>(() => content.parties.map(partyToDraft));
  const change = (i: number, patch: Partial<PartyDraft>) =>
    setList(list.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const pickUnit = (i: number, unitId: string) => {
    const unit = units.find((u) => u.id === unitId);
    const d = list[i]!;
    // a new party takes the unit's name until one is typed
    change(i, { unitId, ...(d.name.trim() === '' && unit !== undefined && { name: unit.name }) });
  };
  const submit = () =>
    void save({ kind: 'set-parties', parties: list.map(draftToParty) }).then(
      (saved) => saved && onClose(),
    );
  const errors = new Map(problems?.fields.map((f) => [`parties.${f.path}`, f.message]) ?? []);
  return (
    <FieldScope errors={errors}>
      <SectionForm
        id="vertragspartner-form"
        title="Vertragspartner bearbeiten"
        busy={busy}
        onSubmit={submit}
        onCancel={onClose}
      >
        <ErrorSummary
          fields={problems?.fields.map((f) => ({ ...f, path: `parties.${f.path}` })) ?? []}
          general={problems?.general ?? []}
          focusKey={String(attempt)}
        />
        {SIDES.map((side) => (
          <fieldset key={side}>
            <legend>{SIDE_HEADINGS[side]}</legend>
            {list.map((d, i) =>
              d.side !== side ? null : (
                <PartyFields
                  key={i}
                  draft={d}
                  index={i}
                  number={list.slice(0, i + 1).filter((x) => x.side === side).length}
                  sideCount={list.filter((x) => x.side === side).length}
                  units={units}
                  fixed={!changeable.includes(side)}
                  onChange={(patch) => change(i, patch)}
                  onUnit={(unitId) => pickUnit(i, unitId)}
                  onMove={(by) => setList(moveParty(list, i, by))}
                  onRemove={() => setList(list.filter((_, j) => j !== i))}
                />
              ),
            )}
            {changeable.includes(side) ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setList(addParty(list, side))}
              >
                Vertragspartner hinzufügen ({SIDE_HEADINGS[side]})
              </button>
            ) : (
              <p className="hint">
                Wer auf dieser Seite Vertragspartner ist, bestimmt diese Seite; Namen und Vertretung
                sind hier änderbar.
              </p>
            )}
          </fieldset>
        ))}
      </SectionForm>
    </FieldScope>
  );
}

interface FieldsProps {
  draft: PartyDraft;
  index: number;
  /** its place within its side, from 1 */
  number: number;
  sideCount: number;
  units: readonly UnitView[];
  /** the side's parties are not this user's to change: no other unit, no moving, no removing */
  fixed: boolean;
  onChange: (patch: Partial<PartyDraft>) => void;
  onUnit: (unitId: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function PartyFields({ draft: d, index, number, sideCount, units, fixed, ...on }: FieldsProps) {
  const at = `parties.${index}`;
  const side = SIDE_HEADINGS[d.side];
  const label = `${side}, Vertragspartner ${number}`;
  return (
    <fieldset className="party-fields">
      <legend>
        Vertragspartner {number}
        {d.name.trim() !== '' && `: ${d.name}`}
      </legend>
      <SelectField
        path={`${at}.unitId`}
        label={`Einheit (${label})`}
        value={d.unitId}
        onChange={on.onUnit}
        disabled={fixed}
        required
      >
        <UnitOptions units={units} current={d} />
      </SelectField>
      <TextField
        path={`${at}.name`}
        label={`Name des Vertragspartners (${label})`}
        hint="wie in der Vereinbarung geschrieben"
        value={d.name}
        onChange={(name) => on.onChange({ name })}
        required
      />
      <TextField
        path={`${at}.shortName`}
        label={`Kurzname (${label})`}
        hint="optional, z. B. „MAIS NRW“"
        value={d.shortName}
        onChange={(shortName) => on.onChange({ shortName })}
      />
      <TextField
        path={`${at}.capacity`}
        label={`Funktion (${label})`}
        hint="optional, z. B. „als kommunalem Träger“"
        value={d.capacity}
        onChange={(capacity) => on.onChange({ capacity })}
      />
      <TextField
        path={`${at}.representative.salutation`}
        label={`Anrede der vertretenden Person (${label})`}
        value={d.salutation}
        onChange={(salutation) => on.onChange({ salutation })}
      />
      <TextField
        path={`${at}.representative.office`}
        label={`Amt der vertretenden Person (${label})`}
        value={d.office}
        onChange={(office) => on.onChange({ office })}
        required
      />
      <TextField
        path={`${at}.representative.name`}
        label={`Name der vertretenden Person (${label})`}
        value={d.representative}
        onChange={(representative) => on.onChange({ representative })}
        required
      />
      {!fixed && (
        <div className="button-row">
          {number > 1 && (
            <button type="button" className="button-secondary" onClick={() => on.onMove(-1)}>
              Nach oben ({label})
            </button>
          )}
          {number < sideCount && (
            <button type="button" className="button-secondary" onClick={() => on.onMove(1)}>
              Nach unten ({label})
            </button>
          )}
          <button type="button" className="button-danger" onClick={on.onRemove}>
            Entfernen ({label})
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** The units by kind; the party's own unit also when the list does not hold it. */
function UnitOptions({ units, current }: { units: readonly UnitView[]; current: PartyDraft }) {
  const kinds = [...new Set(units.map((u) => u.kind))];
  const known = current.unitId === '' || units.some((u) => u.id === current.unitId);
  return (
    <>
      <option value="">– Einheit wählen –</option>
      {!known && <option value={current.unitId}>{current.name || current.unitId}</option>}
      {kinds.map((kind: UnitKind) => (
        <optgroup key={kind} label={UNIT_KIND_LABELS[kind]}>
          {units
            .filter((u) => u.kind === kind)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
