/**
 * Every text of an agreement's content with its path (dotted like validation findings:
 * "preamble.1.items.0", "goals.1.blocks.3.target.criterion.condition"), so that a rule over
 * texts (year references of the next year's draft) reaches all of them in one place. The
 * parties' names and the signatures are not visited: they name people and places, not years.
 */
import type { AgreementContent, GoalBlock, Target, TextBlock } from './agreement.ts';
import type { Criterion } from './criteria.ts';

/** 'titel': the text is the title of a named document (references, annexes). */
export type TextKind = 'text' | 'titel';

/** Returns the text to keep at `path` (the same text to leave it). */
export type TextVisitor = (text: string, path: string, kind: TextKind) => string;

function visitBlocks(blocks: TextBlock[] | GoalBlock[], path: string, visit: TextVisitor): void {
  blocks.forEach((block, i) => {
    const at = `${path}.${i}`;
    if (block.kind === 'absatz') block.text = visit(block.text, `${at}.text`, 'text');
    else if (block.kind === 'liste')
      block.items = block.items.map((item, j) => visit(item, `${at}.items.${j}`, 'text'));
    else visitTarget(block.target, `${at}.target`, visit);
  });
}

function visitCriterion(c: Criterion, path: string, visit: TextVisitor): void {
  const at = (field: string) => `${path}.${field}`;
  if (c.kind === 'meilenstein') {
    c.condition = visit(c.condition, at('condition'), 'text');
    if (c.evidence !== null) c.evidence = visit(c.evidence, at('evidence'), 'text');
    if (c.stateNote !== null) c.stateNote = visit(c.stateNote, at('stateNote'), 'text');
  } else if (c.kind === 'statistisch') {
    c.measure = visit(c.measure, at('measure'), 'text');
    c.population = visit(c.population, at('population'), 'text');
    c.condition = visit(c.condition, at('condition'), 'text');
  } else if (c.kind === 'zusammengesetzt') {
    if (c.ruleText !== null) c.ruleText = visit(c.ruleText, at('ruleText'), 'text');
    if (c.rule !== null) visitCriterion(c.rule, at('rule'), visit);
  }
}

function visitTarget(target: Target, path: string, visit: TextVisitor): void {
  if (target.title !== null) target.title = visit(target.title, `${path}.title`, 'text');
  visitBlocks(target.text, `${path}.text`, visit);
  if (target.criterion !== null) visitCriterion(target.criterion, `${path}.criterion`, visit);
  if (target.lead !== null) target.lead = visit(target.lead, `${path}.lead`, 'text');
  target.split?.parts.forEach((part, i) =>
    visitCriterion(part.criterion, `${path}.split.parts.${i}.criterion`, visit),
  );
  visitBlocks(target.after, `${path}.after`, visit);
}

/** Visits every text in document order and stores what the visitor returns (changes `content`). */
export function visitContentTexts(content: AgreementContent, visit: TextVisitor): void {
  content.title = visit(content.title, 'title', 'text');
  content.legalBasis = visit(content.legalBasis, 'legalBasis', 'text');
  content.introduction = visit(content.introduction, 'introduction', 'text');
  visitBlocks(content.preamble, 'preamble', visit);
  for (const list of ['references', 'annexes'] as const)
    content[list].forEach((ref, i) => {
      ref.title = visit(ref.title, `${list}.${i}.title`, 'titel');
      if (ref.issuer !== null) ref.issuer = visit(ref.issuer, `${list}.${i}.issuer`, 'text');
    });
  content.focusAreasTitle = visit(content.focusAreasTitle, 'focusAreasTitle', 'text');
  content.focusAreas.forEach((area, i) => {
    area.title = visit(area.title, `focusAreas.${i}.title`, 'text');
    visitBlocks(area.text, `focusAreas.${i}.text`, visit);
  });
  content.targetSubject = visit(content.targetSubject, 'targetSubject', 'text');
  content.goalsTitle = visit(content.goalsTitle, 'goalsTitle', 'text');
  visitBlocks(content.goalsIntro, 'goalsIntro', visit);
  content.goals.forEach((goal, g) => {
    goal.title = visit(goal.title, `goals.${g}.title`, 'text');
    visitBlocks(goal.blocks, `goals.${g}.blocks`, visit);
  });
  content.dialogueTitle = visit(content.dialogueTitle, 'dialogueTitle', 'text');
  visitBlocks(content.dialogueClause, 'dialogueClause', visit);
}

/** Every text by its path (a read-only use of the visitor). */
export function contentTexts(content: AgreementContent): Map<string, string> {
  const texts = new Map<string, string>();
  visitContentTexts(structuredClone(content), (text, path) => {
    texts.set(path, text);
    return text;
  });
  return texts;
}
