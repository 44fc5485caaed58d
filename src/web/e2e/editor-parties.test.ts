/**
 * The party list of a draft in the editor: Kreis Borken's controlling adds the Agentur für Arbeit
 * Coesfeld as a second party of the steering side of the Ahaus draft, saves, and after a reload
 * finds it in the editor, in the agreement's text and among the signatures still missing. The
 * target side's parties are not the Kreis's to change (no unit, no moving, no removing offered),
 * and removing its own side's last party is refused with the server's German message at the form.
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
  rowVersion: number;
  status: string;
  content: { parties: { side: number; unitId: string; name: string }[] };
}

let server: E2eServer;
let page: Page;
let draftId: string;
const shot = (name: string) => screenshot(page, 'editor-parties', name);
const AGENTUR = 'Agentur für Arbeit Coesfeld';

setUpBrowserSession('controlling-borken', async (session) => {
  ({ server, page } = session);
  // the organisations outside the Träger tree are made by the administration
  for (const unit of [
    { id: 'BA', name: 'Bundesagentur für Arbeit', kind: 'ba', parentId: null },
    {
      id: 'RD-NRW',
      name: 'Regionaldirektion Nordrhein-Westfalen',
      kind: 'regionaldirektion',
      parentId: 'BA',
    },
    { id: 'AA331', name: AGENTUR, kind: 'agentur', parentId: 'RD-NRW', dienststelle: '331' },
  ])
    await api(
      server.apiUrl,
      'POST',
      '/api/admin/units',
      { ...unit, validFrom: '2005-01-01' },
      'admin',
    );
  const ahaus = await findAgreement(server.apiUrl, 'Ahaus', 2014);
  draftId = (
    await api<View>(server.apiUrl, 'POST', `/api/agreements/${ahaus.id}/next-year-draft`, {})
  ).id;
});

const section = () => page.getByRole('region', { name: 'Vertragspartner' });
const form = () => page.getByRole('form', { name: 'Vertragspartner bearbeiten' });

test(
  'a third party on the steering side: saved, after a reload in the editor, the text and the signatures',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${server.url}/vereinbarungen/${draftId}/bearbeiten`);
    await section().getByRole('button', { name: 'Vertragspartner bearbeiten' }).click();
    await form()
      .getByRole('button', { name: 'Vertragspartner hinzufügen (Steuernde Seite)' })
      .click();
    const label = (field: string) => `${field} (Steuernde Seite, Vertragspartner 2)`;
    await form().getByLabel(label('Einheit')).selectOption({ label: AGENTUR });
    // the unit's name is taken over
    assert.equal(await form().getByLabel(label('Name des Vertragspartners')).inputValue(), AGENTUR);
    await form().getByLabel(label('Funktion')).fill('als Träger der Leistungen nach § 6 SGB II');
    await form().getByLabel(label('Anrede der vertretenden Person')).fill('Frau');
    await form()
      .getByLabel(label('Amt der vertretenden Person'))
      .fill('Vorsitzende der Geschäftsführung');
    await form().getByLabel(label('Name der vertretenden Person')).fill('Dr. Anna Agentur');
    assert.deepEqual(await seriousViolations(page), []);
    await shot('01-formular');
    await form().getByRole('button', { name: 'Speichern' }).click();
    await page
      .getByText(/^Gespeichert: Vertragspartner geändert: .*Agentur für Arbeit Coesfeld/)
      .waitFor();

    const saved = await api<View>(server.apiUrl, 'GET', `/api/agreements/${draftId}`);
    assert.deepEqual(
      saved.content.parties.map((p) => `${p.side}:${p.name}`),
      ['0:Kreis Borken', `0:${AGENTUR}`, `1:${saved.content.parties[2]!.name}`],
    );

    await page.reload();
    const listed = await section().innerText();
    assert.match(
      listed,
      /Steuernde Seite\s+Kreis Borken[^]*Agentur für Arbeit Coesfeld als Träger der Leistungen nach § 6 SGB II\s+vertreten durch Frau Vorsitzende der Geschäftsführung Dr\. Anna Agentur\s+Zielseite/,
    );
    await shot('02-gespeichert');

    // signing waits for the draft's year marks (next-year-review.test.ts): confirmed here at once
    const marks = await api<View & { reviewMarks: { path: string }[] }>(
      server.apiUrl,
      'GET',
      `/api/agreements/${draftId}`,
    );
    const reviewed = await api<View>(server.apiUrl, 'PUT', `/api/agreements/${draftId}/content`, {
      rowVersion: marks.rowVersion,
      content: marks.content,
      reviewed: marks.reviewMarks.map((m) => m.path),
    });
    // the agreement: the party in the text; once Kreis Borken has signed, the Agentur is missing
    await api(server.apiUrl, 'POST', `/api/agreements/${draftId}/transitions`, {
      rowVersion: reviewed.rowVersion,
      action: 'verhandeln',
    });
    await page.goto(`${server.url}/vereinbarungen/${draftId}`);
    const doc = page.locator('article.document');
    await doc.waitFor();
    assert.match(
      await doc.locator('.parties').innerText(),
      /Agentur für Arbeit Coesfeld als Träger/,
    );
    const panel = page.getByRole('region', { name: 'Ablauf' });
    assert.match(
      await panel.innerText(),
      /Ihre Seite hat mehrere Vertragspartner: jeder unterschreibt nur für sich\./,
    );
    await page.getByRole('button', { name: 'unterzeichnen', exact: true }).click();
    assert.equal(
      await page.getByRole('group', { name: `Unterschrift für ${AGENTUR}` }).count(),
      0,
      'Kreis Borken signs for itself only',
    );
    const kreis = page.getByRole('group', { name: 'Unterschrift für Kreis Borken' });
    await kreis.getByLabel('Ort').fill('Borken');
    await kreis.getByLabel('Datum').fill('2014-12-01');
    await page.getByRole('button', { name: '„unterzeichnen“ bestätigen' }).click();
    await panel.getByText(/^Es fehlt noch die Unterschrift von: .+\.$/).waitFor();
    assert.match(
      await panel.innerText(),
      /Unterschrift eingetragen für: Kreis Borken\.\s+Es fehlt noch die Unterschrift von: Agentur für Arbeit Coesfeld, /,
    );
    await shot('03-unterschriften');
  },
);

test(
  'the Kreis changes only its own side; removing its side’s last party is refused in German, at the form',
  { timeout: 90_000 },
  async () => {
    // back to the draft (the signature goes with it), to edit the parties again
    const current = await api<View>(server.apiUrl, 'GET', `/api/agreements/${draftId}`);
    if (current.status !== 'entwurf')
      await api(server.apiUrl, 'POST', `/api/agreements/${draftId}/transitions`, {
        rowVersion: current.rowVersion,
        action: 'zurueckziehen',
      });
    await page.goto(`${server.url}/vereinbarungen/${draftId}/bearbeiten`);
    await section().getByRole('button', { name: 'Vertragspartner bearbeiten' }).click();
    // who stands on the target side is the target side's matter (permissions.changeParties)
    assert.equal(
      await form()
        .getByRole('button', { name: /^Entfernen \(Zielseite/ })
        .count(),
      0,
    );
    assert.equal(
      await form().getByRole('button', { name: 'Vertragspartner hinzufügen (Zielseite)' }).count(),
      0,
    );
    assert.equal(
      await form().getByLabel('Einheit (Zielseite, Vertragspartner 1)').isDisabled(),
      true,
    );
    await form()
      .getByRole('button', { name: 'Entfernen (Steuernde Seite, Vertragspartner 2)' })
      .click();
    await form()
      .getByRole('button', { name: 'Entfernen (Steuernde Seite, Vertragspartner 1)' })
      .click();
    await form().getByRole('button', { name: 'Speichern' }).click();
    const summary = form().getByRole('alert');
    await summary.waitFor();
    assert.match(
      await summary.innerText(),
      /Vertragspartner: mindestens zwei erwartet \(je Seite einer\)/,
    );
    assert.deepEqual(await seriousViolations(page), []);
    await shot('04-letzter-partner');
    const after = await api<View>(server.apiUrl, 'GET', `/api/agreements/${draftId}`);
    assert.equal(after.content.parties.filter((p) => p.side === 0).length, 2);
  },
);
