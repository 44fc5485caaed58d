/** Document blocks as Typst markup; every piece of text passes through the escaping. */
import { buildTargetChartOption } from '../../../charts/target-chart.ts';
import type { Block, Run, SignatureColumn } from '../../models/document-model.ts';
import { renderChartSvg } from '../chart-svg.ts';
import { escapeTypstMarkup as esc, typstString } from './escape.ts';
import { typstTable } from './typst-table.ts';

/** Chart size in SVG pixels; the PDF scales it to the text width. */
export const CHART_SIZE = { width: 640, height: 280 } as const;

function runs(parts: Run[]): string {
  return parts
    .map((r) => {
      const text = esc(r.text);
      if (r.bold && r.italic) return `#strong[#emph[${text}]]`;
      if (r.bold) return `#strong[${text}]`;
      return r.italic ? `#emph[${text}]` : text;
    })
    .join('');
}

function signatureCell(column: SignatureColumn): string[] {
  const party = `[#strong[${esc(column.party)}]${column.capacityLine === null ? '' : ` \\ ${esc(column.capacityLine)}`}]`;
  return [
    `[${esc(column.placeDate)}]`,
    party,
    `[#v(1.6cm) #line(length: 88%, stroke: 0.5pt) #v(-0.4em) ${esc(column.signatory)}]`,
  ];
}

function signatures(columns: SignatureColumn[]): string {
  const cells = columns.map(signatureCell);
  // row by row: places and dates, parties, signature lines with names (the seed's reading order)
  const rows = [0, 1, 2].flatMap((row) => cells.map((c) => c[row]!));
  return `#block(breakable: false, above: 2.2em)[#set par(justify: false)
#set text(hyphenate: false)
#grid(columns: (${columns.map(() => '1fr').join(', ')}), column-gutter: 2.2em, row-gutter: 1.1em,
  ${rows.join(',\n  ')})]`;
}

export function typstBlock(block: Block): string {
  switch (block.kind) {
    case 'centered': {
      const size = block.size === 'large' ? '20pt' : '11pt';
      const weight = block.bold ? '"bold"' : '"regular"';
      return `#align(center, block(above: 0.9em, below: 0.9em, text(size: ${size}, weight: ${weight}, hyphenate: false)[${block.lines.map(esc).join(' \\\n')}]))`;
    }
    case 'heading':
      return `${'='.repeat(block.level)} ${esc(block.text)}`;
    case 'paragraph':
      if (block.align === 'center') return `#align(center)[${runs(block.runs)}]`;
      if (block.align === 'left') return `#block[#set par(justify: false)\n${runs(block.runs)}]`;
      return runs(block.runs);
    case 'list':
      return block.items.map((item) => `- ${esc(item)}`).join('\n');
    case 'facts':
      return `#block(above: 0.8em, below: 1em)[#set par(justify: false)
#grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.55em,
  ${block.rows.map(([label, value]) => `[*${esc(label)}*], [${esc(value)}]`).join(',\n  ')})]`;
    case 'table':
      return typstTable(block.table);
    case 'chart': {
      const svg = renderChartSvg(
        buildTargetChartOption(block.chart),
        CHART_SIZE.width,
        CHART_SIZE.height,
      );
      return `#figure(image(bytes(${typstString(svg)}), format: "svg", width: 100%), caption: [${esc(block.caption)}])`;
    }
    case 'signatures':
      return signatures(block.columns);
    case 'notes':
      return `#block(above: 1em)[#set text(size: 8.5pt); #set par(justify: false, spacing: 0.5em)\n${block.items.map(esc).join('\n\n')}]`;
    case 'space':
      return `#v(${block.size === 'large' ? '2.4em' : '0.8em'})`;
    case 'pagebreak':
      return '#pagebreak(weak: true)';
    case 'group':
      return `#block(breakable: false, width: 100%)[\n${block.blocks.map(typstBlock).join('\n\n')}\n]`;
  }
}
