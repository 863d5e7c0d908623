/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ARTIFACTS } from './processes.js';
import type { TestUser } from './test-realm.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium, headless. `hosts` maps host names to addresses, as a user's DNS would (the hub's public host
 * name to the test cluster's gateway); nothing else is resolved.
 */
export function launchChromium(options: { hosts?: Record<string, string> } = {}): Promise<Browser> {
  const rules = Object.entries(options.hosts ?? {}).map(([host, address]) => `MAP ${host} ${address}`);
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
      ...(rules.length > 0 ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
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
