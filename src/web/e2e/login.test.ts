/**
 * Logging in and out in the browser: without a session every page leads to the login page
 * (axe clean, the demo accounts named); a wrong password is said; a Jobcenter's head sees only
 * what that role may; after logging out the pages are closed again. Each role sees only what it
 * may do (access/rights.ts): the örtliches Jobcenter its own agreement with the target party's
 * steps, the Kreis's agreement with the Land not at all; the Land reads the Kreis's local
 * agreement without a step to take.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { findAgreement } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { cspViolations, screenshot } from './support/browser.ts';
import type { E2eServer } from './support/server.ts';
import { setUpBrowserSession } from './support/session.ts';

let server: E2eServer;
let page: Page;

setUpBrowserSession(
  'mais-nrw',
  (session) => {
    ({ server, page } = session);
  },
  { loggedIn: false },
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

test(
  "see only what the role may do: the Jobcenter its own agreement and the target party's steps, the Land reads the local agreement, logging out ends the session",
  { timeout: 150_000 },
  async () => {
    const borken = await findAgreement(server.apiUrl, 'Kreis Borken', 2014, 'mais-nrw');
    const ahaus = await findAgreement(server.apiUrl, 'Ahaus', 2014, 'mais-nrw');
    const panel = page.getByRole('region', { name: 'Ablauf' });
    const button = (name: string) => panel.getByRole('button', { name, exact: true });
    const link = (name: string) => panel.getByRole('link', { name, exact: true });
    const agreementPage = async (id: string, heading: string) => {
      await page.goto(`${server.url}/vereinbarungen/${id}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };

    // the örtliches Jobcenter: its own agreements only, not the Kreis's with the Land
    await server.logInAs(page, 'jobcenter-ahaus');
    await page.goto(`${server.url}/`);
    await page.locator('.overview-table .chips').first().waitFor();
    assert.deepEqual(await page.locator('.overview-table tbody th a').allInnerTexts(), [
      'Ahaus 2014',
    ]);
    assert.equal(await page.getByRole('link', { name: /Kreis Borken/ }).count(), 0);

    // its agreement offers the target party's actions only
    await agreementPage(ahaus.id, 'Zielvereinbarung Ahaus 2014');
    await page.locator('#ziel-II [data-chart-state="drawn"]').waitFor();
    assert.match(await panel.innerText(), /Sie handeln für .+ \(Zielseite\)\./);
    for (const steering of [
      'Bewertung abschließen',
      'Bewertung wieder öffnen',
      'Verhandlung aufnehmen',
      'unterzeichnen',
    ])
      assert.equal(await button(steering).count(), 0, `no „${steering}“ for the Jobcenter`);
    assert.equal(await link('Stand der Meilensteine melden').count(), 1);
    assert.equal(await link('Stand der Meilensteine feststellen').count(), 0);
    assert.equal(await link('Ziele bearbeiten').count(), 0);
    await screenshot(page, 'rollen', 'jobcenter-vereinbarung');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the agreement as the Jobcenter');
    assert.deepEqual(cspViolations(page), []);

    // the Kreis's agreement with the Land: not found (its existence is not revealed)
    await page.goto(`${server.url}/vereinbarungen/${borken.id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /Die Zielvereinbarung konnte nicht geladen werden\. Zielvereinbarung [\w-]+ nicht gefunden/,
    );
    assert.doesNotMatch(await page.locator('main').innerText(), /Kreis Borken|MAIS/);
    await screenshot(page, 'rollen', 'jobcenter-nicht-gefunden');

    // the Land sees the Kreis's local agreement but is no party to it: it reads, and acts not
    await server.logInAs(page, 'mais-nrw');
    await agreementPage(ahaus.id, 'Zielvereinbarung Ahaus 2014');
    assert.match(
      await panel.innerText(),
      /Sie sehen diese Vereinbarung lesend; handeln können Kreis Borken \(steuernd\) und .+\./,
    );
    assert.equal(await panel.getByRole('button').count(), 0, 'no step for the Land');
    assert.equal(await panel.getByRole('link').count(), 0, 'no editing for the Land');
    assert.equal(await page.getByText('Änderung beginnen (neue Fassung)').count(), 0);
    await screenshot(page, 'rollen', 'land-liest');

    // logging out ends the session: a reload shows the login page, the API answers 401
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count(), 0);
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/agreements/${id}`)).status,
      ahaus.id,
    );
    assert.equal(status, 401);
  },
);
