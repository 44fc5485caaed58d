import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { targetsOf, type AgreementContent } from '../../domain/agreements/agreement.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import {
  BORKEN_2014_CRITERION_WORDING,
  buildBorkenAgreement2014,
} from '../../synthetic/demo/agreement-borken-2014.ts';
import { renderPdf } from '../render/typst/render-pdf.ts';
import {
  comparable,
  missingInOrder,
  pdfPages,
  pdfToText,
  withoutFurniture,
} from '../test-support/pdf-text.ts';
import { buildAgreementDocument, signatureColumns } from './agreement-document.ts';
import { readBorkenSeed2014 } from '../../synthetic/demo/seed-text.ts';

const SEED = readBorkenSeed2014();

/** The seed's paragraphs (blank-line separated) without its markdown: bold markers and list dashes. */
function seedParagraphs(): string[] {
  return SEED.split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*/g, '').replace(/^- /gm, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

const generated = (c: AgreementContent, id: string): string => {
  const t = targetsOf(c).find((x) => x.id === id)!;
  return renderCriterion(t.criterion!, {
    year: c.year,
    subject: c.targetSubject,
    role: t.role,
    lead: t.lead,
  });
};

/**
 * The seed's criterion sentences for Ziel II and III are worded differently from the generated
 * ones (agreement-document.ts): the document prints the generated sentence in their place.
 */
function expectedInPdf(c: AgreementContent, seedPiece: string): string {
  const id = Object.keys(BORKEN_2014_CRITERION_WORDING).find(
    (k) => BORKEN_2014_CRITERION_WORDING[k] === seedPiece,
  );
  return id === undefined ? seedPiece : generated(c, id);
}

function renderText(c: AgreementContent, status: 'unterzeichnet' | 'entwurf' = 'unterzeichnet') {
  const model = buildAgreementDocument(c, { status, versionNo: 1 });
  const pdf = renderPdf(model);
  const text = pdfToText(pdf);
  return { model, pdf, text, body: withoutFurniture(text, model.footer) };
}

const borken = buildBorkenAgreement2014();
const signed = renderText(borken);

describe('agreement PDF: the Borken 2014 agreement round trip through pdftotext', () => {
  it('contains every paragraph of the seed, in the seed order, signatures included', () => {
    const paragraphs = seedParagraphs();
    // 2 title lines + parties + … + the two signatories: the whole seed, nothing skipped
    assert.equal(paragraphs.at(-1), 'Dr. Kai Zwicker');
    assert.deepEqual(
      missingInOrder(
        paragraphs.map((p) => expectedInPdf(borken, p)),
        signed.body,
      ),
      [],
    );
  });

  it('lists the goals, sub-goals and criteria of the seed in the seed order', () => {
    const seed = SEED.replace(/\*\*/g, '').replace(/\s+/g, ' ');
    const goals = [...SEED.matchAll(/^(I|II|III|IV|V)\. .+$/gm)].map((m) => ({
      at: seed.indexOf(m[0]),
      text: m[0],
    }));
    // a criterion sentence ends with a word and a period before a capital (not "z.B." nor "4. Quartal")
    const criteria = [
      ...seed.matchAll(
        /(Das (?:Gesamtziel|Ziel)[^.]*? erreicht, wenn .*?[a-zäöüß]\.(?= [A-ZÄÖÜ„]|$)|Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet\.)/g,
      ),
    ].map((m) => ({ at: m.index, text: m[0] }));
    // sub-goals: the opening words of each Teilziel's text as the seed has them
    const subGoals = targetsOf(borken)
      .filter((t) => t.role === 'teilziel')
      .map((t) => {
        const first = t.text[0];
        const opening = first?.kind === 'absatz' ? first.text.slice(0, 80) : '';
        return { at: seed.indexOf(opening), text: opening };
      });
    assert.deepEqual([goals.length, subGoals.length, criteria.length], [5, 8, 10]);
    assert.ok(
      subGoals.every((s) => s.at > 0),
      'every sub-goal opening is in the seed',
    );
    const ordered = [...goals, ...subGoals, ...criteria]
      .sort((a, b) => a.at - b.at)
      .map((p) => expectedInPdf(borken, p.text));
    assert.deepEqual(missingInOrder(ordered, signed.body), []);
    // Ziel II and III print the generated sentence with the seed's figures and reference year
    // generated from the typed criteria, yet word for word the seed's sentences
    assert.equal(generated(borken, 'II'), BORKEN_2014_CRITERION_WORDING.II);
    assert.equal(generated(borken, 'III'), BORKEN_2014_CRITERION_WORDING.III);
  });

  it('notices a dropped criterion and a swapped order', () => {
    const pieces = seedParagraphs().map((p) => expectedInPdf(borken, p));
    const dropped = buildBorkenAgreement2014();
    const ziel = dropped.goals[1]!.blocks.find((b) => b.kind === 'ziel' && b.target.id === 'II.2');
    if (ziel?.kind === 'ziel') ziel.target.criterion = null;
    assert.deepEqual(missingInOrder(pieces, renderText(dropped).body), [
      'Das Ziel ist erreicht, wenn die Ansätze zur Kundenfokussierung in einem dritten Jobcenter im Kreis Borken 2014 umgesetzt werden.',
    ]);
    const swapped = buildBorkenAgreement2014();
    [swapped.goals[3], swapped.goals[4]] = [swapped.goals[4]!, swapped.goals[3]!];
    assert.ok(missingInOrder(pieces, renderText(swapped).body).length > 0);
  });

  it('numbers the pages and prints the signature block of both parties', () => {
    const pages = pdfPages(signed.text);
    assert.ok(pages.length >= 4, `${pages.length} pages`);
    pages.forEach((page, i) =>
      assert.match(page, new RegExp(`Seite ${i + 1} von ${pages.length}`)),
    );
    assert.deepEqual(
      signatureColumns(borken).map((s) => [s.placeDate, s.party, s.capacityLine, s.signatory]),
      [
        [
          'Düsseldorf, den 29.04.2014',
          'Für das Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen',
          'In Vertretung',
          'Dr. Wilhelm Schäffer',
        ],
        ['Borken, den 10.04.2014', 'Für den Kreis Borken', null, 'Dr. Kai Zwicker'],
      ],
    );
  });

  it('hyphenates German text (soft hyphens at line ends) and keeps the umlauts', () => {
    const hyphenated = [...signed.text.matchAll(/(\S+)\u00AD\n(\S+)/g)].map(
      (m) => `${m[1]}${m[2]}`,
    );
    assert.ok(hyphenated.length >= 5, `${hyphenated.length} hyphenations`);
    // every hyphenated word rejoined is a word of the source text
    const source = JSON.stringify(borken);
    for (const word of hyphenated)
      assert.ok(source.includes(word.replace(/^[(„]+|[).,;:“]+$/g, '')), word);
    assert.ok(
      signed.text.includes('Präambel') &&
        signed.text.includes('Schäffer') &&
        signed.text.includes('Maße'),
    );
  });

  it('marks a draft with the diagonal ENTWURF watermark on every page, a signed agreement not', () => {
    const draft = renderText(borken, 'entwurf');
    assert.equal(draft.model.watermark, 'ENTWURF');
    // the page background is drawn first: in content order each page starts with the rotated letters
    for (const page of pdfPages(pdfToText(draft.pdf, { raw: true })))
      assert.ok(comparable(page).startsWith('ENTWURF'), page.slice(0, 40));
    assert.ok(!comparable(pdfToText(signed.pdf, { raw: true })).includes('ENTWURF'));
    assert.equal(draft.model.fileName, 'Zielvereinbarung_2014_Kreis_Borken_Entwurf');
    // a signed agreement may not be marked as a draft, an assessed one neither
    assert.equal(
      buildAgreementDocument(borken, { status: 'bewertet', versionNo: 2 }).watermark,
      null,
    );
    assert.equal(
      buildAgreementDocument(borken, { status: 'in_verhandlung', versionNo: 2 }).watermark,
      'ENTWURF',
    );
  });
});

describe('agreement document for a local agreement', () => {
  it('uses the articles of the parties and prints blank signature fields before signing', () => {
    const c = buildBorkenAgreement2014();
    c.parties[1] = { ...c.parties[1]!, name: 'Stadt Ahaus', shortName: 'Ahaus' };
    c.signatures = [];
    const model = buildAgreementDocument(c, { status: 'entwurf', versionNo: 1 });
    const centered = model.blocks.flatMap((b) => (b.kind === 'centered' ? b.lines : []));
    assert.ok(centered.includes('und der'));
    assert.deepEqual(
      signatureColumns(c).map((s) => `${s.placeDate} | ${s.party} | ${s.signatory}`),
      [
        'Ort, Datum | Für das Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen | Dr. Wilhelm Schäffer',
        'Ort, Datum | Für die Stadt Ahaus | Dr. Kai Zwicker',
      ],
    );
  });
});

describe('agreement document of a joint jobcenter (three parties)', () => {
  const joint = (): AgreementContent => {
    const c = buildBorkenAgreement2014();
    const [land, kreis] = c.parties as [
      AgreementContent['parties'][number],
      AgreementContent['parties'][number],
    ];
    c.parties = [
      { ...land, side: 0, unitId: 'AA', name: 'Agentur für Arbeit Musterstadt', shortName: null },
      {
        ...kreis,
        side: 0,
        unitId: 'KT',
        name: 'Landkreis Musterkreis',
        capacity: 'als kommunalem Träger',
      },
      {
        ...kreis,
        side: 1,
        unitId: 'JC',
        name: 'Geschäftsführung des Jobcenters Musterkreis',
        capacity: null,
      },
    ];
    c.signatures = [];
    return c;
  };

  it('names every party in the head in the agreement words and gives each a signature column', () => {
    const c = joint();
    const model = buildAgreementDocument(c, { status: 'entwurf', versionNo: 1 });
    const centered = model.blocks.flatMap((b) => (b.kind === 'centered' ? b.lines : []));
    const head = centered.slice(
      centered.indexOf('zwischen der'),
      centered.indexOf('Zielvereinbarung'),
    );
    assert.deepEqual(head, [
      'zwischen der',
      'Agentur für Arbeit Musterstadt',
      'vertreten durch Herrn Staatssekretär Dr. Wilhelm Schäffer',
      'und dem',
      'Landkreis Musterkreis',
      'als kommunalem Träger',
      'vertreten durch Herrn Landrat Dr. Kai Zwicker',
      'und der',
      'Geschäftsführung des Jobcenters Musterkreis',
      'vertreten durch Herrn Landrat Dr. Kai Zwicker',
    ]);
    assert.deepEqual(
      signatureColumns(c).map((s) => s.party),
      [
        'Für die Agentur für Arbeit Musterstadt',
        'Für den Landkreis Musterkreis',
        'Für die Geschäftsführung des Jobcenters Musterkreis',
      ],
    );
    assert.match(
      model.footer,
      /^Zielvereinbarung 2014 · Agentur für Arbeit Musterstadt und Landkreis Musterkreis – Geschäftsführung des Jobcenters Musterkreis · Fassung 1/,
    );
  });

  it('renders as PDF with all three parties', () => {
    const c = joint();
    const text = pdfToText(
      renderPdf(buildAgreementDocument(c, { status: 'entwurf', versionNo: 1 })),
      { lastPage: 1 },
    );
    for (const name of [
      'Agentur für Arbeit Musterstadt',
      'Landkreis Musterkreis',
      'Geschäftsführung des Jobcenters Musterkreis',
    ])
      assert.ok(comparable(text).includes(comparable(name)), name);
  });
});
