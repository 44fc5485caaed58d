/**
 * A document as a renderer-neutral list of blocks: the models (pure, snapshot → document) build
 * it, the renderers (render/) turn it into Typst → PDF or into DOCX. All text is plain text;
 * the renderers escape it.
 */
import type { TargetChartModel } from '../../charts/target-chart-model.ts';
import type { ExportTable } from '../../contracts/exports.ts';

/** A run of text inside a paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A table as the export contract has it, plus print-only decorations. */
export interface DocumentTable extends ExportTable {
  /** per row: a mark printed instead of or after a cell (footnote "¹", protection "•") */
  marks?: (Record<string, CellMark> | undefined)[];
  /** rows printed bold (totals) */
  boldRows?: number[];
  /** relative column widths; default: first column 3, others 1 */
  widths?: number[];
}

export interface CellMark {
  text: string;
  /** true: the mark replaces the value (withheld); false: it follows the value (footnote) */
  replaces: boolean;
}

/** One party's column of the signature block (seed: place and date, party, "In Vertretung", name). */
export interface SignatureColumn {
  placeDate: string;
  /** "Für das Ministerium … des Landes Nordrhein-Westfalen" */
  party: string;
  capacityLine: string | null;
  signatory: string;
}

export type Block =
  /** centered lines of the title page; `size` large for the document title */
  | { kind: 'centered'; lines: string[]; bold?: boolean; size?: 'large' | 'normal' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; align?: 'justify' | 'left' | 'center' }
  | { kind: 'list'; items: string[] }
  /** label → value pairs (report heads: Träger, Monat, Datenstand, Filter) */
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'table'; table: DocumentTable }
  | { kind: 'chart'; chart: TargetChartModel; caption: string }
  | { kind: 'signatures'; columns: SignatureColumn[] }
  /** small print under a table or at the end (definitions, footnotes) */
  | { kind: 'notes'; items: string[] }
  | { kind: 'space'; size: 'small' | 'large' }
  /** blocks kept together on one page (a target with its figures and chart) */
  | { kind: 'group'; blocks: Block[] }
  | { kind: 'pagebreak' };

export interface DocumentModel {
  /** document title (PDF metadata, DOCX core properties) */
  title: string;
  /** printed in the footer left of the page number */
  footer: string;
  /** diagonal watermark text on every page ("ENTWURF"), or null */
  watermark: string | null;
  /** ASCII-safe file name without extension */
  fileName: string;
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export const paragraph = (text: string, align?: 'justify' | 'left' | 'center'): Block => ({
  kind: 'paragraph',
  runs: [{ text }],
  ...(align ? { align } : {}),
});
