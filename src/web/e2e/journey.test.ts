/**
 * The journey of the issue in real Chromium: overview → the Borken 2014 agreement → a target's
 * status and chart → next year's draft, a new target, submit (anbieten), negotiate, sign →
 * the 17 örtliche Jobcenter compared. The acting user is the ministry (MAIS NRW, no microdata
 * rights); in the lifecycle the Kreis (controlling-borken) takes its own steps in the same
 * browser: it offers and signs for itself, the ministry negotiates and signs for itself.
 * Screenshots go to test-artifacts/screenshots/journey-*.png; the first test measures the bundle
 * and the time to the first render of the overview (test-artifacts/performance.json).
 */
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { PROTECTED_SYMBOL, PROTECTION_NOTE } from '../../domain/disclosure/control/mark.ts';
import { api, findAgreement } from './support/api.ts';
import { cspViolations, screenshot } from './support/browser.ts';
import { measureBundle, measureOverview, saveMetrics } from './support/metrics.ts';
import type { DemoUser, E2eServer } from './support/server.ts';
import { setUpBrowserSession } from './support/session.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
const shot = (name: string) => screenshot(page, 'journey', name);

setUpBrowserSession('mais-nrw', (session) => {
  ({ server, browser, page } = session);
});

test(
  'the overview renders quickly from a cold cache; bundle and timings are recorded',
  { timeout: 180_000 },
  async (t) => {
    const bundle = await measureBundle();
    const logIn = (p: Page) => server.logInAs(p, 'mais-nrw');
    const cold = await measureOverview(browser, `${server.url}/`, 1, logIn);
    const slowCpu = await measureOverview(browser, `${server.url}/`, 4, logIn);
    const path = await saveMetrics('performance', {
      bundle,
      overview: { cold, cpuSlowdown4x: slowCpu },
    });
    t.diagnostic(
      `bundle initial ${bundle.initial.bytes} B (gzip ${bundle.initial.gzipBytes} B), total ${bundle.total.bytes} B; overview table ${cold.tableRendered.toFixed(0)} ms, statuses ${cold.statusesComplete.toFixed(0)} ms, 4× CPU ${slowCpu.tableRendered.toFixed(0)} ms → ${path}`,
    );
    // budgets with room for a busy shared machine: the table within 3 s, on a 4× slower CPU within 8 s
    assert.ok(cold.tableRendered < 3000, `overview table after ${cold.tableRendered} ms`);
    assert.ok(
      slowCpu.tableRendered < 8000,
      `overview table (4× CPU) after ${slowCpu.tableRendered} ms`,
    );
    assert.ok(
      bundle.initial.gzipBytes < 200_000,
      `initial bundle ${bundle.initial.gzipBytes} B gzip`,
    );
  },
);

test(
  'Übersicht: the agreements of 2014 with one status per target and the Datenstand',
  { timeout: 60_000 },
  async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('heading', { level: 1, name: 'Übersicht der Zielvereinbarungen 2014' })
      .waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Status wird geladen'));
    const borken = page.getByRole('row', { name: /Kreis Borken 2014/ });
    await borken.getByText('unterzeichnet').waitFor();
    // Ziel II of the Träger is not reached on the synthetic data (25,6 % < 26,4 %), Ziel III is
    assert.equal(await borken.getByTitle('Ziel II: nicht erreicht').count(), 1);
    assert.equal(await borken.getByTitle('Ziel III: erreicht').count(), 1);
    assert.equal(await page.locator('.overview-table tbody tr').count(), 18);
    assert.match(await page.locator('.lead').innerText(), /Datenstand 30\.04\.2016/);
    // filtered to the Träger: its agreement and the 17 cascaded ones stay
    await page.getByLabel('Land').selectOption({ label: 'Nordrhein-Westfalen' });
    await page.getByLabel('Träger').selectOption({ label: 'Kreis Borken (zkT)' });
    await page.waitForURL(/traeger=05554/);
    assert.equal(await page.locator('.overview-table tbody tr').count(), 18);
    await shot('01-uebersicht');
  },
);

test(
  'Zielvereinbarung Borken 2014: Ziel II with its status, figures and chart',
  { timeout: 60_000 },
  async () => {
    await page.getByRole('link', { name: 'Kreis Borken 2014' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Zielvereinbarung Kreis Borken 2014' })
      .waitFor();
    assert.equal(await page.locator('.stepper [aria-current="step"]').innerText(), 'unterzeichnet');
    const zielII = page.locator('[id="ziel-II"]');
    await zielII.locator('[data-chart-state="drawn"] svg').waitFor();
    assert.match(
      await zielII.locator('.criterion-sentence').innerText(),
      /um 0,5 % gegenüber dem Vorjahr gesteigert wird/,
    );
    assert.match(await zielII.locator('.status').first().innerText(), /nicht erreicht/);
    const figures = await zielII.locator('.figures').innerText();
    assert.match(figures, /25,6 %/);
    assert.match(figures, /26,4 %/);
    assert.match(figures, /−0,9 Prozentpunkte/);
    assert.match(
      await zielII.locator('figcaption').innerText(),
      /Dezember 25,6 %, Vorjahr 26,3 %; Zielwert Dezember 26,4 %/,
    );
    const zielIII = page.locator('[id="ziel-III"]');
    assert.match(await zielIII.locator('.status').first().innerText(), /erreicht/);
    assert.match(await zielIII.locator('.figures').innerText(), /6\.647,6/);
    // a milestone with its due date and recorded state
    assert.match(
      await page.locator('[id="ziel-II.1"] .figures').innerText(),
      /31\.12\.2014[\s\S]*offen/,
    );
    await shot('02-zielvereinbarung');
    await zielII.screenshot({ path: 'test-artifacts/screenshots/journey-03-ziel-II-grafik.png' });
  },
);

test(
  'in-year monitoring: at the end of June Ziel II is at risk, with a December forecast and its band',
  { timeout: 60_000 },
  async () => {
    await page.getByLabel('Stand der Zahlen').selectOption({ label: 'Ende Juni 2014' });
    const zielII = page.locator('[id="ziel-II"]');
    await zielII.locator('dt', { hasText: 'Prognose Dezember' }).waitFor();
    assert.match(await zielII.locator('.status').first().innerText(), /gefährdet/);
    // June 2014: 12,5 % against 12,9 % (June 2013 12,8478 % + 0,5 %); forecast 25,5 % in 24,7 … 26,5 %
    const figures = await zielII.locator('.figures').innerText();
    assert.match(figures, /Juni 2014/);
    assert.match(figures, /12,5 %/);
    assert.match(figures, /25,5 %\s*80-%-Intervall 24,7 % bis 26,5 %/);
    await zielII.locator('[data-chart-state="drawn"] svg').waitFor();
    assert.match(
      await zielII.locator('figcaption').innerText(),
      /Juni 12,5 %.*Prognose Dezember 25,5 % \(24,7 % bis 26,5 %\)/,
    );
    await zielII.screenshot({
      path: 'test-artifacts/screenshots/journey-03b-ziel-II-juni-prognose.png',
    });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Zielvereinbarung als PDF' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.pdf$/);
    const path = await file.path();
    assert.equal((await readFile(path)).subarray(0, 5).toString(), '%PDF-');
    await page.getByLabel('Stand der Zahlen').selectOption({ label: 'neueste Zahlen' });
  },
);

test(
  'next year: a draft for 2015, a new target with its German sentence, checked at the field',
  { timeout: 90_000 },
  async () => {
    await page.getByRole('button', { name: 'Entwurf für 2015 anlegen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ziele bearbeiten: Kreis Borken 2015' })
      .waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await page.getByRole('button', { name: 'Ziel zu Ziel II hinzufügen' }).click();
    const form = page.locator('form.target-form');
    await form.getByLabel('Personen').selectOption({ label: 'Frauen' });
    await form.getByLabel('Veränderung', { exact: true }).fill('eins');
    await form.getByRole('button', { name: 'Ziel speichern' }).click();
    assert.match(await form.locator('.error-summary').innerText(), /„eins“ ist keine Zahl/);
    assert.equal(
      await form.getByLabel('Veränderung', { exact: true }).getAttribute('aria-invalid'),
      'true',
    );
    await form.getByLabel('Veränderung', { exact: true }).fill('1,5');
    assert.equal(await form.locator('.error-summary').count(), 0);
    assert.equal(
      await form.getByTestId('satz').innerText(),
      'Das Ziel ist erreicht, wenn die Integrationsquote der Frauen des Jobcenters des Kreises Borken um 1,5 % gegenüber dem Vorjahr gesteigert wird.',
    );
    await shot('04-editor-neues-ziel');
    await form.getByRole('button', { name: 'Ziel speichern' }).click();
    await page.getByText('Gespeichert: Ziel II.5 hinzugefügt.').waitFor();
    const draft = await findAgreement(server.apiUrl, 'Kreis Borken', 2015);
    const view = await api<{
      content: {
        goals: {
          blocks: {
            kind: string;
            target?: { id: string; criterion: { change: number; metric: { sex: string } } };
          }[];
        }[];
      };
    }>(server.apiUrl, 'GET', `/api/agreements/${draft.id}`);
    const added = view.content.goals
      .flatMap((g) => g.blocks)
      .find((b) => b.target?.id === 'II.5')?.target;
    assert.deepEqual([added?.criterion.change, added?.criterion.metric.sex], [1.5, 'w']);
    await shot('05-editor-gespeichert');
  },
);

test(
  'lifecycle: Angebot abgeben, Verhandlung aufnehmen, unterzeichnen with both signatures',
  { timeout: 150_000 },
  async () => {
    // signing waits for the draft's year marks ("Jahresangabe prüfen", next-year-review.test.ts):
    // the parties have checked them, confirmed here at once
    const draft = await findAgreement(server.apiUrl, 'Kreis Borken', 2015);
    const read = await api<{
      rowVersion: number;
      content: unknown;
      reviewMarks: { path: string }[];
    }>(server.apiUrl, 'GET', `/api/agreements/${draft.id}`);
    assert.ok(read.reviewMarks.length > 0, 'the 2015 draft carries year marks');
    // the panel says so before anyone tries to sign
    await page.getByRole('link', { name: 'Zielvereinbarung Kreis Borken 2015' }).click();
    const hint = page.getByText(
      /^Vor dem Unterzeichnen: \d+ Jahresangaben sind noch nicht geprüft/,
    );
    await hint.waitFor();
    assert.match(
      await hint.innerText(),
      new RegExp(
        `^Vor dem Unterzeichnen: ${read.reviewMarks.length} Jahresangaben sind noch nicht geprüft \\(zuerst: „.+“\\) – bitte im Editor als geprüft vermerken oder den Text ändern\\.$`,
      ),
    );
    await page.goBack();
    const checked = await api<{ reviewMarks: unknown[] }>(
      server.apiUrl,
      'PUT',
      `/api/agreements/${draft.id}/content`,
      {
        rowVersion: read.rowVersion,
        content: read.content,
        reviewed: read.reviewMarks.map((m) => m.path),
      },
    );
    assert.deepEqual(checked.reviewMarks, []);
    await page.reload();
    await page.getByRole('link', { name: 'Zielvereinbarung Kreis Borken 2015' }).click();
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Zielvereinbarung Kreis Borken 2015',
    });
    await heading.waitFor();
    assert.doesNotMatch(
      await page.getByRole('region', { name: 'Ablauf' }).innerText(),
      /Vor dem Unterzeichnen/,
    );
    assert.equal(await page.locator('.stepper [aria-current="step"]').innerText(), 'Entwurf');
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const panel = page.getByRole('region', { name: 'Ablauf' });
    // the Land steers: the offer is the Kreis's step
    assert.match(await panel.innerText(), /Sie handeln für .+ \(steuernde Seite\)\./);
    assert.equal(await button('Angebot abgeben').count(), 0);
    /** the other party takes over this browser: its own session, the page loaded again */
    const actAs = async (user: DemoUser) => {
      await server.logInAs(page, user);
      await page.reload();
      await heading.waitFor();
    };
    const step = async (action: string, expected: string, fill?: () => Promise<void>) => {
      await button(action).click();
      await fill?.();
      await page.getByLabel('Kommentar zu diesem Schritt (optional)').fill(`${action} im Test`);
      await page.getByRole('button', { name: `„${action}“ bestätigen` }).click();
      await page.getByText(`Status jetzt: ${expected}.`).waitFor();
      assert.equal(await page.locator('.stepper [aria-current="step"]').innerText(), expected);
    };
    const mais = page.getByRole('group', { name: 'Unterschrift für MAIS NRW' });
    const kreis = page.getByRole('group', { name: 'Unterschrift für Kreis Borken' });

    // the target party (Kreis Borken) offers its target values
    await actAs('controlling-borken');
    assert.match(await panel.innerText(), /Sie handeln für Kreis Borken \(Zielseite\)\./);
    assert.equal(await button('Verhandlung aufnehmen').count(), 0);
    await step('Angebot abgeben', 'Angebot');
    assert.equal(await button('Verhandlung aufnehmen').count(), 0);

    // the steering party (the Land) negotiates and signs for itself only
    await actAs('mais-nrw');
    await step('Verhandlung aufnehmen', 'in Verhandlung');
    await step('unterzeichnen', 'in Verhandlung', async () => {
      assert.equal(await kreis.count(), 0, 'the Land signs for the Land only');
      await mais.getByLabel('Ort').fill('Düsseldorf');
      await mais.getByLabel('Datum').fill('2015-04-20');
      await mais.getByLabel('Zeichnungszeile (optional)').fill('In Vertretung');
      await shot('06-unterzeichnen-land');
    });
    await panel.getByText(/^Unterschrift eingetragen für: .+\.$/).waitFor();
    assert.equal(await button('unterzeichnen').count(), 0, 'the Land has signed');

    // the Kreis signs its own signature: both are there, the agreement is signed
    await actAs('controlling-borken');
    await step('unterzeichnen', 'unterzeichnet', async () => {
      assert.equal(await mais.count(), 0, 'the Kreis signs for the Kreis only');
      await kreis.getByLabel('Ort').fill('Borken');
      await kreis.getByLabel('Datum').fill('2015-04-14');
      await shot('06-unterzeichnen-kreis');
    });
    const signatures = await page.locator('.signatures').innerText();
    assert.match(signatures, /Düsseldorf, den 20\.04\.2015/);
    assert.match(signatures, /Borken, den 14\.04\.2015/);
    assert.match(
      await page.locator('[id="ziel-II.5"] .criterion-sentence').innerText(),
      /der Frauen .* um 1,5 % gegenüber dem Vorjahr gesteigert wird/,
    );
    const history = await page.locator('.history').last().innerText();
    assert.match(history, /Angebot abgeben im Test/);
    assert.match(history, /Verhandlung aufnehmen im Test/);
    assert.match(history, /unterzeichnen im Test/);
    await shot('07-unterzeichnet');
  },
);

test(
  'Vergleich: the 17 örtliche Jobcenter side by side, quartiles, small counts withheld for the ministry',
  { timeout: 60_000 },
  async () => {
    await server.logInAs(page, 'mais-nrw');
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Vergleich', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergleich der Jobcenter' }).waitFor();
    await page.getByLabel('Berichtsmonat').selectOption('2015-12');
    await page.getByLabel('Kennzahl im Detail').selectOption('K2E4');
    const heading = page.getByRole('heading', {
      level: 2,
      name: /Kreis Borken: 17 örtliche Jobcenter, 12\/2015/,
    });
    await heading.waitFor();
    const detail = page.locator('table:has(#detail-caption)');
    assert.equal(await detail.locator('tbody tr').count(), 18);
    // Heek and Legden rest on 1 or 2 integrations of single parents in 2015 (synthetic data)
    const hidden = await detail.locator('tbody tr:has(.suppressed) th').allInnerTexts();
    assert.deepEqual(hidden, ['Heek', 'Legden']);
    // one mark, no reason; the legend once under the table
    const heek = await detail.locator('tr:has-text("Heek")').innerText();
    assert.match(heek, /•/);
    assert.doesNotMatch(heek, /unterdrückt|beruht auf|zurückrechnen/);
    const legend = page.locator('.table-wrap:has(#detail-caption) + p.table-note');
    assert.deepEqual(await legend.allInnerTexts(), [`${PROTECTED_SYMBOL} ${PROTECTION_NOTE}`]);
    assert.match(
      await page.locator('main').innerText(),
      /Median \d+,\d %; die mittlere Hälfte liegt zwischen/,
    );
    const matrix = page.locator('table.matrix').first();
    assert.equal(await matrix.locator('tbody tr').count(), 17 + 1 + 5);
    assert.match(await matrix.locator('tr.distribution').nth(2).innerText(), /^Median/);
    await shot('08-vergleich');
  },
);

test(
  'the Content-Security-Policy is sent and blocks nothing the application uses on this journey',
  { timeout: 30_000 },
  async () => {
    const response = await page.goto(`${server.url}/vergleich`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    await page.getByRole('heading', { level: 1, name: 'Vergleich der Jobcenter' }).waitFor();
    assert.deepEqual(cspViolations(page), []);
  },
);
