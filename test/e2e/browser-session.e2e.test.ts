/**
 * The user's session in a browser, on the running cluster (issue 22): Debian's Chromium (playwright-core)
 * at the hub's public address, `https://<hostname>`, as users reach it. The host name is mapped to the
 * Gateway's stand-in, whose certificate is made for this run (the browser accepts it: the one thing a
 * real Gateway's public certificate would change). The project is installed by the README's path
 * (support/project-install.ts); each person logs in on Keycloak's own login page, with the realm objects
 * the identity stack made, and the hub exchanges the code through Keycloak's in-cluster Service.
 * Screenshots of every step land in test-results/e2e/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn, screenshot } from './support/browser.js';
import { type RunningCluster, runningCluster } from './support/cluster.js';
import { installProject, type ProjectInstall } from './support/project-install.js';
import type { TestUser } from './support/test-realm.js';

const NS = 'thinkube-session-e2e';

let cluster: RunningCluster;
let installed: ProjectInstall;
let browser: Browser;
/** `https://<hostname>`: the hub as users reach it. */
let hubUrl: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  cluster = runningCluster();
  installed = await installProject(cluster, {
    namespace: NS,
    release: 'session-e2e',
    gatewayNamespace: `${NS}-gateway`,
    keycloakNamespace: `${NS}-keycloak`,
  });
  await installed.gateway.hubAnswering();
  hubUrl = installed.gateway.publicUrl;
  browser = await launchChromium({ hosts: { [new URL(hubUrl).hostname]: installed.gateway.address } });
}, 1_500_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  if (cluster && installed) await installed.remove(cluster);
}, 600_000);

/** A fresh browser profile (its own cookies), logged in as `user` through Keycloak's page. */
async function loggedIn(user: TestUser): Promise<Page> {
  // The stand-in Gateway's certificate is this run's own.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, hubUrl, user);
  return page;
}

async function offeredProfiles(page: Page): Promise<string[]> {
  await page.goto(`${hubUrl}/hub/spawn`);
  return page
    .locator('input[name="profile"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

describe('a session in the browser, on the running cluster', () => {
  const roles = [
    ['admin', () => installed.users.admin, ['cpu-small', 'cpu-large', 'gpu']],
    ['GPU user', () => installed.users.gpuUser, ['cpu-small', 'cpu-large', 'gpu']],
    ['user', () => installed.users.user, ['cpu-small']],
  ] as const;

  it.each(roles)(
    "the %s logs in on Keycloak's page and the spawn form offers exactly the role's profiles",
    async (role, person, expected) => {
      const user = person();
      const page = await loggedIn(user);
      expect(new URL(page.url()).origin).toBe(hubUrl);
      expect(await offeredProfiles(page)).toEqual([...expected]);
      await screenshot(page, `session-${role.replace(/ /g, '-')}-spawn-form`);
    },
    180_000,
  );

  it('the user starts a server from the form; JupyterLab loads from the pushed image through the proxy', async () => {
    const user = installed.users.user;
    const page = await loggedIn(user);
    await offeredProfiles(page);
    await page.getByRole('button', { name: 'Start' }).click();
    // The hub's pending page, then the server's own login with the hub (OAuth), then the lab.
    await page.waitForURL((url) => url.pathname.startsWith(`/user/${user.username}/lab`), { timeout: 600_000 });
    await page.waitForSelector('#jp-main-dock-panel', { timeout: 180_000 });
    await screenshot(page, 'session-user-lab');
    expect(new URL(page.url()).origin).toBe(hubUrl);
    expect(await page.title()).toContain('JupyterLab');
    const server = cluster.getJson<{ spec: { containers: { image: string }[] } }>(
      'pod',
      '-n',
      NS,
      `jupyter-${user.username}`,
    );
    expect(
      server.spec.containers[0]?.image.startsWith(`${installed.harbor.host}/${installed.project}/jupyter-notebook:`),
    ).toBe(true);
  }, 900_000);
});
