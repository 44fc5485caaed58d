/**
 * A document model as a Word file (docx): the same blocks as the PDF, in Word's own means —
 * styles for headings, real bullet lists, tables, German as the text language with automatic
 * hyphenation, "Seite x von y" in the footer, and for drafts a diagonal VML watermark in the
 * header (the way Word itself inserts "ENTWURF"). Charts are left to the PDF: Word needs a
 * raster fallback for SVG, which the server does not draw.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImportedXmlComponent,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Block, DocumentModel, Run } from '../../models/document-model.ts';
import { docxSignatures, docxTable } from './docx-table.ts';

/** The font Word and LibreOffice have everywhere (the PDF's Libertinus Serif is not installed on desktops). */
export const DOCX_FONT = 'Times New Roman';

type Child = Paragraph | ReturnType<typeof docxSignatures>;

const HEADING_SIZES = { 1: 26, 2: 24, 3: 22 } as const;

function runs(parts: Run[], size?: number): TextRun[] {
  return parts.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size }));
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Word's own watermark: a WordArt text path (shape type 136, defined as Word writes it) in the
 * header, rotated 315° (rising diagonal); the id prefix PowerPlusWaterMarkObject is how Word
 * and LibreOffice recognise it as a watermark.
 */
const TEXT_PATH_SHAPETYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>' +
  '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>' +
  '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

function watermark(text: string): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:p><w:r><w:pict>${TEXT_PATH_SHAPETYPE}<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" ` +
      'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:120pt;rotation:315;z-index:-251654144;' +
      'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" ' +
      'o:allowincell="f" fillcolor="#c8c8c8" stroked="f"><v:fill opacity=".5"/>' +
      `<v:textpath style="font-family:&quot;${DOCX_FONT}&quot;;font-size:1pt;font-weight:bold" string="${xmlEscape(text)}"/>` +
      '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>',
  );
}

function blockChildren(block: Block): Child[] {
  switch (block.kind) {
    case 'centered': {
      const size = block.size === 'large' ? 40 : 22;
      const children = block.lines.map(
        (line, i) => new TextRun({ text: line, bold: block.bold, size, break: i === 0 ? 0 : 1 }),
      );
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 120 },
          children,
        }),
      ];
    }
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 280, after: 120 },
          children: [
            new TextRun({ text: block.text, bold: true, size: HEADING_SIZES[block.level] }),
          ],
        }),
      ];
    case 'paragraph': {
      const alignment =
        block.align === 'center'
          ? AlignmentType.CENTER
          : block.align === 'left'
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED;
      return [new Paragraph({ alignment, spacing: { after: 120 }, children: runs(block.runs) })];
    }
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            alignment: AlignmentType.LEFT,
            spacing: { after: 60 },
            children: [new TextRun(item)],
          }),
      );
    case 'facts':
      return block.rows.map(
        ([label, value]) =>
          new Paragraph({
            tabStops: [{ type: TabStopType.LEFT, position: 2600 }],
            children: [
              new TextRun({ text: label, bold: true }),
              new TextRun({ text: `\t${value}` }),
            ],
          }),
      );
    case 'table':
      return docxTable(block.table) as Child[];
    case 'chart':
      return [
        new Paragraph({
          children: [
            new TextRun({
              text: `${block.caption} (Abbildung in der PDF-Fassung)`,
              italics: true,
              size: 18,
            }),
          ],
        }),
      ];
    case 'signatures':
      return [
        new Paragraph({ spacing: { before: 360 }, children: [] }),
        docxSignatures(block.columns),
      ];
    case 'notes':
      return block.items.map(
        (n) =>
          new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: n, size: 17 })] }),
      );
    case 'space':
      return [
        new Paragraph({ spacing: { after: block.size === 'large' ? 480 : 160 }, children: [] }),
      ];
    case 'pagebreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'group':
      return block.blocks.flatMap(blockChildren);
  }
}

function footer(model: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [
          new TextRun({ text: model.footer, size: 16, color: '505050' }),
          new TextRun({
            children: ['\tSeite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '505050',
          }),
        ],
      }),
    ],
  });
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const section: ISectionOptions = {
    properties: {
      page: {
        size: {
          orientation:
            model.orientation === 'landscape'
              ? PageOrientation.LANDSCAPE
              : PageOrientation.PORTRAIT,
        },
        // twips (1/1440 inch): 2.5 cm left, 2.2 cm right, 2.2 cm top, 2.4 cm bottom as in the PDF
        margin: { left: 1417, right: 1247, top: 1247, bottom: 1361 },
      },
    },
    headers:
      model.watermark === null
        ? undefined
        : {
            default: new Header({ children: [watermark(model.watermark) as unknown as Paragraph] }),
          },
    footers: { default: footer(model) },
    children: model.blocks.flatMap(blockChildren),
  };
  const document = new Document({
    title: model.title,
    creator: 'Zielsteuerung SGB II',
    features: { updateFields: false },
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: 22, language: { value: 'de-DE' } },
          paragraph: { spacing: { line: 264 } },
        },
      },
    },
    sections: [section],
  });
  return Packer.toBuffer(document);
}
