import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfToText } from '../../test-support/pdf-text.ts';
import { compileTypstPdf, TypstCompileError } from './compile-pdf.ts';
import { escapeTypstMarkup, typstContent, typstString } from './escape.ts';

/** Every character with a meaning in Typst markup, in the contexts where it has one. */
const TRICKY = [
  '#let x = 1',
  '*fett*',
  '_kursiv_',
  '$a^2$',
  '<label>',
  '@ref',
  '[Klammer]',
  '{Block}',
  'C:\\Pfad\\n',
  '`raw`',
  '~',
  '-- und ---',
  'Silben-?trennung',
  '1. Aufzählung',
  '+ Liste',
  '- Strich',
  '= Überschrift',
  '/ Begriff: Erklärung',
  '// Kommentar',
  '/* Block */',
  '"gerade" und \'einfach\'',
  'Punkte...',
  'https://www.arbeit.nrw.de',
  '§ 48b Abs. 1 — 24,6 % — Müller & Söhne',
].join(' ');

describe('Typst escaping', () => {
  it('escapes each markup character with a backslash and leaves letters, digits and spaces alone', () => {
    assert.equal(escapeTypstMarkup('a#b'), 'a\\#b');
    assert.equal(escapeTypstMarkup('*x* _y_ $z$'), '\\*x\\* \\_y\\_ \\$z\\$');
    assert.equal(escapeTypstMarkup('@r <l> [a] \\ `c`'), '\\@r \\<l\\> \\[a\\] \\\\ \\`c\\`');
    assert.equal(escapeTypstMarkup('= 1. - + / ~ " \''), '\\= 1\\. \\- \\+ \\/ \\~ \\" \\\'');
    assert.equal(escapeTypstMarkup('Straße 24,6 %'), 'Straße 24,6 %');
    // a line break in user text is a space: paragraphs are the model's structure
    assert.equal(escapeTypstMarkup('a\nb\r\nc'), 'a b c');
    assert.equal(typstContent('*'), '[\\*]');
  });

  it('writes string literals with escaped backslash, quote and control characters', () => {
    assert.equal(typstString('a"b\\c\nd\te'), '"a\\"b\\\\c\\nd\\te"');
  });

  it('prints the text literally, in markup and as a string', () => {
    const pdf = compileTypstPdf(
      `#set text(lang: "de")\n#set page(width: auto, height: auto)\n${escapeTypstMarkup(TRICKY)}\n\n#text(${typstString(TRICKY)})\n`,
    );
    const lines = pdfToText(pdf)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    assert.deepEqual(lines, [TRICKY, TRICKY]);
  });

  it('reports a Typst error with its message', () => {
    assert.throws(
      () => compileTypstPdf('#nichtda()'),
      (e: unknown) => e instanceof TypstCompileError && /unknown variable: nichtda/.test(e.message),
    );
  });
});
