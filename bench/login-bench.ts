/**
 * npm run bench:login: median time of a hub login through Keycloak (the click on Keycloak's "Sign In"
 * to the first hub page) against the bare Keycloak authorization-code round trip (the same click to a
 * token in hand, PKCE and code exchange included, no hub), both measured in this run on the same
 * servers, interleaved. Reported as medians and their ratio: the ratio is what the hub adds.
 *
 *   npm run bench:login -- --rounds 7
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../config/load.js';
import { launchChromium, logIn } from '../test/e2e/support/browser.js';
import { startKeycloak } from '../test/e2e/support/keycloak-server.js';
import { startLocalHub } from '../test/e2e/support/local-hub.js';
import { freePort } from '../test/e2e/support/processes.js';
import { createTestRealm, type TestRealm, type TestUser } from '../test/e2e/support/test-realm.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3) {
  console.error(`--rounds must be a whole number of at least 3, got "${values.rounds}"`);
  process.exit(1);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function bareRoundTrip(
  browser: Browser,
  keycloakUrl: string,
  realm: TestRealm,
  callback: string,
  user: TestUser,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const base = `${keycloakUrl}/realms/${realm.realm}/protocol/openid-connect`;
  const query = new URLSearchParams({
    client_id: realm.clientId,
    redirect_uri: callback,
    response_type: 'code',
    scope: 'openid profile email',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await page.goto(`${base}/auth?${query}`);
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  const started = performance.now();
  await Promise.all([page.waitForURL((url) => url.href.startsWith(callback)), page.click('#kc-login')]);
  const code = new URL(page.url()).searchParams.get('code') ?? '';
  const token = await fetch(`${base}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: callback,
      client_id: realm.clientId,
      client_secret: realm.clientSecret,
      code_verifier: verifier,
    }),
  });
  if (!token.ok) throw new Error(`code exchange failed: ${token.status} ${await token.text()}`);
  const elapsed = performance.now() - started;
  await context.close();
  return elapsed;
}

/** The baseline's redirect target: a bare HTTP server that only says ok (redirects cannot be routed in the browser). */
async function bareCallbackServer(): Promise<{ origin: string; url: string; close: () => void }> {
  const port = await freePort();
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // At the hub's callback path, so the identity stack lets it in as one more hub origin.
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/hub/oauth_callback`,
    close: () => server.close(),
  };
}

const config = loadConfig();
const keycloak = await startKeycloak();
const port = await freePort();
const hubUrl = `http://127.0.0.1:${port}`;
const bareCallback = await bareCallbackServer();
const callback = bareCallback.url;
try {
  const realm = await createTestRealm(keycloak, config, {
    hubOrigins: [hubUrl, bareCallback.origin],
    accessTokenLifespanSeconds: 300,
  });
  const hub = await startLocalHub(config, { port, keycloakUrl: keycloak.url, clientSecret: realm.clientSecret });
  const browser = await launchChromium();
  try {
    // One warm-up of each (JIT, Keycloak's first-login caches), not counted.
    await bareRoundTrip(browser, keycloak.url, realm, callback, realm.users.admin);
    const warm = await browser.newContext();
    await logIn(await warm.newPage(), hubUrl, realm.users.admin);
    await warm.close();

    const bare: number[] = [];
    const hubLogin: number[] = [];
    for (let i = 0; i < rounds; i++) {
      bare.push(await bareRoundTrip(browser, keycloak.url, realm, callback, realm.users.admin));
      const context = await browser.newContext();
      hubLogin.push(await logIn(await context.newPage(), hubUrl, realm.users.admin));
      await context.close();
    }
    console.log(`rounds: ${rounds} (interleaved, after one warm-up of each)`);
    console.log(`bare Keycloak authorization-code round trip (baseline): median ${median(bare).toFixed(0)} ms`);
    console.log(`hub login, Sign In click to hub page: median ${median(hubLogin).toFixed(0)} ms`);
    console.log(`ratio hub/baseline: ${(median(hubLogin) / median(bare)).toFixed(2)}x`);
  } finally {
    await browser.close();
    await hub.stop();
  }
} finally {
  bareCallback.close();
  await keycloak.stop();
}
