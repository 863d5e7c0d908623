/**
 * Real logins: Keycloak 26.7.3 with the hub's client, roles, groups and mappers applied by the project's
 * identity stack (`cdktf deploy identity`), and JupyterHub 5.5.0 running the synthesized hub
 * configuration, driven through Debian's Chromium. Screenshots of every step land in test-results/e2e/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../cli/verify.js';
import { defaultConfig } from '../support/synth.js';
import { launchChromium, logIn, screenshot } from './support/browser.js';
import { type KeycloakServer, startKeycloak } from './support/keycloak-server.js';
import { type LocalHub, startLocalHub } from './support/local-hub.js';
import { freePort } from './support/processes.js';
import { createTestRealm, type TestRealm } from './support/test-realm.js';

const ACCESS_TOKEN_LIFESPAN = 20; // seconds: short, so step 5 can watch the hub refresh it

const config = defaultConfig();
let keycloak: KeycloakServer;
let hub: LocalHub;
let realm: TestRealm;
let browser: Browser;

beforeAll(async () => {
  keycloak = await startKeycloak();
  const port = await freePort();
  realm = await createTestRealm(keycloak, config, {
    hubOrigins: [`http://127.0.0.1:${port}`],
    accessTokenLifespanSeconds: ACCESS_TOKEN_LIFESPAN,
  });
  hub = await startLocalHub(config, { port, keycloakUrl: keycloak.url, clientSecret: realm.clientSecret });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await keycloak?.stop();
}, 60_000);

describe('logins through Keycloak', () => {
  it('1. an admin-group user logs in and reaches the admin page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, hub.url, realm.users.admin);
    await screenshot(page, '1a-admin-after-login');
    const response = await page.goto(`${hub.url}/hub/admin`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('text=ada');
    await screenshot(page, '1b-admin-page');
    const ada = (await (await hub.api('GET', '/users/ada')).json()) as { admin: boolean; groups: string[] };
    expect(ada.admin).toBe(true);
    expect(ada.groups).toEqual([config.roles.admin.group]);
    await context.close();
  });

  it('2. a users-group user is not admin, sees only their profiles, starts a server; a forbidden profile is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, hub.url, realm.users.user);
    expect((await page.goto(`${hub.url}/hub/admin`))?.status()).toBe(403);
    await screenshot(page, '2a-user-admin-forbidden');

    expect(await offeredProfiles(page)).toEqual(['cpu-small']);
    await screenshot(page, '2b-user-spawn-form');

    // A crafted form: the one radio button's value changed to a profile the role may not start.
    await page.locator('input[name=profile]').evaluate((input) => {
      (input as HTMLInputElement).value = 'gpu';
    });
    // The policy answers before any spawn starts (a refusal is not a failed spawn, which JupyterHub
    // would count toward its exit): the form comes back with the reason, and no server starts.
    await page.locator('form input[type=submit], form button[type=submit]').first().click();
    await page.waitForSelector("text=profile 'gpu' is not available to role user", { timeout: 30_000 });
    await screenshot(page, '2c-user-forbidden-profile-refused');
    const afterForm = (await (await hub.api('GET', '/users/bob')).json()) as { servers: Record<string, unknown> };
    expect(afterForm.servers).toEqual({});

    // The REST API refuses it the same way: 403 with the reason.
    const viaApi = await hub.api('POST', '/users/bob/server', { profile: 'gpu' });
    expect(viaApi.status).toBe(403);
    expect(((await viaApi.json()) as { message: string }).message).toContain(
      "profile 'gpu' is not available to role user",
    );

    // The allowed profile starts.
    await page.goto(`${hub.url}/hub/spawn`);
    await page.locator('form input[type=submit], form button[type=submit]').first().click();
    await page.waitForURL((url) => url.pathname === '/user/bob/api', { timeout: 60_000 });
    await screenshot(page, '2d-user-server-running');
    const bob = (await (await hub.api('GET', '/users/bob')).json()) as {
      admin: boolean;
      servers: Record<string, { ready: boolean; user_options: unknown }>;
    };
    expect(bob.admin).toBe(false);
    expect(bob.servers['']?.ready).toBe(true);
    expect(bob.servers['']?.user_options).toEqual({ profile: 'cpu-small' });
    await hub.api('DELETE', '/users/bob/server');
    await context.close();
  });

  it('2b. a person granted the user role directly in Keycloak, in no group, logs in as a user', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, hub.url, realm.users.direct);
    expect((await page.goto(`${hub.url}/hub/admin`))?.status()).toBe(403);
    expect(await offeredProfiles(page)).toEqual(['cpu-small']);
    await screenshot(page, '2e-direct-role-spawn-form');
    const dee = (await (await hub.api('GET', '/users/dee')).json()) as { admin: boolean; groups: string[] };
    expect(dee.admin).toBe(false);
    expect(dee.groups).toEqual([config.roles.user.group]);
    await context.close();
  });

  it('2c. adding a user to the admins group through the hub API (an admin or service token) grants nothing', async () => {
    const added = await hub.api('POST', `/groups/${config.roles.admin.group}/users`, { users: ['bob'] });
    expect(added.status).toBe(200);
    const records = (await (await hub.api('GET', '/users/bob')).json()) as { groups: string[] };
    expect(records.groups).toContain(config.roles.admin.group);
    // Keycloak still says bob is a user: the GPU profile is refused, through the API as through the form.
    const spawn = await hub.api('POST', '/users/bob/server', { profile: 'gpu' });
    expect(spawn.status).toBe(403);
    expect(((await spawn.json()) as { message: string }).message).toContain(
      "profile 'gpu' is not available to role user",
    );
    await hub.api('DELETE', `/groups/${config.roles.admin.group}/users`, { users: ['bob'] });
  });

  it('3. a user in no allowed group is refused with a 403 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${hub.url}/hub/login`);
    await page.getByText('Sign in with Keycloak').click();
    await page.fill('#username', realm.users.outsider.username);
    await page.fill('#password', realm.users.outsider.password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${hub.url}/hub/oauth_callback`)),
      page.click('#kc-login'),
    ]);
    expect(response.status()).toBe(403);
    await page.waitForLoadState('load');
    await screenshot(page, '3-outsider-403');
    expect(await page.content()).toContain('403');
    expect((await hub.api('GET', '/users/eve')).status).toBe(404);
    await context.close();
  });

  it('4. logout ends the Keycloak session: the next login asks for the password again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, hub.url, realm.users.gpuUser);
    await page.goto(`${hub.url}/hub/logout`);
    // Keycloak asks to confirm a logout that carries no id_token_hint.
    await page.waitForURL((url) =>
      url.href.startsWith(`${keycloak.url}/realms/${realm.realm}/protocol/openid-connect/logout`),
    );
    await screenshot(page, '4a-keycloak-logout-confirmation');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(`${hub.url}/hub/`)), page.click('#kc-logout')]);
    await screenshot(page, '4b-back-at-the-hub');

    await page.goto(`${hub.url}/hub/login`);
    await page.getByText('Sign in with Keycloak').click();
    await page.waitForSelector('#password');
    await screenshot(page, '4c-password-asked-again');
    expect(page.url()).toContain(`${keycloak.url}/realms/${realm.realm}/`);
    await context.close();
  });

  it('5. an expired access token in auth state is refreshed before a spawn', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, hub.url, realm.users.gpuUser);
    const before = await authState('gus');
    await new Promise((r) => setTimeout(r, (ACCESS_TOKEN_LIFESPAN + 5) * 1000));
    expect(await userinfoStatus(before.access_token)).toBe(401); // really expired

    await page.goto(`${hub.url}/hub/spawn`);
    await screenshot(page, '5a-gpu-user-spawn-form');
    const started = await hub.api('POST', '/users/gus/server', { profile: 'cpu-large' });
    expect(started.status).toBeLessThan(300);
    const after = await authState('gus');
    expect(after.access_token).not.toBe(before.access_token);
    expect(await userinfoStatus(after.access_token)).toBe(200);
    await page.goto(`${hub.url}/hub/home`);
    await screenshot(page, '5b-gpu-user-server-started-after-refresh');
    await hub.api('DELETE', '/users/gus/server');
    await context.close();
  }, 90_000);
});

describe('npm run verify', () => {
  it('passes against the running hub and Keycloak', async () => {
    const checks = await verify(hub.url, keycloak.url, realm.realm, realm.clientId, config.chart.version);
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['hub health', 'pass'],
      ['hub version', 'pass'],
      ['keycloak realm', 'pass'],
      ['login goes to keycloak with PKCE', 'pass'],
    ]);
  });

  it('fails, saying why, when the hub is configured for another realm than the one checked', async () => {
    const checks = await verify(hub.url, keycloak.url, 'other-realm', realm.clientId, config.chart.version);
    const failed = checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.name)).toEqual(['keycloak realm', 'login goes to keycloak with PKCE']);
    expect(failed[1]?.detail).toContain('authorize endpoint: expected');
  });
});

/** The profiles the spawn form offers (the values of its radio buttons). */
async function offeredProfiles(page: Page): Promise<string[]> {
  await page.goto(`${hub.url}/hub/spawn`);
  return page.locator('input[name=profile]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

async function authState(user: string): Promise<{ access_token: string }> {
  const model = (await (await hub.api('GET', `/users/${user}`)).json()) as { auth_state?: { access_token: string } };
  if (!model.auth_state?.access_token) throw new Error(`no auth state for ${user}`);
  return model.auth_state;
}

async function userinfoStatus(accessToken: string): Promise<number> {
  const response = await fetch(`${keycloak.url}/realms/${realm.realm}/protocol/openid-connect/userinfo`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return response.status;
}
