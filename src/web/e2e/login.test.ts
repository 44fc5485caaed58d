/**
 * Logging in and out in the browser: without a session every page leads to the login page
 * (axe clean, the demo accounts named); a wrong password is said; a Jobcenter's head sees only
 * what that role may; after logging out the pages are closed again.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { cspViolations, launchBrowser, newPage, screenshot } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;

before(
  async () => {
    server = await startE2eServer('mais-nrw');
    browser = await launchBrowser();
    page = await newPage(browser);
  },
  { timeout: 300_000 },
);

after(
  async () => {
    await browser?.close();
    await server?.stop();
  },
  { timeout: 60_000 },
);

async function logInWithForm(username: string, password: string) {
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Kennwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

test(
  'without a session: the login page, axe clean, with the demo accounts; a wrong password is said',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/vergleich`);
    await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
    assert.match(page.url(), /\/anmelden\?weiter=/);
    assert.deepEqual(await seriousViolations(page), [], 'axe on the login page');
    const demo = await page.locator('.demo-accounts').innerText();
    for (const user of ['mais-nrw', 'controlling-borken', 'jobcenter-ahaus', 'admin'])
      assert.ok(demo.includes(user), demo);
    assert.match(demo, /Kennwort demo/);
    // nothing of the application before the login
    assert.equal(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count(), 0);
    await logInWithForm('jobcenter-ahaus', 'falsch');
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Benutzername oder Kennwort falsch/);
    assert.deepEqual(await seriousViolations(page), [], 'axe on the login page with its error');
    await screenshot(page, 'anmeldung', 'fehler');
  },
);

test(
  'a Jobcenter head logs in, sees the own agreement only, and logs out',
  { timeout: 120_000 },
  async () => {
    await logInWithForm('jobcenter-ahaus', 'demo');
    // back to where the user wanted to go, then the overview with the own agreement only
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    assert.match(page.url(), /\/vergleich/);
    await page.goto(`${server.url}/`);
    await page.locator('.overview-table .chips').first().waitFor();
    assert.deepEqual(await page.locator('.overview-table tbody th a').allInnerTexts(), [
      'Ahaus 2014',
    ]);
    assert.match(await page.locator('.current-user').innerText(), /Leitung Jobcenter Ahaus/);
    await screenshot(page, 'anmeldung', 'jobcenter');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/agreements')).status);
    assert.equal(status, 401);
    assert.deepEqual(cspViolations(page), []);
  },
);
