/**
 * The split of a target by sex (zielsteuerung.md: sex-specific Integrationsquoten): a criterion
 * for the women and one for the men, and the domain's findings on how they fit the total
 * (sex-split.ts). Reference values and denominators are figures the editor does not load, so a
 * sum of counts is checked here and a quota's weighting in the monitoring (monitor-split.ts).
 */
import { checkSexSplit } from '../../../../domain/agreements/sex-split.ts';
import { CheckboxField } from '../../../components/form-fields.tsx';
import type { CriterionDraft } from '../lib/criterion-draft.ts';
import { draftToTarget, SPLIT_SEXES, type TargetDraft } from '../lib/target-draft.ts';
import { CriterionFields } from './criterion-fields.tsx';

const PART_LEGENDS = { w: 'Teilziel der Frauen', m: 'Teilziel der Männer' } as const;
const KINDS = ['relative_aenderung', 'absolut', 'keine_erhoehung'] as const;

interface Props {
  draft: TargetDraft;
  year: number;
  onChange: (split: TargetDraft['split']) => void;
}

function findings(draft: TargetDraft): string[] {
  const { target } = draftToTarget(draft);
  if (target?.criterion == null || target.split === null) return [];
  return checkSexSplit({ total: target.criterion, split: target.split });
}

export function SexSplitFields({ draft, year, onChange }: Props) {
  const { split } = draft;
  const setPart = (sex: 'w' | 'm', part: CriterionDraft) =>
    onChange({ ...split, parts: { ...split.parts, [sex]: part } });
  const found = split.enabled ? findings(draft) : [];
  return (
    <fieldset>
      <legend>Aufteilung nach Geschlecht (optional)</legend>
      <CheckboxField
        path="split.enabled"
        label="Ziel nach Geschlecht aufteilen (Teilziele für Frauen und Männer)"
        checked={split.enabled}
        onChange={(enabled) => onChange({ ...split, enabled })}
      />
      {split.enabled &&
        SPLIT_SEXES.map((sex, i) => (
          <fieldset key={sex}>
            <legend>{PART_LEGENDS[sex]}</legend>
            <CriterionFields
              draft={split.parts[sex]}
              prefix={`split.parts.${i}.criterion`}
              year={year}
              otherTargets={[]}
              kinds={KINDS}
              onChange={(part) => setPart(sex, part)}
            />
          </fieldset>
        ))}
      {split.enabled && (
        <div aria-live="polite" className="split-findings">
          <p className="label">Prüfung der Aufteilung gegen das Gesamtziel:</p>
          {found.length === 0 ? (
            <p data-testid="aufteilung-pruefung">Die Teilziele passen zum Gesamtziel.</p>
          ) : (
            <ul data-testid="aufteilung-pruefung">
              {found.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
