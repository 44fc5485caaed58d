/**
 * The structural texts around the targets: marks of the agreement's head (title, introduction,
 * documents), Präambel, Schwerpunkte and the goals' heading and introduction before the goals;
 * the dialogue clause after them.
 */
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import { marksUnder } from '../lib/review-marks.ts';
import { FocusAreasForm } from './focus-areas-form.tsx';
import { ReviewNotes } from './review-notes.tsx';
import { StructureSection, TextBlocks, type SectionContext } from './structure-section.tsx';
import { TitledBlocksForm } from './titled-blocks-form.tsx';

const HEAD = ['title', 'legalBasis', 'introduction', 'references', 'annexes', 'targetSubject'];

export function LeadingSections({ ctx, marks }: { ctx: SectionContext; marks: ReviewMark[] }) {
  const { content } = ctx;
  return (
    <>
      <ReviewNotes
        marks={marksUnder(marks, ...HEAD)}
        content={content}
        editable={ctx.editable}
        busy={ctx.busy}
        onReviewed={(paths) => void ctx.save({ kind: 'review', paths })}
      />
      <StructureSection
        id="praeambel"
        heading="Präambel"
        editLabel="Präambel bearbeiten"
        ctx={ctx}
        marks={marksUnder(marks, 'preamble')}
        renderForm={(close) => (
          <TitledBlocksForm
            id="praeambel-form"
            formTitle="Präambel bearbeiten"
            path="preamble"
            legend="Text der Präambel"
            blocks={content.preamble}
            busy={ctx.busy}
            onClose={close}
            onSave={(_, preamble) =>
              ctx.save({ kind: 'set-structure', label: 'Präambel', patch: { preamble } })
            }
          />
        )}
      >
        <TextBlocks blocks={content.preamble} />
      </StructureSection>
      <StructureSection
        id="schwerpunkte"
        heading={content.focusAreasTitle}
        editLabel="Schwerpunkte bearbeiten"
        ctx={ctx}
        marks={marksUnder(marks, 'focusAreasTitle', 'focusAreas')}
        renderForm={(close) => (
          <FocusAreasForm content={content} busy={ctx.busy} save={ctx.save} onClose={close} />
        )}
      >
        {content.focusAreas.map((area) => (
          <div key={area.number}>
            <h3>
              {area.number}. {area.title}
            </h3>
            <TextBlocks blocks={area.text} />
          </div>
        ))}
      </StructureSection>
      <StructureSection
        id="ziele-einleitung"
        heading={content.goalsTitle}
        editLabel="Überschrift und Einleitung der Ziele bearbeiten"
        ctx={ctx}
        marks={marksUnder(marks, 'goalsTitle', 'goalsIntro')}
        renderForm={(close) => (
          <TitledBlocksForm
            id="ziele-einleitung-form"
            formTitle="Überschrift und Einleitung der Ziele bearbeiten"
            path="goalsIntro"
            heading={{ label: 'Überschrift der Ziele', value: content.goalsTitle }}
            legend="Einleitung der Ziele"
            blocks={content.goalsIntro}
            busy={ctx.busy}
            onClose={close}
            onSave={(goalsTitle, goalsIntro) =>
              ctx.save({
                kind: 'set-structure',
                label: 'Einleitung der Ziele',
                patch: { goalsTitle, goalsIntro },
              })
            }
          />
        )}
      >
        <TextBlocks blocks={content.goalsIntro} />
      </StructureSection>
    </>
  );
}

export function DialogueSection({ ctx, marks }: { ctx: SectionContext; marks: ReviewMark[] }) {
  const { content } = ctx;
  return (
    <StructureSection
      id="dialoge"
      heading={content.dialogueTitle}
      editLabel="Dialogklausel bearbeiten"
      ctx={ctx}
      marks={marksUnder(marks, 'dialogueTitle', 'dialogueClause')}
      renderForm={(close) => (
        <TitledBlocksForm
          id="dialoge-form"
          formTitle="Dialogklausel bearbeiten"
          path="dialogueClause"
          heading={{ label: 'Überschrift der Dialoge', value: content.dialogueTitle }}
          legend="Dialogklausel"
          blocks={content.dialogueClause}
          busy={ctx.busy}
          onClose={close}
          onSave={(dialogueTitle, dialogueClause) =>
            ctx.save({
              kind: 'set-structure',
              label: 'Dialogklausel',
              patch: { dialogueTitle, dialogueClause },
            })
          }
        />
      )}
    >
      <TextBlocks blocks={content.dialogueClause} />
    </StructureSection>
  );
}
