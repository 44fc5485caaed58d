/**
 * The structural texts around the targets: marks of the agreement's head (title, introduction,
 * documents), Präambel, Schwerpunkte and the goals' heading and introduction before the goals;
 * the dialogue clause after them.
 */
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import { marksUnder } from '../lib/review-marks.ts';
import { FocusAreasForm } from './focus-areas-form.tsx';
import { SectionReviewNotes } from './review-notes.tsx';
import { StructureSection, TextBlocks, type SectionContext } from './structure-section.tsx';
import { TitledBlocksForm } from './titled-blocks-form.tsx';

const HEAD = ['title', 'legalBasis', 'introduction', 'references', 'annexes', 'targetSubject'];

export function LeadingSections({ ctx, marks }: { ctx: SectionContext; marks: ReviewMark[] }) {
  const { content } = ctx;
  return (
    <>
      <SectionReviewNotes ctx={ctx} marks={marksUnder(marks, ...HEAD)} />
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
      <HeadedTextSection
        ctx={ctx}
        marks={marks}
        id="ziele-einleitung"
        name="Überschrift und Einleitung der Ziele"
        savedAs="Einleitung der Ziele"
        headingKey="goalsTitle"
        headingLabel="Überschrift der Ziele"
        blocksKey="goalsIntro"
        legend="Einleitung der Ziele"
      />
    </>
  );
}

export function DialogueSection({ ctx, marks }: { ctx: SectionContext; marks: ReviewMark[] }) {
  return (
    <HeadedTextSection
      ctx={ctx}
      marks={marks}
      id="dialoge"
      name="Dialogklausel"
      savedAs="Dialogklausel"
      headingKey="dialogueTitle"
      headingLabel="Überschrift der Dialoge"
      blocksKey="dialogueClause"
      legend="Dialogklausel"
    />
  );
}

interface HeadedProps {
  ctx: SectionContext;
  marks: ReviewMark[];
  id: string;
  /** what the button and the form name ("Dialogklausel") */
  name: string;
  /** what the notice after saving names */
  savedAs: string;
  headingKey: 'goalsTitle' | 'dialogueTitle';
  headingLabel: string;
  blocksKey: 'goalsIntro' | 'dialogueClause';
  legend: string;
}

/** A heading and its running text: the goals' introduction, the dialogue clause. */
function HeadedTextSection({ ctx, marks, id, name, savedAs, ...keys }: HeadedProps) {
  const { content } = ctx;
  const { headingKey, blocksKey } = keys;
  return (
    <StructureSection
      id={id}
      heading={content[headingKey]}
      editLabel={`${name} bearbeiten`}
      ctx={ctx}
      marks={marksUnder(marks, headingKey, blocksKey)}
      renderForm={(close) => (
        <TitledBlocksForm
          id={`${id}-form`}
          formTitle={`${name} bearbeiten`}
          path={blocksKey}
          heading={{ label: keys.headingLabel, value: content[headingKey] }}
          legend={keys.legend}
          blocks={content[blocksKey]}
          busy={ctx.busy}
          onClose={close}
          onSave={(heading, blocks) =>
            ctx.save({
              kind: 'set-structure',
              label: savedAs,
              patch: { [headingKey]: heading, [blocksKey]: blocks },
            })
          }
        />
      )}
    >
      <TextBlocks blocks={content[blocksKey]} />
    </StructureSection>
  );
}
