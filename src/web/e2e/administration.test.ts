/**
 * The administration's pages in the browser: the administrator opens Benutzer, creates an account
 * (the one-time password shown once opens a session), sees it in the table; Benutzer and
 * Einheiten pass axe (with their forms and a refusal shown); a ministry user has no
 * Administration navigation, and the server refuses the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertPageClean } from './support/axe.ts';
import type { E2eServer } from './support/server.ts';
import { setUpBrowserSession } from './support/session.ts';

let server: E2eServer;
let page: Page;

setUpBrowserSession('admin', (session) => {
  ({ server, page } = session);
});

const axeClean = (name: string) => assertPageClean(page, 'administration', name);

test(
  'Benutzer: the administrator creates an account, sees the one-time password once and the account in the table',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/benutzer`);
    await page.locator('#benutzer-caption').waitFor();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.equal(await nav.getByRole('list', { name: 'Administration' }).count(), 1);
    for (const label of ['Benutzer', 'Einheiten', 'Protokoll'])
      assert.equal(await nav.getByRole('link', { name: label, exact: true }).count(), 1, label);
    assert.match(await page.locator('.user-table').innerText(), /controlling-borken/);
    await axeClean('benutzer');

    await page.getByRole('button', { name: 'Neuen Benutzer anlegen' }).click();
    // the form's heading takes the focus
    await page.waitForFunction(
      () => document.activeElement?.textContent === 'Neuen Benutzer anlegen',
    );
    // nothing filled in: the server's refusal, focused, names the fields
    await page.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await page.locator('.error-summary').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
      true,
    );
    assert.equal(await page.getByLabel('Name *').getAttribute('aria-invalid'), 'true');
    await axeClean('benutzer-fehler');

    await page.getByLabel('Benutzername (Anmeldung) *').fill('e2e-leserin');
    await page.getByLabel('Name *').fill('E2E Leserin');
    await page.getByLabel('Rolle *').selectOption({ label: 'Lesezugriff' });
    await page.getByLabel('Einheit *').selectOption('05554');
    await page.getByRole('button', { name: 'Benutzer anlegen' }).click();
    const outcome = page.locator('.outcome');
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /Benutzer E2E Leserin \(e2e-leserin\) angelegt/);
    const password = await outcome.locator('code').innerText();
    assert.equal(password.length, 20);
    const row = page.locator('.user-table tbody tr', { hasText: 'e2e-leserin' });
    await row.waitFor();
    assert.match(await row.innerText(), /Lesezugriff/);
    assert.match(await row.innerText(), /Kreis Borken/);
    assert.match(await row.innerText(), /aktiv/);
    await axeClean('benutzer-angelegt');
    // the password is shown once: hidden, it is gone from the page
    await page.getByRole('button', { name: 'Kennwort ausblenden' }).click();
    assert.equal(await page.getByText(password).count(), 0);
    const login = await fetch(`${server.apiUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'e2e-leserin', password }),
    });
    assert.equal(login.status, 200);

    // the filter narrows the table
    await page.getByLabel('Suchen (Name, Benutzername, Einheit)').fill('leserin');
    await page.waitForFunction(
      () => document.querySelectorAll('.user-table tbody tr').length === 1,
    );
  },
);

test(
  'Benutzer: deactivating asks first (a modal dialog), then says what ended',
  { timeout: 60_000 },
  async () => {
    await page.goto(`${server.url}/benutzer`);
    const row = page.locator('.user-table tbody tr', { hasText: 'e2e-leserin' });
    await row.getByRole('button', { name: /^Deaktivieren/ }).click();
    const dialog = page.getByRole('dialog', { name: 'E2E Leserin deaktivieren?' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Abbrechen');
    await axeClean('benutzer-deaktivieren');
    await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
    await page.locator('.outcome').waitFor();
    assert.match(await page.locator('.outcome').innerText(), /deaktiviert.*Sitzung beendet/s);
    // the list is read again: the state in words, and the button to undo it
    await row.locator('.state-inactive').waitFor();
    assert.match(await row.locator('.account-state').innerText(), /deaktiviert/);
    await row.getByRole('button', { name: /^Reaktivieren/ }).waitFor();
  },
);

test(
  'Einheiten: the tree as nested lists, the forms to create and change a unit, axe clean',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/einheiten`);
    const tree = page.getByRole('list', { name: 'Einheitenbaum' });
    await tree.waitFor();
    assert.match((await tree.textContent()) ?? '', /Kreis Borken/);
    await axeClean('einheiten');
    // below a Land and a Träger the units are folded away
    for (const parent of ['Nordrhein-Westfalen', 'Kreis Borken'])
      await page.locator('summary', { hasText: `unter ${parent}` }).click();
    await axeClean('einheiten-aufgeklappt');
    await page.getByRole('button', { name: 'Bearbeiten (Ahaus)' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ahaus bearbeiten');
    await axeClean('einheit-bearbeiten');
    // a move without a new parent is refused, said at the field (the demo has one Träger only)
    await page.getByLabel('Zugeordnet ab *').fill('2014-01-01');
    await page.getByRole('button', { name: 'Verschieben', exact: true }).click();
    const fieldError = page.locator('#einheit-verschieben-move-parentId-fehler');
    await fieldError.waitFor();
    assert.match(await fieldError.innerText(), /Neue übergeordnete Einheit fehlt/);
    assert.equal(
      await page.getByLabel('Neue übergeordnete Einheit *').getAttribute('aria-invalid'),
      'true',
    );
    await axeClean('einheit-verschieben-fehler');
    await page.getByRole('button', { name: 'Bearbeiten beenden' }).click();

    await page.getByRole('button', { name: 'Einheit darunter anlegen (Kreis Borken)' }).click();
    await page.getByLabel('Kennung *').fill('05554999');
    await page.getByLabel('Name *').fill('Jobcenter Testdorf');
    await page.getByRole('button', { name: 'Einheit anlegen' }).click();
    await page.locator('.outcome').waitFor();
    assert.match(
      await page.locator('.outcome').innerText(),
      /Jobcenter Testdorf \(05554999\) angelegt/,
    );
    // the tree is read again: the new unit stands under Kreis Borken (unfolded above)
    await tree.getByText('Jobcenter Testdorf', { exact: true }).waitFor();
  },
);

test(
  'a ministry user has no Administration navigation, and the server refuses the pages',
  { timeout: 60_000 },
  async () => {
    await server.logInAs(page, 'mais-nrw');
    await page.goto(`${server.url}/benutzer`);
    await page.getByRole('alert').waitFor();
    assert.match(
      await page.getByRole('alert').innerText(),
      /Benutzer verwaltet nur die Administration/,
    );
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.equal(await nav.getByText('Administration').count(), 0);
    for (const label of ['Benutzer', 'Einheiten', 'Protokoll'])
      assert.equal(await nav.getByRole('link', { name: label, exact: true }).count(), 0, label);
  },
);
