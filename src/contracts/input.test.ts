import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import {
  calendarDate,
  calendarMonth,
  datenstandRef,
  INT4_MAX,
  positiveInt,
  queryPositiveInt,
  requiredText,
} from './input.ts';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('shared input rules', () => {
  it('texts refuse NUL and other control characters and lone surrogates, naming the field', () => {
    const title = requiredText('Titel');
    assert.deepEqual(messages(title, 'Zeile 1\n\tZeile 2\r\n😀'), []);
    assert.deepEqual(messages(title, 'a\u0000b'), [
      'Titel: Steuerzeichen (z. B. NUL) sind nicht erlaubt',
    ]);
    assert.deepEqual(messages(title, 'a\u001bb'), [
      'Titel: Steuerzeichen (z. B. NUL) sind nicht erlaubt',
    ]);
    assert.deepEqual(messages(title, 'a\ud800b'), [
      'Titel: unvollständiges Unicode-Zeichen (einzelnes Surrogat)',
    ]);
    assert.deepEqual(messages(title, '\udc00'), [
      'Titel: unvollständiges Unicode-Zeichen (einzelnes Surrogat)',
    ]);
    assert.deepEqual(messages(title, '   '), ['Titel darf nicht leer sein']);
    assert.deepEqual(messages(requiredText('Titel', 5), 'sechs!'), ['Titel: höchstens 5 Zeichen']);
  });

  it('integers fit PostgreSQL int4', () => {
    const rowVersion = positiveInt('rowVersion');
    assert.deepEqual(messages(rowVersion, INT4_MAX), []);
    assert.deepEqual(messages(rowVersion, 2 ** 31), [`rowVersion: höchstens ${INT4_MAX}`]);
    assert.deepEqual(messages(rowVersion, 2 ** 53), [`rowVersion: höchstens ${INT4_MAX}`]);
    assert.deepEqual(messages(rowVersion, 0), ['rowVersion: mindestens 1']);
    assert.deepEqual(messages(rowVersion, 1.5), ['rowVersion: ganze Zahl erwartet']);
    assert.deepEqual(messages(rowVersion, '3'), ['rowVersion: ganze Zahl erwartet']);
    const version = queryPositiveInt('Fassung');
    assert.equal(version.parse('12'), 12);
    assert.deepEqual(messages(version, 'NaN'), ['Fassung: ganze Zahl erwartet']);
    assert.deepEqual(messages(version, '2147483648'), [`Fassung: höchstens ${INT4_MAX}`]);
    assert.equal(datenstandRef().parse(undefined), 'latest');
    assert.equal(datenstandRef().parse('7'), 7);
    assert.equal(datenstandRef().safeParse('99999999999').success, false);
  });

  it('dates are real calendar days of a plausible year', () => {
    const since = calendarDate('Seit');
    assert.deepEqual(messages(since, '2016-02-29'), []);
    assert.deepEqual(messages(since, '2014-02-30'), ['Seit: Datum im Format JJJJ-MM-TT erwartet']);
    assert.deepEqual(messages(since, '2015-02-29'), ['Seit: Datum im Format JJJJ-MM-TT erwartet']);
    assert.deepEqual(messages(since, '0000-01-01'), ['Seit: Jahr zwischen 1900 und 2200 erwartet']);
    assert.deepEqual(messages(since, '29.04.2014'), ['Seit: Datum im Format JJJJ-MM-TT erwartet']);
    assert.deepEqual(messages(calendarMonth('von'), '0000-01'), [
      'von: Jahr zwischen 1900 und 2200 erwartet',
    ]);
    assert.deepEqual(messages(calendarMonth('von'), '2014-13'), [
      'von: Monat im Format JJJJ-MM erwartet',
    ]);
  });

  it('zod messages without a field name of their own are German', () => {
    assert.match(
      messages(z.object({ a: z.string() }).strict(), { a: 'x', b: 1 })[0] ?? '',
      /^Unbekannter Schlüssel/,
    );
  });
});
