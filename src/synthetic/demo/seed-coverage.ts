/**
 * Test support: lays an agreement out as the plain text of the seed document, in its order, and
 * checks that this text and shared/seed/zielvereinbarung-2014-kreis-borken.txt cover each other.
 */
import type {
  AgreementContent,
  Party,
  Target,
  TextBlock,
} from '../../domain/agreements/agreement.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import { formatDateDe } from '../../domain/shared/format-de.ts';

/**
 * Words of the seed that are layout, not content, and so have no field: connectives of the
 * header, the two fixed headings and the articles before the parties in the signature block.
 */
export const LAYOUT_WORDS = {
  between: 'zwischen dem',
  and: 'und dem',
  heading: 'Zielvereinbarung',
  preamble: 'Präambel',
  signFor: ['Für das', 'Für den'],
} as const;

/** Markdown emphasis and list dashes go, every run of whitespace becomes one space. */
export function normaliseSeed(text: string): string {
  return text.replace(/\*\*/g, '').replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
}

function blocksText(blocks: TextBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'absatz' ? [b.text] : b.items));
}

function partyLines(party: Party): string[] {
  const r = party.representative;
  return [
    party.name,
    ...(party.capacity === null ? [] : [party.capacity]),
    `vertreten durch ${r.salutation} ${r.office} ${r.name}`,
  ];
}

/** The criterion sentence: the seed's own wording where given, else the rendered sentence. */
function targetLines(
  target: Target,
  year: number,
  wording: Readonly<Record<string, string>>,
): string[] {
  const sentence =
    target.criterion === null
      ? []
      : [
          wording[target.id] ??
            renderCriterion(target.criterion, {
              year,
              subject: '',
              role: target.role,
              lead: target.lead,
            }),
        ];
  // A sub-heading ends with a colon in the seed ("… nach § 16a SGB II:").
  return [
    ...(target.title === null ? [] : [`${target.title}:`]),
    ...blocksText(target.text),
    ...sentence,
    ...blocksText(target.after),
  ];
}

/** The agreement as the sequence of text pieces the seed shows, in the seed's order. */
export function layOut(c: AgreementContent, wording: Readonly<Record<string, string>>): string[] {
  const out = [
    c.title,
    ...c.parties.flatMap((party, i) => [
      i === 0 ? LAYOUT_WORDS.between : LAYOUT_WORDS.and,
      ...partyLines(party),
    ]),
  ];
  out.push(
    c.introduction,
    LAYOUT_WORDS.heading,
    LAYOUT_WORDS.preamble,
    ...blocksText(c.preamble),
    c.focusAreasTitle,
  );
  for (const area of c.focusAreas)
    out.push(`${area.number}. ${area.title}`, ...blocksText(area.text));
  out.push(c.goalsTitle, ...blocksText(c.goalsIntro));
  for (const goal of c.goals) {
    out.push(`${goal.number}. ${goal.title}`);
    for (const block of goal.blocks)
      out.push(
        ...(block.kind === 'ziel'
          ? targetLines(block.target, c.year, wording)
          : blocksText([block])),
      );
  }
  out.push(c.dialogueTitle, ...blocksText(c.dialogueClause));
  // Signature block, two columns read row by row: places and dates, parties, signatories.
  for (const s of c.signatures) out.push(`${s.place}, den ${formatDateDe(s.date)}`);
  for (const s of c.signatures) {
    out.push(
      LAYOUT_WORDS.signFor[s.party] ?? '',
      c.parties[s.party]?.name ?? '',
      ...(s.capacityLine === null ? [] : [s.capacityLine]),
    );
  }
  for (const s of c.signatures) out.push(s.signatory);
  return out;
}

export interface Coverage {
  /** pieces not found (in order) after the previous piece */
  missing: string[];
  /** stretches of the seed no piece covers */
  uncovered: string[];
}

/** Finds every piece in the normalised seed, each after the previous one, and what is left over. */
export function coverSeed(pieces: string[], seedText: string): Coverage {
  const seed = normaliseSeed(seedText);
  const covered = new Uint8Array(seed.length);
  const missing: string[] = [];
  let from = 0;
  for (const piece of pieces) {
    const text = piece.replace(/\s+/g, ' ').trim();
    const at = seed.indexOf(text, from);
    if (at < 0) {
      missing.push(text);
      continue;
    }
    covered.fill(1, at, at + text.length);
    from = at + text.length;
  }
  const uncovered: string[] = [];
  let start = -1;
  for (let i = 0; i <= seed.length; i++) {
    const open = i < seed.length && covered[i] === 0 && seed[i] !== ' ';
    if (open && start < 0) start = i;
    if (!open && start >= 0 && (i === seed.length || covered[i] === 1)) {
      uncovered.push(seed.slice(start, i).trim());
      start = -1;
    }
  }
  return { missing, uncovered: uncovered.filter((s) => s !== '') };
}
