/**
 * Structured differences between any two versions of an agreement, in document order, with
 * German paths ("Ziel II › Teilziel II.1 › Kriterium › Bedingung"). Goals are matched by their
 * number, targets by their stable id, reference documents by title, signatures by party; running
 * text is aligned paragraph by paragraph (diff-text.ts).
 */
import { decimalsOf, formatDateDe, formatNumberDe } from '../shared/format-de.ts';
import type {
  AgreementContent,
  DocumentReference,
  Goal,
  Party,
  Signature,
  Target,
  TextBlock,
} from './agreement.ts';
import { describeCriterion, diffCriterion } from './diff-criterion.ts';
import { diffBlocks } from './diff-text.ts';
import { ChangeList, type Change } from './diff-types.ts';
import { SIDE_LABELS } from './parties.ts';
import { ROLE_LABELS, targetLabel } from './target-label.ts';

export type { Change, ChangeKind } from './diff-types.ts';
export { targetLabel } from './target-label.ts';

const SEX_LABELS = { w: 'Frauen', m: 'Männer' } as const;

function representativeText(party: Party): string {
  const r = party.representative;
  return `${r.salutation} ${r.office} ${r.name}`;
}

function diffParty(changes: ChangeList, path: string[], a: Party, b: Party): void {
  changes.field([...path, 'Seite'], SIDE_LABELS[a.side], SIDE_LABELS[b.side]);
  changes.field([...path, 'Einheit'], a.unitId, b.unitId);
  changes.field([...path, 'Name'], a.name, b.name);
  changes.field([...path, 'Kurzname'], a.shortName, b.shortName);
  changes.field([...path, 'Funktion'], a.capacity, b.capacity);
  changes.field([...path, 'vertreten durch'], representativeText(a), representativeText(b));
}

/** Elements matched by a key: added, removed, or compared with `each`. */
function diffKeyed<T>(
  changes: ChangeList,
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  label: (item: T) => string[],
  describe: (item: T) => string,
  each: (x: T, y: T) => void,
): void {
  const before = new Map(a.map((item) => [key(item), item]));
  const after = new Map(b.map((item) => [key(item), item]));
  for (const item of a) if (!after.has(key(item))) changes.add(label(item), describe(item), null);
  for (const item of b) {
    const old = before.get(key(item));
    if (old === undefined) changes.add(label(item), null, describe(item));
    else each(old, item);
  }
}

function diffReferences(
  changes: ChangeList,
  section: string,
  a: readonly DocumentReference[],
  b: readonly DocumentReference[],
): void {
  const label = (r: DocumentReference): string[] => [section, `„${r.title}“`];
  diffKeyed(
    changes,
    a,
    b,
    (r) => r.title,
    label,
    (r) => r.title,
    (x, y) => changes.field([...label(y), 'Herausgeber'], x.issuer, y.issuer),
  );
}

function pathText(path: (number | null)[]): string {
  return path.map((v) => (v === null ? '–' : formatNumberDe(v, decimalsOf(v)))).join('; ');
}

function diffTarget(
  all: ChangeList,
  goalPath: string[],
  a: Target,
  b: Target,
  goalNumber: string,
): void {
  const changes = all.forTarget(b.id);
  const path = [...goalPath, targetLabel(b, goalNumber)];
  changes.field([...path, 'Rolle'], ROLE_LABELS[a.role], ROLE_LABELS[b.role]);
  changes.field([...path, 'Überschrift'], a.title, b.title);
  diffBlocks(changes, [...path, 'Text'], a.text, b.text);
  changes.field([...path, 'Einleitung'], a.lead, b.lead);
  diffCriterion(changes, [...path, 'Kriterium'], a.criterion, b.criterion);
  changes.field([...path, 'Zielwertangebot'], a.values.offer, b.values.offer, (v) =>
    formatNumberDe(v, decimalsOf(v)),
  );
  changes.field([...path, 'Soll-Verlauf'], a.values.path, b.values.path, pathText);
  for (const sex of ['w', 'm'] as const) {
    const left = a.split?.parts.find((p) => p.sex === sex)?.criterion ?? null;
    const right = b.split?.parts.find((p) => p.sex === sex)?.criterion ?? null;
    diffCriterion(changes, [...path, 'Aufteilung nach Geschlecht', SEX_LABELS[sex]], left, right);
  }
  diffBlocks(changes, [...path, 'Text nach dem Kriterium'], a.after, b.after);
}

function runningText(goal: Goal): TextBlock[] {
  return goal.blocks.flatMap((block) => (block.kind === 'ziel' ? [] : [block]));
}

function targetsIn(goal: Goal): Target[] {
  return goal.blocks.flatMap((block) => (block.kind === 'ziel' ? [block.target] : []));
}

function diffGoal(changes: ChangeList, a: Goal, b: Goal): void {
  const path = [`Ziel ${b.number}`];
  changes.field([...path, 'Titel'], a.title, b.title);
  diffBlocks(changes, [...path, 'Text'], runningText(a), runningText(b));
  const before = new Map(targetsIn(a).map((t) => [t.id, t]));
  const after = new Map(targetsIn(b).map((t) => [t.id, t]));
  for (const t of before.values())
    if (!after.has(t.id))
      changes.forTarget(t.id).add([...path, targetLabel(t, a.number)], summarise(t), null);
  for (const t of after.values()) {
    const old = before.get(t.id);
    if (old === undefined)
      changes.forTarget(t.id).add([...path, targetLabel(t, b.number)], null, summarise(t));
    else diffTarget(changes, path, old, t, b.number);
  }
}

/** A target in one line: its sub-heading or first words, and its criterion. */
function summarise(t: Target): string {
  const first =
    t.title ??
    t.text
      .map((block) => (block.kind === 'absatz' ? block.text : block.items.join(' / ')))
      .join(' ');
  const words = first.length > 120 ? `${first.slice(0, 119)}…` : first;
  const criterion =
    t.criterion === null ? 'ohne eigenes Kriterium' : describeCriterion(t.criterion);
  return words === '' ? criterion : `${words} (${criterion})`;
}

function signatureText(s: Signature): string {
  return `${s.place}, den ${formatDateDe(s.date)}: ${s.capacityLine === null ? '' : `${s.capacityLine} `}${s.signatory}`;
}

function diffSignatures(
  changes: ChangeList,
  a: readonly Signature[],
  b: readonly Signature[],
): void {
  const label = (s: Signature): string[] => ['Unterschriften', `Vertragspartner ${s.party + 1}`];
  diffKeyed(
    changes,
    a,
    b,
    (s) => String(s.party),
    label,
    signatureText,
    (x, y) => {
      changes.field([...label(y), 'Ort'], x.place, y.place);
      changes.field([...label(y), 'Datum'], x.date, y.date, formatDateDe);
      changes.field([...label(y), 'Zeichnungszeile'], x.capacityLine, y.capacityLine);
      changes.field([...label(y), 'Unterzeichner'], x.signatory, y.signatory);
    },
  );
}

export function compareVersions(a: AgreementContent, b: AgreementContent): Change[] {
  const changes = new ChangeList();
  changes.field(['Jahr'], a.year, b.year);
  changes.field(['Titel'], a.title, b.title);
  diffKeyed(
    changes,
    a.parties.map((party, index) => ({ party, index })),
    b.parties.map((party, index) => ({ party, index })),
    (x) => String(x.index),
    (x) => [`Vertragspartner ${x.index + 1}`],
    (x) => `${x.party.name} (${SIDE_LABELS[x.party.side]})`,
    (x, y) => diffParty(changes, [`Vertragspartner ${y.index + 1}`], x.party, y.party),
  );
  changes.field(['Rechtsgrundlage'], a.legalBasis, b.legalBasis);
  changes.field(['Einleitung'], a.introduction, b.introduction);
  diffBlocks(changes, ['Präambel'], a.preamble, b.preamble);
  diffReferences(changes, 'Bezugsdokumente', a.references, b.references);
  diffReferences(changes, 'Anlagen', a.annexes, b.annexes);
  changes.field(['Schwerpunkte', 'Überschrift'], a.focusAreasTitle, b.focusAreasTitle);
  diffKeyed(
    changes,
    a.focusAreas,
    b.focusAreas,
    (f) => String(f.number),
    (f) => [`Schwerpunkt ${f.number}`],
    (f) => f.title,
    (x, y) => {
      changes.field([`Schwerpunkt ${y.number}`, 'Titel'], x.title, y.title);
      diffBlocks(changes, [`Schwerpunkt ${y.number}`, 'Text'], x.text, y.text);
    },
  );
  changes.field(['Ziele', 'Einheit im Genitiv'], a.targetSubject, b.targetSubject);
  changes.field(['Ziele', 'Überschrift'], a.goalsTitle, b.goalsTitle);
  diffBlocks(changes, ['Ziele', 'Einleitung'], a.goalsIntro, b.goalsIntro);
  diffKeyed(
    changes,
    a.goals,
    b.goals,
    (g) => g.number,
    (g) => [`Ziel ${g.number}`],
    (g) => g.title,
    (x, y) => diffGoal(changes, x, y),
  );
  changes.field(['Dialoge', 'Überschrift'], a.dialogueTitle, b.dialogueTitle);
  diffBlocks(changes, ['Dialoge', 'Text'], a.dialogueClause, b.dialogueClause);
  changes.field(['Dialoge', 'Anzahl pro Jahr'], a.dialoguesPerYear, b.dialoguesPerYear);
  diffSignatures(changes, a.signatures, b.signatures);
  return changes.changes;
}
