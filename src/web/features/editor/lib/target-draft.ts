/**
 * The form state of a whole target: identification, text before and after the criterion,
 * criterion (or none), its split by sex, offer and monthly target path.
 */
import type {
  SexSplit,
  Target,
  TargetRole,
  TextBlock,
} from '../../../../domain/agreements/agreement.ts';
import {
  criterionToDraft,
  draftToCriterion,
  emptyCriterionDraft,
  type CriterionDraft,
  type FieldError,
} from './criterion-draft.ts';
import { parseNumberDe, toInputDe } from './number-de.ts';

export interface TargetDraft {
  id: string;
  role: TargetRole;
  title: string;
  /** paragraphs separated by an empty line; a paragraph of lines starting with "- " is a list */
  text: string;
  lead: string;
  hasCriterion: boolean;
  criterion: CriterionDraft;
  offer: string;
  /** twelve monthly values January … December; all empty = no target path */
  path: string[];
  /** an open target value is left open on purpose when signing */
  leftOpen: boolean;
  /** text after the criterion, in the format of `text` */
  after: string;
  split: SplitDraft;
}

/** The parts of a target by sex, in the order of the contract's parts (Frauen, Männer). */
export const SPLIT_SEXES = ['w', 'm'] as const;

export interface SplitDraft {
  enabled: boolean;
  parts: Record<(typeof SPLIT_SEXES)[number], CriterionDraft>;
}

/** Each part starts as the total's criterion for that sex (the usual shape of a split). */
function splitToDraft(split: SexSplit | null, total: CriterionDraft, year: number): SplitDraft {
  const part = (sex: 'w' | 'm'): CriterionDraft => {
    const given = split?.parts.find((p) => p.sex === sex);
    return given === undefined
      ? { ...total, metric: { ...total.metric, sex } }
      : criterionToDraft(given.criterion, year);
  };
  return { enabled: split !== null, parts: { w: part('w'), m: part('m') } };
}

function draftToSplit(d: TargetDraft, errors: FieldError[]): SexSplit | null {
  if (!d.split.enabled || !d.hasCriterion) return null;
  const parts = SPLIT_SEXES.map((sex, i) => {
    const read = draftToCriterion(d.split.parts[sex], `split.parts.${i}.criterion`);
    errors.push(...read.errors);
    return { sex, criterion: read.criterion };
  });
  return parts.every((p) => p.criterion !== null)
    ? { parts: parts.map((p) => ({ sex: p.sex, criterion: p.criterion! })) }
    : null;
}

export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'absatz' ? b.text : b.items.map((i) => `- ${i}`).join('\n')))
    .join('\n\n');
}

export function textToBlocks(text: string): TextBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p): TextBlock => {
      const lines = p.split('\n').map((l) => l.trim());
      return lines.every((l) => l.startsWith('- '))
        ? { kind: 'liste', items: lines.map((l) => l.slice(2).trim()) }
        : { kind: 'absatz', text: lines.join(' ') };
    });
}

export function newTargetDraft(id: string, role: TargetRole, year: number): TargetDraft {
  const criterion = emptyCriterionDraft(year);
  return {
    id,
    role,
    title: '',
    text: '',
    lead: '',
    hasCriterion: true,
    criterion,
    offer: '',
    path: Array(12).fill(''),
    leftOpen: false,
    after: '',
    split: splitToDraft(null, criterion, year),
  };
}

export function targetToDraft(target: Target, year: number): TargetDraft {
  const criterion =
    target.criterion === null
      ? emptyCriterionDraft(year)
      : criterionToDraft(target.criterion, year);
  return {
    id: target.id,
    role: target.role,
    title: target.title ?? '',
    text: blocksToText(target.text),
    lead: target.lead ?? '',
    hasCriterion: target.criterion !== null,
    criterion,
    offer: toInputDe(target.values.offer),
    path: target.values.path === null ? Array(12).fill('') : target.values.path.map(toInputDe),
    leftOpen: target.values.leftOpen === true,
    after: blocksToText(target.after),
    split: splitToDraft(target.split, criterion, year),
  };
}

/** The target, or the errors of fields that hold no valid number. */
export function draftToTarget(d: TargetDraft): { target: Target | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const criterion = d.hasCriterion
    ? draftToCriterion(d.criterion)
    : { criterion: null, errors: [] };
  errors.push(...criterion.errors);
  const offer = parseNumberDe(d.offer);
  if (offer !== null && Number.isNaN(offer))
    errors.push({ path: 'values.offer', message: `Zielwertangebot: „${d.offer}“ ist keine Zahl.` });
  const path = d.path.map((text, i) => {
    const value = parseNumberDe(text);
    if (value !== null && Number.isNaN(value))
      errors.push({
        path: `values.path.${i}`,
        message: `Soll-Wert Monat ${i + 1}: „${text}“ ist keine Zahl.`,
      });
    return value;
  });
  const split = draftToSplit(d, errors);
  if (errors.length > 0) return { target: null, errors };
  return {
    target: {
      id: d.id.trim(),
      role: d.role,
      title: d.title.trim() === '' ? null : d.title.trim(),
      text: textToBlocks(d.text),
      criterion: criterion.criterion,
      lead: d.lead.trim() === '' ? null : d.lead.trim(),
      values: {
        offer: offer === null || Number.isNaN(offer) ? null : offer,
        path: path.every((v) => v === null) ? null : path,
        ...(d.leftOpen ? { leftOpen: true } : {}),
      },
      split,
      after: textToBlocks(d.after),
    },
    errors: [],
  };
}
