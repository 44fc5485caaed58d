/**
 * Local indicators in the editor: the Träger's controlling defines a derived indicator (the gap
 * between the Integrationsquoten of women and men; its unit, Prozentpunkte, as the domain computes
 * it), is told in German why a quota minus a stock does not make a difference, and measures a
 * target on the new indicator. Every field is labelled (axe).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { api, findAgreement } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { screenshot } from './support/browser.ts';
import type { E2eServer } from './support/server.ts';
import { setUpBrowserSession } from './support/session.ts';

interface View {
  id: string;
  permissions: { createIndicator: boolean };
  content: {
    goals: {
      blocks: { target?: { id: string; criterion: { metric?: Record<string, unknown> } | null } }[];
    }[];
  };
  indicators: { id: string; name: string }[];
}

let server: E2eServer;
let page: Page;
let draftId: string;
const shot = (name: string) => screenshot(page, 'lokale-indikatoren', name);

setUpBrowserSession('controlling-borken', async (session) => {
  ({ server, page } = session);
  const ahaus = await findAgreement(server.apiUrl, 'Ahaus', 2014);
  draftId = (
    await api<View>(server.apiUrl, 'POST', `/api/agreements/${ahaus.id}/next-year-draft`, {})
  ).id;
});

test(
  'a derived indicator: created with its unit, refused with the German reason, used in a criterion',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/vereinbarungen/${draftId}/bearbeiten`);
    const section = page.locator('section[aria-labelledby="lokale-indikatoren-kopf"]');
    await section.getByRole('button', { name: 'Lokalen Indikator anlegen' }).click();
    let form = section.locator('form.local-indicator-form');
    await form
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill('Abstand K2 Frauen − Männer');
    assert.equal(
      await form.getByRole('textbox', { name: 'Kennung', exact: true }).inputValue(),
      'ABSTAND_K2_FRAUEN_MAENNER',
    );
    await form
      .getByRole('textbox', { name: 'Beschreibung (was gezählt oder berechnet wird)' })
      .fill('Integrationsquote der Frauen minus Integrationsquote der Männer');
    await form.getByLabel('Quelle', { exact: true }).selectOption('abgeleitet');
    await form.getByLabel('Verknüpfung').selectOption('differenz');
    const first = form.getByRole('group', { name: 'Erste Größe' });
    const second = form.getByRole('group', { name: 'Zweite Größe' });
    await first.getByLabel('Kennzahl', { exact: true }).selectOption('K2');
    await first.getByLabel('Personen').selectOption('w');
    await second.getByLabel('Kennzahl', { exact: true }).selectOption('K2');
    await second.getByLabel('Personen').selectOption('m');
    const unit = form.getByTestId('abgeleitete-einheit');
    assert.match(await unit.innerText(), /Einheit \(ergibt sich aus den Größen\): Prozentpunkte/);
    await shot('01-abgeleitet');
    assert.deepEqual(await seriousViolations(page), []);
    await form.getByRole('button', { name: 'Lokalen Indikator speichern' }).click();
    await section
      .getByText('Gespeichert: lokaler Indikator „Abstand K2 Frauen − Männer“ angelegt.')
      .waitFor();
    const listed = section.locator('li', { hasText: 'ABSTAND_K2_FRAUEN_MAENNER' });
    assert.match(await listed.innerText(), /Prozentpunkte/);

    // a quota minus a stock: the server refuses in German, the message stands at the second part
    await section.getByRole('button', { name: 'Lokalen Indikator anlegen' }).click();
    form = section.locator('form.local-indicator-form');
    // nothing entered: the server's messages stand at the fields
    await form.getByRole('button', { name: 'Lokalen Indikator speichern' }).click();
    const name = form.getByRole('textbox', { name: 'Name', exact: true });
    await form.locator('#lokaler-indikator-name-fehler').waitFor();
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.match(
      await form.locator('#lokaler-indikator-name-fehler').innerText(),
      /Name darf nicht leer sein/,
    );
    assert.match(
      await form.locator('#lokaler-indikator-id-fehler').innerText(),
      /Kennung aus 2 bis 40 Großbuchstaben/,
    );
    await name.fill('Quote minus Bestand');
    await form
      .getByRole('textbox', { name: 'Beschreibung (was gezählt oder berechnet wird)' })
      .fill('ein Versuch');
    await form.getByLabel('Quelle', { exact: true }).selectOption('abgeleitet');
    await second.getByLabel('Art', { exact: true }).selectOption('grundgroesse');
    await second.getByLabel('Grundgröße').selectOption('LZB');
    assert.match(await unit.innerText(), /passen nicht zusammen/);
    await form.getByRole('button', { name: 'Lokalen Indikator speichern' }).click();
    const reason = second.locator('.field-error');
    await reason.waitFor();
    assert.match(await reason.innerText(), /Eine Differenz braucht zwei Größen derselben Einheit/);
    assert.equal(await second.getAttribute('aria-invalid'), 'true');
    await form.getByRole('alert').waitFor();
    await shot('02-differenz-abgelehnt');
    assert.deepEqual(await seriousViolations(page), []);
    await form.getByRole('button', { name: 'Abbrechen' }).click();

    // the new indicator is the metric of Ziel II's criterion
    await page.getByRole('button', { name: 'Hauptziel (II) bearbeiten' }).click();
    const target = page.locator('form.target-form');
    await target.getByLabel('Art der Messgröße').selectOption('lokal');
    await target
      .getByRole('combobox', { name: 'Lokaler Indikator' })
      .selectOption('ABSTAND_K2_FRAUEN_MAENNER');
    // the sentence names the new indicator before it is saved in the agreement
    assert.match(
      await target.getByTestId('satz').innerText(),
      /Indikator „Abstand K2 Frauen − Männer“/,
    );
    await shot('03-messgroesse');
    assert.deepEqual(await seriousViolations(page), []);
    await target.getByRole('button', { name: 'Ziel speichern' }).click();
    await page.getByText('Gespeichert: Ziel II geändert.').waitFor();
    const saved = await api<View>(server.apiUrl, 'GET', `/api/agreements/${draftId}`);
    const ii = saved.content.goals.flatMap((g) => g.blocks).find((b) => b.target?.id === 'II');
    assert.equal(ii?.target?.criterion?.metric?.source, 'lokal');
    assert.equal(ii?.target?.criterion?.metric?.indicatorId, 'ABSTAND_K2_FRAUEN_MAENNER');
    assert.deepEqual(
      saved.indicators.map((i) => i.name),
      ['Abstand K2 Frauen − Männer'],
    );
    await section.getByText('In dieser Zielvereinbarung verwendet.').waitFor();
    await shot('04-verwendet');
  },
);

test(
  'the owner changes its indicator; another unit sees it without the button, as the server decides',
  { timeout: 90_000 },
  async () => {
    await page.goto(`${server.url}/vereinbarungen/${draftId}/bearbeiten`);
    const section = page.locator('section[aria-labelledby="lokale-indikatoren-kopf"]');
    await section
      .getByRole('button', { name: 'Lokalen Indikator Abstand K2 Frauen − Männer bearbeiten' })
      .click();
    const form = section.locator('form.local-indicator-form');
    await form
      .getByRole('textbox', { name: 'Beschreibung (was gezählt oder berechnet wird)' })
      .fill('Integrationsquote (K2) der Frauen minus die der Männer');
    await form.getByRole('button', { name: 'Lokalen Indikator speichern' }).click();
    await section
      .getByText('Gespeichert: lokaler Indikator „Abstand K2 Frauen − Männer“ geändert.')
      .waitFor();
    await section.getByText('Integrationsquote (K2) der Frauen minus die der Männer').waitFor();

    // the ministry sees the Kreis' indicator but may not change it; it may define its own
    await server.logInAs(page, 'mais-nrw');
    try {
      await page.goto(`${server.url}/vereinbarungen/${draftId}/bearbeiten`);
      await section.getByText('ABSTAND_K2_FRAUEN_MAENNER').waitFor();
      assert.equal(await section.getByRole('button', { name: /bearbeiten$/ }).count(), 0);
      assert.equal(
        await section.getByRole('button', { name: 'Lokalen Indikator anlegen' }).count(),
        1,
      );
    } finally {
      await server.logInAs(page, 'controlling-borken');
    }
  },
);
