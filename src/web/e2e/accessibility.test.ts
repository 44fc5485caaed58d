/**
 * Accessibility (WCAG 2.1 AA, the level BITV 2.0 requires): axe-core on every page with no
 * serious or critical violation — for the ministry (the editor as the Kreis, a party to the
 * draft), and for an örtliches Jobcenter without microdata rights; keyboard use (skip link,
 * focus after navigation); the print view.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PROTECTION_NOTE } from '../../domain/disclosure/control/mark.ts';
import { api, findAgreement } from './support/api.ts';
import { assertPageClean, seriousViolations } from './support/axe.ts';
import { screenshot } from './support/browser.ts';
import type { E2eServer } from './support/server.ts';
import { setUpBrowserSession } from './support/session.ts';

let server: E2eServer;
let page: Page;
let borken2014: string;
let ahausDraft: string;

setUpBrowserSession('mais-nrw', async (session) => {
  ({ server, page } = session);
  borken2014 = (await findAgreement(server.apiUrl, 'Kreis Borken', 2014)).id;
  const ahaus = await findAgreement(server.apiUrl, 'Ahaus', 2014);
  // the Land reads the Kreis's local agreement but is no party to it: the Kreis drafts 2015
  ahausDraft = (
    await api<{ id: string }>(
      server.apiUrl,
      'POST',
      `/api/agreements/${ahaus.id}/next-year-draft`,
      {},
      'controlling-borken',
    )
  ).id;
});

/** Opens a page, waits for its content, runs axe and keeps a screenshot. */
/**
 * The first page after the server started computes the release plans of the disclosure control
 * (docs/disclosure-control.md: about 5 s per Datenstand, several times that on busy shared
 * cores); accessibility, not that start, is checked here (the journey test times the cold start).
 */
const FIRST_PAGE_TIMEOUT = 90_000;

async function checkPage(name: string, path: string, ready: string, prepare?: () => Promise<void>) {
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(ready, { timeout: FIRST_PAGE_TIMEOUT });
  await prepare?.();
  await assertPageClean(page, 'a11y', name);
}

test(
  'Übersicht, Zielvereinbarung, Kennzahlen, Vergleich, Daten: no serious or critical axe violations',
  { timeout: 180_000 },
  async () => {
    await checkPage('uebersicht', '/', '.overview-table .chips');
    await checkPage(
      'zielvereinbarung',
      `/vereinbarungen/${borken2014}`,
      '#ziel-II [data-chart-state="drawn"]',
    );
    await checkPage('kennzahlen', '/kennzahlen?einheit=05554036&jahr=2014', '#kz-K2E4');
    await checkPage('vergleich', '/vergleich?monat=2015-12&kennzahl=K2E4', '#kreis-heading');
    await checkPage('daten', '/daten', '#qualitaet-caption');
    // the demo Datenstand was computed by the engine now: the current version of the rules
    assert.match(
      await page.locator('#staende-heading + p + table tbody tr').first().innerText(),
      /eigene Mikrodaten\s+Synthetische Mikrodaten Kreis Borken \(Demo\)\s+Rechenregeln Version 2/,
    );
    await checkPage('nicht-gefunden', '/gibt-es-nicht', 'h1');
  },
);

test(
  'Editor: the empty list, an open form for each criterion kind, and field errors pass axe',
  { timeout: 120_000 },
  async () => {
    // a party edits the draft (the Kreis steers Ahaus); the ministry only reads it
    await server.logInAs(page, 'controlling-borken');
    try {
      await checkEditor();
    } finally {
      await server.logInAs(page, 'mais-nrw');
    }
  },
);

async function checkEditor() {
  await checkPage(
    'editor',
    `/vereinbarungen/${ahausDraft}/bearbeiten`,
    'text=Ziel zu Ziel II hinzufügen',
  );
  await page.getByRole('button', { name: 'Ziel zu Ziel II hinzufügen' }).click();
  for (const kind of [
    'absoluter Zielwert',
    'Meilenstein',
    'statistischer Vergleich',
    'zusammengesetztes Ziel',
  ]) {
    await page.getByLabel('Art des Kriteriums').selectOption({ label: kind });
    assert.deepEqual(await seriousViolations(page), [], `axe on the form for ${kind}`);
  }
  await page.getByLabel('Art des Kriteriums').selectOption({ label: 'relative Veränderung' });
  await page.getByLabel('Veränderung', { exact: true }).fill('viel');
  await page.getByRole('button', { name: 'Ziel speichern' }).click();
  await page.waitForSelector('.error-summary');
  await screenshot(page, 'a11y', 'editor-fehler');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the form with errors');
  // the message is tied to the field, and the summary took the focus
  const field = page.getByLabel('Veränderung', { exact: true });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const described = await field.getAttribute('aria-describedby');
  assert.match(
    await page.locator(`[id="${described?.split(' ').at(-1)}"]`).innerText(),
    /„viel“ ist keine Zahl/,
  );
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
    true,
  );
}

test(
  'keyboard: the skip link comes first and leads to the content; after navigating, the focus is on the new heading',
  { timeout: 60_000 },
  async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.overview-table');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Zum Inhalt springen',
    );
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhalt');
    await page.getByRole('link', { name: 'Kennzahlen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.match(
      await page.evaluate(() => document.activeElement?.textContent ?? ''),
      /^Kennzahlen: /,
    );
    assert.match(await page.title(), /Kennzahlen: .* – Zielsteuerung SGB II/);
  },
);

test(
  'print view of the agreement: navigation and buttons hidden, the text and the figures stay',
  { timeout: 60_000 },
  async () => {
    await page.goto(`${server.url}/vereinbarungen/${borken2014}`);
    await page.waitForSelector('#ziel-II [data-chart-state="drawn"]');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).display);
    assert.equal(await display('.app-header'), 'none');
    assert.equal(await display('.download-buttons'), 'none');
    assert.notEqual(await display('#ziel-II'), 'none');
    await screenshot(page, 'a11y', 'druckansicht');
    await page.pdf({
      path: 'test-artifacts/screenshots/druck-zielvereinbarung-borken-2014.pdf',
      format: 'A4',
    });
    await page.emulateMedia({ media: 'screen' });
  },
);

test(
  'an örtliches Jobcenter without microdata rights: its own agreement, peers in the comparison with small counts withheld, axe clean',
  { timeout: 120_000 },
  async () => {
    await server.logInAs(page, 'jobcenter-ahaus');
    await checkPage('jobcenter-uebersicht', '/', '.overview-table .chips');
    // the user sees the own agreement only (the draft 2015 is in the year 2015)
    assert.deepEqual(await page.locator('.overview-table tbody th a').allInnerTexts(), [
      'Ahaus 2014',
    ]);
    await checkPage(
      'jobcenter-vergleich',
      '/vergleich?monat=2015-12&kennzahl=K2E4',
      '#kreis-heading',
    );
    assert.equal(await page.locator('#detail-caption ~ tbody tr').count(), 18); // 17 Jobcenter and the Kreis
    assert.ok((await page.locator('.suppressed').count()) > 0, 'small counts are withheld');
    assert.ok((await page.locator('main').innerText()).includes(PROTECTION_NOTE));
  },
);

test(
  'the Protokoll of the administration: only it has the entry, the chain is in order, filters and export work, axe clean',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.overview-table');
    assert.equal(await page.getByRole('link', { name: 'Protokoll', exact: true }).count(), 0);
    await server.logInAs(page, 'admin');
    await checkPage('protokoll', '/protokoll', '.audit-chain .message-success');
    assert.equal(await page.getByRole('link', { name: 'Protokoll', exact: true }).count(), 1);
    assert.match(
      await page.locator('.audit-chain').innerText(),
      /Audit-Kette in Ordnung: \d+ Einträge, letzter Hash [0-9a-f]{64}/,
    );
    await page.getByLabel('Aktion').selectOption({ label: 'Zielvereinbarungen' });
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/aktion=agreement/);
    // at least one row, and only agreement actions (an empty table while loading proves nothing)
    await page.waitForFunction(() => {
      const codes = [...document.querySelectorAll('.audit-table tbody td:nth-child(4) code')];
      return codes.length > 0 && codes.every((c) => c.textContent?.startsWith('agreement.'));
    });
    assert.ok((await page.locator('.audit-table tbody tr').count()) > 0);
    await screenshot(page, 'a11y', 'protokoll-gefiltert');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the filtered Protokoll');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'Audit-Protokoll.csv');
  },
);
