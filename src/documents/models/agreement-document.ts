/**
 * The agreement as people sign it, in the order and typography of the 2014 Borken agreement
 * (shared/seed/zielvereinbarung-2014-kreis-borken.txt): title, parties with representatives,
 * introduction (legal basis), "Zielvereinbarung", Präambel, Schwerpunkte, "1. Ziele …" with the
 * goals I–V, "2. Dialoge …", signatures, annexes.
 *
 * Criteria are printed as renderCriterion generates them from the typed criterion, never from a
 * stored sentence: the printed condition is exactly what the system judges. Where the seed worded
 * a quantitative criterion differently (Ziel II "um 0,5 % … gesteigert wird", Ziel III
 * "konstant bleibt und eine Erhöhung … vermieden werden kann"), the document says the same
 * in the generated wording (docs/documents.md).
 */
import {
  type AgreementContent,
  type AgreementStatus,
  type Party,
  type Target,
  type TextBlock,
} from '../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import { STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import { partyLabel, sidesLabel, targetParty } from '../../domain/agreements/parties.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import { formatDateDe } from '../../domain/shared/format-de.ts';
import { accusativeArticle, dativeArticle } from './german-articles.ts';
import {
  paragraph,
  type Block,
  type DocumentModel,
  type SignatureColumn,
} from './document-model.ts';
import { toAsciiFileName } from './file-name.ts';
import { sollVerlaufTable } from './soll-verlauf-table.ts';

export interface AgreementDocumentMeta {
  status: AgreementStatus;
  versionNo: number;
  /** the local indicators the criteria refer to, named by their names */
  indicators?: readonly LocalIndicator[];
}

/** Statuses in which the text is not yet signed: the document carries the watermark. */
export function isDraft(status: AgreementStatus): boolean {
  return status !== 'unterzeichnet' && status !== 'bewertet';
}

export const DRAFT_WATERMARK = 'ENTWURF';

export function textBlocks(blocks: TextBlock[]): Block[] {
  return blocks.map((b) =>
    b.kind === 'absatz' ? paragraph(b.text) : { kind: 'list', items: b.items },
  );
}

function partyLines(party: Party): string[] {
  const r = party.representative;
  return [
    ...(party.capacity === null ? [] : [party.capacity]),
    `vertreten durch ${r.salutation} ${r.office} ${r.name}`,
  ];
}

/** "Vereinbarung zur Erreichung …" → the large word and the rest, as the seed sets it. */
function titleBlocks(title: string): Block[] {
  const match = /^(\S+)\s+(.+)$/.exec(title);
  if (match === null || match[1] !== 'Vereinbarung')
    return [{ kind: 'centered', lines: [title], bold: true, size: 'large' }];
  return [
    { kind: 'centered', lines: [match[1]], bold: true, size: 'large' },
    { kind: 'centered', lines: [match[2]!], bold: true },
  ];
}

/**
 * Whether the introduction cites the legal basis already; it may spell out the code ("§ 48b Abs. 1
 * S. 1 Nr. 4 des Zweiten Buches Sozialgesetzbuch (SGB II)" for "§ 48b Abs. 1 S. 1 Nr. 4 SGB II").
 */
function namesLegalBasis(introduction: string, legalBasis: string): boolean {
  const provision = legalBasis.replace(/\s+(SGB\s+[IVX]+|AG-SGB II \S+)$/, '');
  return introduction.includes(provision);
}

/**
 * "zwischen dem Ministerium … und dem Kreis Borken …": every party in the agreement's order, side
 * 0 first, joined by "und" as a joint jobcenter's agreement reads ("zwischen der Agentur für
 * Arbeit … und dem Landkreis … als kommunalem Träger … und der Geschäftsführung des Jobcenters …").
 */
function partyBlocks(parties: readonly Party[]): Block[] {
  return parties.flatMap((party, i): Block[] => [
    { kind: 'centered', lines: [`${i === 0 ? 'zwischen' : 'und'} ${dativeArticle(party.name)}`] },
    { kind: 'centered', lines: [party.name], bold: true },
    { kind: 'centered', lines: partyLines(party) },
  ]);
}

function headBlocks(c: AgreementContent): Block[] {
  const blocks: Block[] = [
    { kind: 'space', size: 'large' },
    ...titleBlocks(c.title),
    { kind: 'space', size: 'small' },
    ...partyBlocks(c.parties),
    { kind: 'space', size: 'large' },
    paragraph(c.introduction, 'center'),
  ];
  if (!namesLegalBasis(c.introduction, c.legalBasis))
    blocks.push(paragraph(`Rechtsgrundlage: ${c.legalBasis}`, 'center'));
  blocks.push(
    { kind: 'space', size: 'small' },
    { kind: 'centered', lines: ['Zielvereinbarung'], bold: true, size: 'large' },
    { kind: 'space', size: 'small' },
  );
  return blocks;
}

function targetBlocks(
  t: Target,
  c: AgreementContent,
  indicators: readonly LocalIndicator[] | undefined,
): Block[] {
  const blocks: Block[] = [];
  if (t.title !== null)
    blocks.push({ kind: 'paragraph', runs: [{ text: `${t.title}:`, bold: true }] });
  blocks.push(...textBlocks(t.text));
  if (t.criterion !== null) {
    blocks.push(
      paragraph(
        renderCriterion(t.criterion, {
          year: c.year,
          subject: c.targetSubject,
          role: t.role,
          lead: t.lead,
          indicators,
        }),
      ),
    );
  }
  if (t.split !== null) {
    blocks.push(paragraph('Aufgeteilt nach Geschlecht:'), {
      kind: 'list',
      items: t.split.parts.map((p) =>
        renderCriterion(p.criterion, {
          year: c.year,
          subject: c.targetSubject,
          role: t.role,
          lead: t.lead,
          indicators,
        }),
      ),
    });
  }
  if (t.values.path !== null) blocks.push({ kind: 'table', table: sollVerlaufTable(t, c.year) });
  blocks.push(...textBlocks(t.after));
  return blocks;
}

function goalBlocks(c: AgreementContent, indicators?: readonly LocalIndicator[]): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: c.goalsTitle },
    ...textBlocks(c.goalsIntro),
  ];
  for (const goal of c.goals) {
    blocks.push({ kind: 'heading', level: 2, text: `${goal.number}. ${goal.title}` });
    for (const block of goal.blocks)
      blocks.push(
        ...(block.kind === 'ziel'
          ? targetBlocks(block.target, c, indicators)
          : textBlocks([block])),
      );
  }
  return blocks;
}

/** One column per party (every party signs); a party that has not signed yet gets blank place and date. */
export function signatureColumns(c: AgreementContent): SignatureColumn[] {
  return c.parties.map((party, index) => {
    const s = c.signatures.find((x) => x.party === index);
    return {
      placeDate: s === undefined ? 'Ort, Datum' : `${s.place}, den ${formatDateDe(s.date)}`,
      party: `Für ${accusativeArticle(party.name)} ${party.name}`,
      capacityLine: s?.capacityLine ?? null,
      signatory: s?.signatory ?? party.representative.name,
    };
  });
}

function documentList(items: AgreementContent['references']): string[] {
  return items.map((d) => (d.issuer === null ? d.title : `${d.title} (${d.issuer})`));
}

export function buildAgreementDocument(
  c: AgreementContent,
  meta: AgreementDocumentMeta,
): DocumentModel {
  const blocks: Block[] = [
    ...headBlocks(c),
    { kind: 'heading', level: 2, text: 'Präambel' },
    ...textBlocks(c.preamble),
  ];
  if (c.references.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Grundlagen' },
      { kind: 'list', items: documentList(c.references) },
    );
  blocks.push({ kind: 'heading', level: 2, text: c.focusAreasTitle });
  for (const area of c.focusAreas)
    blocks.push(
      { kind: 'heading', level: 3, text: `${area.number}. ${area.title}` },
      ...textBlocks(area.text),
    );
  blocks.push(
    ...goalBlocks(c, meta.indicators),
    { kind: 'heading', level: 1, text: c.dialogueTitle },
    ...textBlocks(c.dialogueClause),
  );
  blocks.push({ kind: 'signatures', columns: signatureColumns(c) });
  if (c.annexes.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Anlagen' },
      { kind: 'list', items: documentList(c.annexes).map((a, i) => `Anlage ${i + 1}: ${a}`) },
    );
  }
  const draft = isDraft(meta.status);
  return {
    title: c.title,
    footer: `Zielvereinbarung ${c.year} · ${sidesLabel(c)} · Fassung ${meta.versionNo} (${STATUS_LABELS[meta.status]})`,
    watermark: draft ? DRAFT_WATERMARK : null,
    fileName: toAsciiFileName(
      `Zielvereinbarung ${c.year} ${partyLabel(targetParty(c))}${draft ? ' Entwurf' : ''}`,
    ),
    orientation: 'portrait',
    blocks,
  };
}
