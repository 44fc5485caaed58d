import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { targetsOf } from './agreement.ts';
import { buildFixtureAgreement } from './agreement-fixture.ts';
import {
  AGREEMENT_STATUSES,
  allowedActions,
  applyAction,
  canEdit,
  canRecordProgress,
  checkSignatures,
  isIsoDate,
  onlyProgressChanged,
  startRevision,
  STATUS_LABELS,
} from './lifecycle.ts';

describe('agreement lifecycle', () => {
  it('allows exactly the documented actions per status', () => {
    const table = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, allowedActions(s)]));
    assert.deepEqual(table, {
      entwurf: ['anbieten', 'verhandeln'],
      angebot: ['verhandeln', 'zurueckziehen'],
      in_verhandlung: ['anbieten', 'zurueckziehen', 'unterzeichnen'],
      unterzeichnet: ['bewerten'],
      bewertet: ['wiedereroeffnen'],
    });
  });

  it('walks the whole way with a properly signed content', () => {
    const content = buildFixtureAgreement();
    let status = AGREEMENT_STATUSES[0]!;
    for (const action of ['anbieten', 'verhandeln', 'unterzeichnen', 'bewerten'] as const) {
      const result = applyAction(status, action, content, []);
      assert.ok(result.ok, action);
      status = result.status;
    }
    assert.equal(status, 'bewertet');
  });

  it('refuses an action from the wrong status with a German reason', () => {
    const result = applyAction('entwurf', 'unterzeichnen', buildFixtureAgreement(), []);
    assert.deepEqual(result, {
      ok: false,
      reason: '„unterzeichnen“ ist im Status „Entwurf“ nicht möglich.',
    });
    assert.equal(applyAction('bewertet', 'zurueckziehen', buildFixtureAgreement(), []).ok, false);
  });

  it('signs only with both signatures, each with place and date', () => {
    const content = buildFixtureAgreement();
    content.signatures = [
      { party: 1, place: ' ', date: '2014-02-30', capacityLine: null, signatory: 'Dr. B' },
    ];
    assert.deepEqual(checkSignatures(content), [
      'Die Unterschrift für Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen fehlt.',
      'Bei der Unterschrift für Kreis Borken fehlt der Ort.',
      'Bei der Unterschrift für Kreis Borken fehlt ein gültiges Datum (JJJJ-MM-TT).',
    ]);
    const result = applyAction('in_verhandlung', 'unterzeichnen', content, []);
    assert.equal(result.ok, false);
    assert.deepEqual(checkSignatures(buildFixtureAgreement()), []);
  });

  it('stays in negotiation with one proper signature and is signed with the second', () => {
    const both = buildFixtureAgreement();
    const one = { ...both, signatures: both.signatures.filter((s) => s.party === 1) };
    assert.deepEqual(applyAction('in_verhandlung', 'unterzeichnen', one, []), {
      ok: true,
      status: 'in_verhandlung',
    });
    assert.deepEqual(applyAction('in_verhandlung', 'unterzeichnen', both, []), {
      ok: true,
      status: 'unterzeichnet',
    });
    assert.deepEqual(
      applyAction('in_verhandlung', 'unterzeichnen', { ...both, signatures: [] }, []),
      {
        ok: false,
        reason: 'Es ist keine Unterschrift eingetragen.',
      },
    );
  });

  it('waits for an open review mark of the next year before signing, and only when signing', () => {
    const both = buildFixtureAgreement();
    const mark = { path: 'title', text: 'Ziele 2015', notes: ['„2014“ → „2015“ geändert'] };
    assert.deepEqual(applyAction('in_verhandlung', 'unterzeichnen', both, [mark]), {
      ok: false,
      reason:
        'Eine Jahresangabe ist noch nicht geprüft (zuerst: „Ziele 2015“) – bitte im Editor als geprüft vermerken oder den Text ändern.',
    });
    assert.deepEqual(applyAction('in_verhandlung', 'zurueckziehen', both, [mark]), {
      ok: true,
      status: 'entwurf',
    });
  });

  it('flags a party that signed twice', () => {
    const content = buildFixtureAgreement();
    content.signatures.push({
      party: 0,
      place: 'Düsseldorf',
      date: '2014-04-30',
      capacityLine: null,
      signatory: 'X',
    });
    assert.deepEqual(checkSignatures(content), [
      'Für Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen sind 2 Unterschriften eingetragen, erwartet ist eine.',
    ]);
  });

  it('lets text be edited in entwurf and in_verhandlung only', () => {
    assert.deepEqual(AGREEMENT_STATUSES.filter(canEdit), ['entwurf', 'in_verhandlung']);
    assert.deepEqual(AGREEMENT_STATUSES.filter(canRecordProgress), ['unterzeichnet']);
  });

  it('revises a signed version as a new draft without signatures and leaves the original alone', () => {
    const signed = buildFixtureAgreement();
    const revision = startRevision('unterzeichnet', signed);
    assert.equal(revision.status, 'entwurf');
    assert.deepEqual(revision.content.signatures, []);
    assert.equal(signed.signatures.length, 2);
    revision.content.goals.pop();
    assert.equal(signed.goals.length, 2);
    assert.throws(() => startRevision('bewertet', signed), /nur von einer unterzeichneten/);
    assert.throws(() => startRevision('entwurf', signed));
  });

  it('tells a recorded milestone state from a change of the text', () => {
    const before = buildFixtureAgreement();
    const progressed = buildFixtureAgreement();
    const milestone = targetsOf(progressed).find((t) => t.id === 'II.1')?.criterion;
    if (milestone?.kind !== 'meilenstein') throw new Error('fixture changed');
    milestone.state = 'erreicht';
    milestone.stateNote = 'Projekt läuft seit 09/2014';
    assert.equal(onlyProgressChanged(before, progressed), true);
    milestone.due = '2015-06-30';
    assert.equal(onlyProgressChanged(before, progressed), false);
  });

  it('records the decision on a qualitative target like a milestone state, not as a change of text', () => {
    const qualitative = (state: 'offen' | 'erreicht') => {
      const content = buildFixtureAgreement();
      const target = targetsOf(content).find((t) => t.id === 'II.1')!;
      target.criterion = {
        kind: 'qualitativ',
        condition: 'die Kooperation mit dem Jugendamt vereinbart ist',
        due: null,
        evidence: 'Vereinbarung',
        state,
        stateNote: state === 'erreicht' ? 'unterzeichnet am 3.11.2014' : null,
      };
      return content;
    };
    assert.equal(onlyProgressChanged(qualitative('offen'), qualitative('erreicht')), true);
    const reworded = qualitative('erreicht');
    const c = targetsOf(reworded).find((t) => t.id === 'II.1')!.criterion!;
    if (c.kind !== 'qualitativ') throw new Error('fixture changed');
    c.condition = 'etwas anderes';
    assert.equal(onlyProgressChanged(qualitative('offen'), reworded), false);
  });

  it('labels statuses in German and checks calendar dates', () => {
    assert.equal(STATUS_LABELS.in_verhandlung, 'in Verhandlung');
    assert.equal(isIsoDate('2016-02-29'), true);
    assert.equal(isIsoDate('2014-02-29'), false);
    assert.equal(isIsoDate('29.04.2014'), false);
  });
});
