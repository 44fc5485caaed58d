/** A document model → Typst source → PDF. */
import type { DocumentModel } from '../../models/document-model.ts';
import { compileTypstPdf } from './compile-pdf.ts';
import { typstBlock } from './typst-blocks.ts';
import { typstPreamble } from './typst-page.ts';

export function renderTypstSource(model: DocumentModel): string {
  // blank lines between blocks: each block is its own paragraph
  return `${typstPreamble(model)}\n${model.blocks.map(typstBlock).join('\n\n')}\n`;
}

export function renderPdf(model: DocumentModel): Buffer {
  return compileTypstPdf(renderTypstSource(model));
}
