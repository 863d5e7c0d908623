/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ARTIFACTS } from './processes.js';
import type { TestUser } from './test-realm.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No background traffic: this machine reaches nothing but 127.0.0.1 and the package registries.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * From the hub's login page through Keycloak's form and back. Returns the milliseconds from the click
 * on Keycloak's "Sign In" to the first hub page after the callback.
 */
export async function logIn(page: Page, hubUrl: string, user: TestUser): Promise<number> {
  await page.goto(`${hubUrl}/hub/login`);
  await page.getByText('Sign in with Keycloak').click();
  await page.waitForSelector('#username');
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  const started = performance.now();
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(`${hubUrl}/`) && !url.pathname.endsWith('/oauth_callback'), {
      waitUntil: 'load',
    }),
    page.click('#kc-login'),
  ]);
  return performance.now() - started;
}
