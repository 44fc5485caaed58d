import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildBorkenAgreement2014 } from '../../../synthetic/demo/agreement-borken-2014.ts';
import { buildAgreementDocument } from '../../models/agreement-document.ts';
import { convertToPdf, findLibreOffice } from '../../test-support/libreoffice.ts';
import { missingInOrder, pdfPages, pdfToText } from '../../test-support/pdf-text.ts';
import { renderDocx } from './render-docx.ts';
import { readBorkenSeed2014 } from '../../../synthetic/demo/seed-text.ts';

const libreoffice = findLibreOffice();
const unzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

/** One part of the DOCX (a ZIP) as text, read with Info-ZIP's unzip. */
function docxPart(docx: Buffer, part: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zs-docx-'));
  try {
    writeFileSync(join(dir, 'a.docx'), docx);
    return execFileSync('unzip', ['-p', join(dir, 'a.docx'), part], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const SEED = readBorkenSeed2014();

describe('agreement DOCX', () => {
  it('is a Word file (ZIP with the WordprocessingML parts)', async () => {
    const docx = await renderDocx(
      buildAgreementDocument(buildBorkenAgreement2014(), { status: 'unterzeichnet', versionNo: 1 }),
    );
    // a ZIP starts with the local file header "PK\x03\x04"
    assert.deepEqual([...docx.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    assert.ok(docx.includes('word/document.xml'));
  });

  it(
    'sets German with automatic hyphenation and puts the ENTWURF watermark into the header of drafts only',
    { skip: unzip ? false : 'unzip is not installed' },
    async () => {
      const content = buildBorkenAgreement2014();
      const draft = await renderDocx(
        buildAgreementDocument(content, { status: 'angebot', versionNo: 1 }),
      );
      const header = docxPart(draft, 'word/header1.xml');
      assert.match(header, /<v:shape id="PowerPlusWaterMarkObject1"[^>]*rotation:315/);
      assert.match(header, /<v:textpath [^>]*string="ENTWURF"/);
      assert.match(
        docxPart(draft, 'word/settings.xml'),
        /<w:autoHyphenation\/>|<w:autoHyphenation w:val="(true|1)"\/>/,
      );
      assert.match(docxPart(draft, 'word/styles.xml'), /<w:lang w:val="de-DE"\/>/);
      const signed = await renderDocx(
        buildAgreementDocument(content, { status: 'unterzeichnet', versionNo: 1 }),
      );
      assert.doesNotMatch(
        docxPart(signed, 'word/document.xml') + docxPart(signed, 'word/footer1.xml'),
        /ENTWURF|PowerPlusWaterMark/,
      );
    },
  );

  it(
    'opens and converts with LibreOffice to a PDF with the text in order and page numbers',
    {
      skip:
        libreoffice === null
          ? 'LibreOffice (libreoffice/soffice) is not installed: the DOCX conversion cannot be checked here'
          : false,
    },
    async () => {
      const content = buildBorkenAgreement2014();
      const model = buildAgreementDocument(content, { status: 'entwurf', versionNo: 1 });
      const pdf = convertToPdf(libreoffice!, await renderDocx(model), 'docx');
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const text = pdfToText(pdf);
      const pages = pdfPages(text);
      assert.ok(pages.length >= 4, `${pages.length} pages`);
      pages.forEach((page, i) =>
        assert.match(page, new RegExp(`Seite ${i + 1} von ${pages.length}`)),
      );
      // the goal headings and a criterion of each kind, in the seed's order
      const pieces = [
        'I. Verringerung der Hilfebedürftigkeit',
        'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet.',
        'II. Verbesserung der Integration in Erwerbstätigkeit',
        'III. Vermeidung von langfristigem Leistungsbezug',
        'Das Gesamtziel ist erreicht, wenn die oben genannten Teilziele in 2014 in ihrer Summe erneut zu einem Abbau des Bestands an Langzeitleistungsbeziehern führen.',
        'IV. Verbesserung von Leistungsprozessen',
        'V. Unterstützungsangebote',
        '2. Dialoge zur Zielsteuerung',
        'Düsseldorf, den 29.04.2014',
        'Borken, den 10.04.2014',
        'Dr. Wilhelm Schäffer',
        'Dr. Kai Zwicker',
      ];
      assert.ok(pieces.every((p) => SEED.replace(/\s+/g, ' ').includes(p)));
      assert.deepEqual(missingInOrder(pieces, text), []);
    },
  );
});
