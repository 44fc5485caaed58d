/**
 * Editor: add and edit the targets of a draft (or of an agreement in negotiation) with a form per
 * criterion kind; after signing only milestone states. Each save is one edit on the version read;
 * when someone else saved first, the conflict notice says what changed and keeps the edit.
 */
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { STATUS_LABELS } from '../../../../domain/agreements/lifecycle.ts';
import { LifecycleBadge } from '../../../components/lifecycle-badge.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import type { AgreementView } from '../../../lib/types.ts';
import { useAgreement } from '../../agreement/api/use-agreement.ts';
import { useSaveContent, type Conflict } from '../api/use-save-content.ts';
import { nextTargetSlot, type ContentEdit } from '../lib/content-edits.ts';
import { describePartiesEdit } from '../lib/party-edits.ts';
import { marksUnder } from '../lib/review-marks.ts';
import type { EditProblems } from '../lib/validate-edit.ts';
import { AddGoalForm } from './add-goal-form.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { EditorTarget } from './editor-target.tsx';
import { GoalTextSection } from './goal-text-section.tsx';
import { LocalIndicatorsSection } from './local-indicators-section.tsx';
import { useLocalIndicators } from '../api/use-local-indicators.ts';
import { knownIndicators } from '../lib/indicator-draft.ts';
import { DialogueSection, LeadingSections } from './structure-sections.tsx';
import { PartiesSection } from './parties-section.tsx';
import type { SectionContext } from './structure-section.tsx';
import { MilestoneProgressForm } from './milestone-progress-form.tsx';
import { TargetForm, type FormMode } from './target-form.tsx';
import { sideNames } from '../../../lib/agreement-sides.ts';

function describeEdit(edit: ContentEdit): string {
  switch (edit.kind) {
    case 'add-target':
      return `Ziel ${edit.target.id} hinzugefügt`;
    case 'replace-target':
      return `Ziel ${edit.targetId} geändert`;
    case 'remove-target':
      return `Ziel ${edit.targetId} entfernt`;
    case 'add-goal':
      return `Ziel ${edit.goal.number} angelegt`;
    case 'set-structure':
      return `${edit.label} geändert`;
    case 'set-goal':
      return `Titel und Text von Ziel ${edit.goalNumber} geändert`;
    case 'set-parties':
      return describePartiesEdit(edit);
    case 'review':
      return 'Jahresangabe als geprüft vermerkt';
  }
}

export function EditorPage() {
  const { id } = useParams({ from: '/vereinbarungen/$id/bearbeiten' });
  const query = useAgreement(id);
  const { save, busy } = useSaveContent(id);
  const [form, setForm] = useState<FormMode | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [comment, setComment] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [problems, setProblems] = useState<EditProblems | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const listedIndicators = useLocalIndicators();
  const [partyProblems, setPartyProblems] = useState<[EditProblems, number] | null>(null);

  if (query.isPending) return <Loading what="Die Zielvereinbarung" />;
  if (query.isError)
    return (
      <>
        <PageHeading title="Ziele bearbeiten" />
        <ErrorMessage error={query.error} what="Die Zielvereinbarung" />
      </>
    );
  const agreement = query.data;
  const indicators = knownIndicators(agreement.indicators, listedIndicators.data);
  const content = agreement.content;
  // what this user may change: the server's permissions (access/rights.ts)
  const editable = agreement.permissions.edit;
  const progressMode = agreement.permissions.confirmMilestone
    ? 'feststellen'
    : agreement.permissions.proposeMilestone
      ? 'melden'
      : null;
  const progressOnly = !editable && progressMode !== null;

  const open = (mode: FormMode | null) => {
    setForm(mode);
    setFormKey((k) => k + 1);
    setProblems(null);
    setNotice(null);
    setFailure(null);
  };
  const run = async (edit: ContentEdit, onto: AgreementView): Promise<boolean> => {
    setFailure(null);
    const outcome = await save(edit, onto, comment.trim() || null);
    if (outcome.kind === 'saved') {
      setConflict(null);
      setProblems(null);
      setPartyProblems(null);
      if (edit.kind.endsWith('-target')) setForm(null);
      setNotice(`Gespeichert: ${describeEdit(edit)}.`);
      return true;
    }
    if (outcome.kind === 'conflict') setConflict(outcome.conflict);
    else if (outcome.kind === 'invalid' && edit.kind === 'set-parties')
      setPartyProblems([outcome.problems, (partyProblems?.[1] ?? 0) + 1]);
    else if (outcome.kind === 'invalid' && edit.kind.endsWith('-target'))
      setProblems(outcome.problems);
    else if (outcome.kind === 'invalid')
      setFailure(
        [...outcome.problems.general, ...outcome.problems.fields.map((f) => f.message)].join(' '),
      );
    else setFailure(outcome.message);
    return false;
  };
  const marks = agreement.reviewMarks;
  const ctx: SectionContext = {
    content,
    editable,
    busy,
    save: (edit) => run(edit, agreement),
  };

  const name = `${agreement.unit.name} ${agreement.year}`;
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumb">
        <ol>
          <li>
            <Link to="/" search={{ jahr: agreement.year }}>
              Übersicht {agreement.year}
            </Link>
          </li>
          <li>
            <Link to="/vereinbarungen/$id" params={{ id }}>
              Zielvereinbarung {name}
            </Link>
          </li>
          <li>
            <span aria-current="page">Ziele bearbeiten</span>
          </li>
        </ol>
      </nav>
      <PageHeading title={`Ziele bearbeiten: ${name}`} />
      <p className="lead">
        {sideNames(agreement, 0)} mit {sideNames(agreement, 1)} · Fassung {agreement.currentVersion}{' '}
        · <LifecycleBadge status={agreement.status} /> · Bearbeitungsstand {agreement.rowVersion}
      </p>
      {!editable && !progressOnly && (
        <p className="message message-warning">{whyNotEditable(agreement)}</p>
      )}
      {progressOnly && (
        <p className="message">
          Die Zielvereinbarung ist unterzeichnet: ihr Text steht fest.{' '}
          {progressMode === 'melden'
            ? `Sie melden den Stand der Meilensteine; ${agreement.steeringUnit.name} stellt ihn fest.`
            : `Sie stellen den Stand der Meilensteine fest; von ${agreement.unit.name} gemeldete Stände sind vorausgefüllt.`}
        </p>
      )}
      {editable && (
        <p>
          Wenn die Ziele stehen, geht es in der{' '}
          <Link to="/vereinbarungen/$id" params={{ id }}>
            Zielvereinbarung
          </Link>{' '}
          weiter (Angebot abgeben, verhandeln, unterzeichnen).
        </p>
      )}
      <div className="field">
        <label htmlFor="aenderungskommentar">
          Kommentar zu Ihren Änderungen (optional, steht im Änderungsprotokoll)
        </label>
        <input
          id="aenderungskommentar"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div role="status" aria-live="polite">
        {notice !== null && <p className="message message-success">{notice}</p>}
      </div>
      {failure !== null && (
        <p role="alert" className="message message-error">
          {failure}
        </p>
      )}
      {conflict !== null && (
        <ConflictNotice
          conflict={conflict}
          busy={busy}
          onReapply={() => void run(conflict.edit, conflict.current)}
          onDiscard={() => {
            setConflict(null);
            open(null);
          }}
        />
      )}
      <PartiesSection
        ctx={ctx}
        changeable={agreement.permissions.changeParties}
        problems={partyProblems?.[0] ?? null}
        attempt={partyProblems?.[1] ?? 0}
      />
      <LeadingSections ctx={ctx} marks={marks} />
      {content.goals.map((goal, g) => (
        <section key={goal.number} aria-labelledby={`ziel-${goal.number}-kopf`}>
          <h2 id={`ziel-${goal.number}-kopf`}>
            Ziel {goal.number}: {goal.title}
          </h2>
          <GoalTextSection
            ctx={ctx}
            goal={goal}
            marks={marksUnder(marks, `goals.${g}`).filter((m) => !m.path.includes('.target'))}
          />
          <ul className="plain-list">
            {goal.blocks
              .flatMap((block, b) =>
                block.kind === 'ziel'
                  ? [{ target: block.target, at: `goals.${g}.blocks.${b}` }]
                  : [],
              )
              .map(({ target, at }) =>
                form?.kind === 'edit' && form.target.id === target.id ? (
                  <li key={target.id} className="editor-target">
                    {editable ? (
                      <TargetForm
                        key={formKey}
                        content={content}
                        indicators={indicators}
                        mode={form}
                        serverProblems={problems}
                        busy={busy}
                        onSubmit={(edit) => void run(edit, agreement)}
                        onCancel={() => open(null)}
                      />
                    ) : (
                      <MilestoneProgressForm
                        mode={progressMode ?? 'melden'}
                        target={target}
                        busy={busy}
                        onSubmit={(edit) => void run(edit, agreement)}
                        onCancel={() => open(null)}
                      />
                    )}
                  </li>
                ) : (
                  <EditorTarget
                    key={target.id}
                    target={target}
                    goalNumber={goal.number}
                    year={content.year}
                    subject={content.targetSubject}
                    indicators={indicators}
                    editable={editable}
                    progress={progressOnly ? progressMode : null}
                    marks={marksUnder(marks, `${at}.target`)}
                    ctx={ctx}
                    onEdit={() => open({ kind: 'edit', target })}
                    onRemove={() =>
                      void run({ kind: 'remove-target', targetId: target.id }, agreement)
                    }
                  />
                ),
              )}
          </ul>
          {editable &&
            (form?.kind === 'add' && form.goalNumber === goal.number ? (
              <TargetForm
                key={formKey}
                content={content}
                indicators={indicators}
                mode={form}
                serverProblems={problems}
                busy={busy}
                onSubmit={(edit) => void run(edit, agreement)}
                onCancel={() => open(null)}
              />
            ) : (
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  open({
                    kind: 'add',
                    goalNumber: goal.number,
                    ...nextTargetSlot(content, goal.number),
                  })
                }
              >
                Ziel zu Ziel {goal.number} hinzufügen
              </button>
            ))}
        </section>
      ))}
      <DialogueSection ctx={ctx} marks={marks} />
      {editable && <AddGoalForm busy={busy} onSubmit={(edit) => void run(edit, agreement)} />}
      <LocalIndicatorsSection
        mayCreate={agreement.permissions.createIndicator}
        usedIds={agreement.indicators.map((i) => i.id)}
      />
    </>
  );
}

/** Why this user cannot change the text now (German), after the rules of access/rights.ts. */
function whyNotEditable(agreement: AgreementView): string {
  const steering = agreement.steeringUnit.name;
  if (agreement.permissions.party === null)
    return `Sie sehen diese Vereinbarung lesend; ändern können ${steering} und ${agreement.unit.name}.`;
  if (agreement.status === 'in_verhandlung' && agreement.content.signatures.length > 0)
    return 'Die Fassung trägt bereits eine Unterschrift; geändert wird sie erst wieder, wenn die Verhandlung in den Entwurf zurückgeht.';
  if (agreement.status === 'in_verhandlung')
    return `In der Verhandlung hält ${steering} den Text fest; Sie antworten mit einem neuen Angebot (zurück in den Entwurf).`;
  return `Im Status „${STATUS_LABELS[agreement.status]}“ sind die Ziele nicht änderbar. Eine Änderung nach der Unterzeichnung beginnt eine neue Fassung (in der Zielvereinbarung).`;
}
