/**
 * Adding or editing one target: a form fitted to the criterion's kind, the sentence it produces,
 * and messages at each field — checked with the server's own rules before anything is sent.
 */
import { useState } from 'react';
import type { AgreementContent, Target } from '../../../../domain/agreements/agreement.ts';
import { targetsOf } from '../../../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { ROLE_LABELS } from '../../../../domain/agreements/target-label.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { QUANTITATIVE_KINDS } from '../lib/criterion-draft.ts';
import {
  draftToTarget,
  newTargetDraft,
  targetToDraft,
  type TargetDraft,
} from '../lib/target-draft.ts';
import { validateEdit, type EditProblems } from '../lib/validate-edit.ts';
import { CriterionFields } from './criterion-fields.tsx';
import { ErrorSummary } from './error-summary.tsx';
import {
  CheckboxField,
  FieldScope,
  SelectField,
  TextField,
} from '../../../components/form-fields.tsx';
import { SentencePreview } from './sentence-preview.tsx';
import { SexSplitFields } from './sex-split-fields.tsx';

export type FormMode =
  | { kind: 'add'; goalNumber: string; id: string; role: Target['role'] }
  | { kind: 'edit'; target: Target };

interface Props {
  content: AgreementContent;
  mode: FormMode;
  /** problems the server reported for the last attempt (422) */
  serverProblems: EditProblems | null;
  busy: boolean;
  onSubmit: (edit: ContentEdit) => void;
  onCancel: () => void;
  /** the agreement's local indicators, named in the sentence preview */
  indicators?: readonly LocalIndicator[];
}

const ROLES = (['hauptziel', 'teilziel', 'gesamtziel'] as const).map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
}));
const BLOCKS_HINT = 'Absätze durch eine Leerzeile trennen; Zeilen mit „- “ werden eine Liste.';
const MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

function check(
  content: AgreementContent,
  mode: FormMode,
  draft: TargetDraft,
): { edit: ContentEdit | null; problems: EditProblems } {
  const { target, errors } = draftToTarget(draft);
  if (target === null) return { edit: null, problems: { fields: errors, general: [] } };
  const edit: ContentEdit =
    mode.kind === 'add'
      ? { kind: 'add-target', goalNumber: mode.goalNumber, target }
      : { kind: 'replace-target', targetId: mode.target.id, target };
  return { edit, problems: validateEdit(content, edit, target) };
}

export function TargetForm({
  content,
  mode,
  serverProblems,
  busy,
  onSubmit,
  onCancel,
  indicators,
}: Props) {
  const [draft, setDraft] = useState<TargetDraft>(() =>
    mode.kind === 'edit'
      ? targetToDraft(mode.target, content.year)
      : newTargetDraft(mode.id, mode.role, content.year),
  );
  const [attempts, setAttempts] = useState(0);
  const attempted = attempts > 0;
  const local = attempted ? check(content, mode, draft).problems : { fields: [], general: [] };
  const problems =
    serverProblems !== null && local.fields.length === 0 && local.general.length === 0
      ? serverProblems
      : local;
  const errors = new Map(problems.fields.map((f) => [f.path, f.message]));
  const set = (patch: Partial<TargetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const others = targetsOf(content)
    .filter((t) => mode.kind === 'add' || t.id !== mode.target.id)
    .map((t) => ({ id: t.id, label: `Ziel ${t.id}${t.title ? `: ${t.title}` : ''}` }));
  const quantitative =
    draft.hasCriterion &&
    QUANTITATIVE_KINDS.includes(draft.criterion.kind) &&
    draft.criterion.kind !== 'monitoring';
  const title =
    mode.kind === 'add'
      ? `Neues Ziel in Ziel ${mode.goalNumber}`
      : `Ziel ${mode.target.id} bearbeiten`;

  const submit = () => {
    setAttempts((n) => n + 1);
    const result = check(content, mode, draft);
    if (
      result.edit !== null &&
      result.problems.fields.length === 0 &&
      result.problems.general.length === 0
    )
      onSubmit(result.edit);
  };

  return (
    <FieldScope errors={errors}>
      <form
        className="target-form"
        aria-labelledby="zielformular-titel"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h3 id="zielformular-titel">{title}</h3>
        <p className="required-note">Mit * markierte Angaben sind Pflicht.</p>
        <ErrorSummary
          fields={problems.fields}
          general={problems.general}
          focusKey={`${attempts}-${serverProblems === null ? '' : 'server'}`}
        />
        <div className="field-row">
          <TextField
            path="id"
            label="Kennung"
            hint="z. B. II.5; bleibt über Fassungen und Jahre gleich"
            value={draft.id}
            onChange={(id) => set({ id })}
            required
          />
          <SelectField
            path="role"
            label="Rolle"
            value={draft.role}
            options={ROLES}
            onChange={(role) => set({ role })}
          />
          <TextField
            path="title"
            label="Überschrift (optional)"
            value={draft.title}
            onChange={(t) => set({ title: t })}
          />
        </div>
        <TextField
          path="text"
          label="Text vor dem Kriterium (optional)"
          hint={BLOCKS_HINT}
          multiline
          value={draft.text}
          onChange={(text) => set({ text })}
        />
        <div className="checkbox">
          <input
            type="checkbox"
            id="feld-hasCriterion"
            checked={draft.hasCriterion}
            onChange={(e) => set({ hasCriterion: e.target.checked })}
          />
          <label htmlFor="feld-hasCriterion">Das Ziel hat ein eigenes Kriterium</label>
        </div>
        {draft.hasCriterion && (
          <fieldset>
            <legend>Kriterium</legend>
            <CriterionFields
              draft={draft.criterion}
              prefix="criterion"
              year={content.year}
              otherTargets={others}
              onChange={(criterion) => set({ criterion })}
            />
            <TextField
              path="lead"
              label="Einleitung des Satzes (optional)"
              hint="leer = „Das Ziel ist erreicht,“ je nach Rolle"
              value={draft.lead}
              onChange={(lead) => set({ lead })}
            />
          </fieldset>
        )}
        <SentencePreview
          draft={draft}
          year={content.year}
          subject={content.targetSubject}
          indicators={indicators}
        />
        <TextField
          path="after"
          label="Text nach dem Kriterium (optional)"
          hint={BLOCKS_HINT}
          multiline
          value={draft.after}
          onChange={(after) => set({ after })}
        />
        {quantitative && (
          <SexSplitFields draft={draft} year={content.year} onChange={(split) => set({ split })} />
        )}
        {quantitative && (
          <fieldset>
            <legend>Werte der Planung (optional)</legend>
            <CheckboxField
              path="values.leftOpen"
              label="Zielwert bewusst offen lassen"
              hint="Ein leerer Zielwert heißt „noch zu vereinbaren“; unterzeichnet werden kann nur, wenn er eingetragen oder bewusst offen gelassen ist."
              checked={draft.leftOpen}
              onChange={(leftOpen) => set({ leftOpen })}
            />
            <TextField
              path="values.offer"
              label="Zielwertangebot des Trägers"
              inputMode="decimal"
              value={draft.offer}
              onChange={(offer) => set({ offer })}
            />
            <fieldset>
              <legend>Soll-Verlauf (Monatswerte für das Monitoring)</legend>
              <div className="path-inputs">
                {MONTHS.map((m, i) => (
                  <TextField
                    key={m}
                    path={`values.path.${i}`}
                    label={m}
                    inputMode="decimal"
                    value={draft.path[i] ?? ''}
                    onChange={(v) => set({ path: draft.path.map((x, j) => (j === i ? v : x)) })}
                  />
                ))}
              </div>
            </fieldset>
          </fieldset>
        )}
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? 'Wird gespeichert …' : 'Ziel speichern'}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            Abbrechen
          </button>
        </div>
      </form>
    </FieldScope>
  );
}
