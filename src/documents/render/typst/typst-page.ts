/**
 * The page and type settings every document shares: A4, Libertinus Serif 11 pt, justified German
 * text with hyphenation (`lang: "de"`), the footer with "Seite x von y", and the diagonal
 * watermark behind the text of drafts.
 */
import type { DocumentModel } from '../../models/document-model.ts';
import { escapeTypstMarkup, typstString } from './escape.ts';

/** The page diagonal of A4 (atan(297/210) ≈ 54.7°), so the watermark runs corner to corner. */
const A4_DIAGONAL = '54.7deg';

function watermark(text: string | null, landscape: boolean): string {
  if (text === null) return 'none';
  const angle = landscape ? `-${90 - 54.7}deg` : `-${A4_DIAGONAL}`;
  return `place(center + horizon, rotate(${angle}, reflow: false, text(size: 110pt, weight: "bold", fill: luma(222), tracking: 4pt, ${typstString(text)})))`;
}

export function typstPreamble(model: DocumentModel): string {
  const landscape = model.orientation === 'landscape';
  return `#set document(title: ${typstString(model.title)})
#set page(paper: "a4", flipped: ${landscape}, margin: (left: 2.5cm, right: 2.2cm, top: 2.2cm, bottom: 2.4cm),
  footer: context [#set text(size: 8pt, fill: luma(80)); #set par(justify: false); ${escapeTypstMarkup(model.footer)} #h(1fr) Seite #counter(page).display() von #counter(page).final().first()],
  background: ${watermark(model.watermark, landscape)})
#set text(lang: "de", region: "de", font: "Libertinus Serif", size: 11pt)
#set par(justify: true, leading: 0.6em, spacing: 0.95em)
#show heading: set text(hyphenate: false)
#show heading: set block(above: 1.4em, below: 0.8em)
#show heading.where(level: 1): set text(size: 13pt)
#show heading.where(level: 2): set text(size: 12pt)
#show heading.where(level: 3): set text(size: 11pt)
#set list(indent: 0.8em, body-indent: 0.6em, spacing: 0.65em)
#set figure(gap: 0.6em)
#show figure.caption: set text(size: 9pt)
`;
}
