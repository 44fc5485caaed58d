import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentDisposition } from '../../server/routes/documents/file-response.ts';
import { toAsciiFileName } from './file-name.ts';
import { accusativeArticle, dativeArticle } from './german-articles.ts';

describe('file names', () => {
  it('transliterates German letters and keeps only safe characters', () => {
    assert.equal(
      toAsciiFileName('Zielvereinbarung 2014 Südlohn – Schöppingen/Groß'),
      'Zielvereinbarung_2014_Suedlohn_Schoeppingen_Gross',
    );
    assert.equal(toAsciiFileName('Über "Maß" & Ähre: café'), 'Ueber_Mass_Aehre_cafe');
    assert.equal(
      toAsciiFileName('Monitoringbericht Kreis Borken 2014-06'),
      'Monitoringbericht_Kreis_Borken_2014-06',
    );
    assert.equal(toAsciiFileName('„“'), 'Dokument');
  });

  it('writes Content-Disposition with an ASCII filename and the RFC 5987 form', () => {
    assert.equal(
      contentDisposition('Bericht_2014.pdf'),
      `attachment; filename="Bericht_2014.pdf"; filename*=UTF-8''Bericht_2014.pdf`,
    );
    assert.equal(
      contentDisposition('Prüfung "1".pdf'),
      `attachment; filename="Pr_fung _1_.pdf"; filename*=UTF-8''Pr%C3%BCfung%20%221%22.pdf`,
    );
  });
});

describe('articles before party names', () => {
  it('follows the head noun', () => {
    assert.deepEqual(
      [
        'Ministerium für Arbeit',
        'Kreis Borken',
        'Stadt Ahaus',
        'Gemeinde Heek',
        'Jobcenter Essen',
        'Rhein-Sieg-Kreis',
        'Hochsauerlandkreis',
      ].map((n) => `${dativeArticle(n)}/${accusativeArticle(n)}`),
      ['dem/das', 'dem/den', 'der/die', 'der/die', 'dem/das', 'dem/den', 'dem/den'],
    );
  });
});
