import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildFixtureAgreement,
  FIXTURE_INDICATOR_U25,
} from '../../domain/agreements/agreement-fixture.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';
import { buildAgreementDocument } from './agreement-document.ts';

test('the agreement document names a local indicator by its name, never by its id', () => {
  const content = buildFixtureAgreement();
  targetsOf(content)[0]!.criterion = {
    kind: 'monitoring',
    metric: { source: 'lokal', indicatorId: 'u25', aggregation: 'jahresdurchschnitt' },
  };
  const u25 = FIXTURE_INDICATOR_U25;
  const text = JSON.stringify(
    buildAgreementDocument(content, { status: 'entwurf', versionNo: 1, indicators: [u25] }),
  );
  assert.match(text, /Gegenstand des Monitorings ist der Indikator „eLb unter 25 Jahren“/);
  assert.doesNotMatch(text, /„u25“/);
});
