/** The form fitted to each kind of criterion; a composite rule is a quantitative criterion itself. */
import { CRITERION_KIND_LABELS } from '../../../../domain/agreements/criterion-labels.ts';
import { CRITERION_KINDS, type CriterionKind } from '../../../../domain/agreements/criteria.ts';
import {
  emptyCriterionDraft,
  QUANTITATIVE_KINDS,
  type CriterionDraft,
} from '../lib/criterion-draft.ts';
import { CheckboxGroup, SelectField, TextField } from '../../../components/form-fields.tsx';
import { MilestoneFields, StatisticalFields } from './qualitative-fields.tsx';
import { QuantitativeFields } from './quantitative-fields.tsx';

interface Props {
  draft: CriterionDraft;
  prefix: string;
  year: number;
  /** other targets of the agreement, for the parts of a composite */
  otherTargets: readonly { id: string; label: string }[];
  onChange: (draft: CriterionDraft) => void;
  kinds?: readonly CriterionKind[];
}

const COMBINE = [
  { value: 'alle', label: 'alle Teilziele erreicht' },
  { value: 'eines', label: 'mindestens ein Teilziel erreicht' },
  { value: 'regel', label: 'eine eigene Regel' },
] as const;

export function CriterionFields({
  draft,
  prefix,
  year,
  otherTargets,
  onChange,
  kinds = CRITERION_KINDS,
}: Props) {
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...draft, ...patch });
  const kindOptions = kinds.map((k) => ({ value: k, label: CRITERION_KIND_LABELS[k] }));
  return (
    <>
      <SelectField
        path={`${prefix}.kind`}
        label="Art des Kriteriums"
        value={draft.kind}
        options={kindOptions}
        onChange={(kind) => set({ kind })}
      />
      {QUANTITATIVE_KINDS.includes(draft.kind) && (
        <QuantitativeFields draft={draft} prefix={prefix} set={set} />
      )}
      {(draft.kind === 'meilenstein' || draft.kind === 'qualitativ') && (
        <MilestoneFields draft={draft} prefix={prefix} set={set} />
      )}
      {draft.kind === 'statistisch' && (
        <StatisticalFields draft={draft} prefix={prefix} set={set} />
      )}
      {draft.kind === 'zusammengesetzt' && (
        <>
          <CheckboxGroup
            path={`${prefix}.parts`}
            label="Teilziele"
            options={otherTargets.map((t) => ({ value: t.id, label: t.label }))}
            selected={draft.parts}
            onChange={(parts) => set({ parts })}
          />
          <SelectField
            path={`${prefix}.combine`}
            label="Erreicht, wenn"
            value={draft.combine}
            options={COMBINE}
            onChange={(combine) =>
              set({
                combine,
                rule:
                  combine === 'regel'
                    ? (draft.rule ?? emptyCriterionDraft(year, 'relative_aenderung'))
                    : draft.rule,
              })
            }
          />
          {draft.combine === 'regel' && (
            <>
              <TextField
                path={`${prefix}.ruleText`}
                label="Regel im Wortlaut (optional)"
                multiline
                value={draft.ruleText}
                onChange={(ruleText) => set({ ruleText })}
              />
              {draft.rule !== null && (
                <fieldset>
                  <legend>Regel, nach der entschieden wird</legend>
                  <CriterionFields
                    draft={draft.rule}
                    prefix={`${prefix}.rule`}
                    year={year}
                    otherTargets={otherTargets}
                    onChange={(rule) => set({ rule })}
                    kinds={['relative_aenderung', 'absolut', 'keine_erhoehung']}
                  />
                </fieldset>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
