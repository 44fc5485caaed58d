/**
 * The frame of a browser test file: before its tests a server with the demo content, Chromium and
 * one page, logged in as the server's demo user (`loggedIn: false`: not logged in); after them all
 * of it closed again, the server's data removed.
 */
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { startE2eServer, type DemoUser, type E2eServer } from './server.ts';

export interface BrowserSession {
  server: E2eServer;
  browser: Browser;
  page: Page;
}

/**
 * Registers the `before` and `after` hooks of the file. `ready` receives the session once it is
 * up (the file keeps what it needs) and may prepare more, e.g. a draft to edit.
 */
export function setUpBrowserSession(
  user: DemoUser,
  ready: (session: BrowserSession) => void | Promise<void>,
  { loggedIn = true }: { loggedIn?: boolean } = {},
): void {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  before(
    async () => {
      server = await startE2eServer(user);
      browser = await launchBrowser();
      const page = await newPage(browser);
      if (loggedIn) await server.logInAs(page);
      await ready({ server, browser, page });
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
}
