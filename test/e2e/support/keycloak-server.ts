/**
 * A real Keycloak (the Maven Central quarkus distribution, installed by scripts/install-tools.sh) in
 * dev mode on 127.0.0.1, with a fresh database each start, and a small admin REST client. Logs land in
 * test-results/e2e/keycloak-<port>.log.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pinnedVersions } from '../../cluster/layout.js';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { REPO_ROOT } from '../../support/synth.js';
import { CACHE, freePort, type Server, startProcess, stopProcess, waitForHttp } from './processes.js';

export const KEYCLOAK_VERSION = pinnedVersions().KEYCLOAK_VERSION as string;
const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password' };

export interface KeycloakServer extends Server {
  /** Calls the admin REST API (`path` below /admin/realms). */
  admin(method: string, path: string, body?: unknown): Promise<Response>;
  /** The Keycloak Terraform provider's own environment variables for this server's bootstrap admin. */
  readonly providerEnv: Readonly<Record<string, string>>;
}

export async function startKeycloak(): Promise<KeycloakServer> {
  const home = join(CACHE, 'keycloak', `keycloak-${KEYCLOAK_VERSION}`);
  if (!existsSync(join(home, 'bin', 'kc.sh'))) {
    throw new Error(
      `Keycloak ${KEYCLOAK_VERSION} is not installed at ${home}: run bash scripts/install-tools.sh keycloak`,
    );
  }
  const javaHome = execFileSync('bash', [join(REPO_ROOT, 'scripts', 'install-tools.sh'), 'java-home'], {
    encoding: 'utf8',
  }).trim();
  // A copy of the installation per server (0.3 s): its own fresh dev database, and its own build step,
  // so that test files running in parallel never share the H2 file (locked) or the augmentation output.
  const instance = scratchDir('thinkube-keycloak-');
  cpSync(home, instance, { recursive: true });
  rmSync(join(instance, 'data'), { recursive: true, force: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const name = `keycloak-${port}`;
  const child = startProcess(
    name,
    join(instance, 'bin', 'kc.sh'),
    // Tokens are issued for `url` however Keycloak is reached: a hub in the test cluster calls it through
    // a Service (keycloak.backchannelUrl) while the browser uses 127.0.0.1, as on Thinkube.
    [
      'start-dev',
      '--http-host=127.0.0.1',
      `--http-port=${port}`,
      `--hostname=${url}`,
      '--hostname-backchannel-dynamic=true',
    ],
    {
      JAVA_HOME: javaHome,
      KC_BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
      KC_BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    },
  );
  await waitForHttp(`${url}/realms/master/.well-known/openid-configuration`, child, name);

  let token = '';
  let tokenExpires = 0;
  async function adminToken(): Promise<string> {
    if (Date.now() < tokenExpires) return token;
    const response = await fetch(`${url}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', ...ADMIN }),
    });
    if (!response.ok) throw new Error(`Keycloak admin login failed: ${response.status} ${await response.text()}`);
    const json = (await response.json()) as { access_token: string; expires_in: number };
    token = json.access_token;
    tokenExpires = Date.now() + (json.expires_in - 10) * 1000;
    return token;
  }

  return {
    url,
    providerEnv: {
      KEYCLOAK_CLIENT_ID: 'admin-cli',
      KEYCLOAK_USER: ADMIN.username,
      KEYCLOAK_PASSWORD: ADMIN.password,
      KEYCLOAK_REALM: 'master',
    },
    async admin(method, path, body) {
      const response = await fetch(`${url}/admin/realms${path}`, {
        method,
        headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok && response.status !== 404) {
        throw new Error(`Keycloak admin ${method} ${path}: ${response.status} ${await response.text()}`);
      }
      return response;
    },
    async stop() {
      await stopProcess(child);
      removeScratchDir(instance);
    },
  };
}
