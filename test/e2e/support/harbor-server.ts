/**
 * A real Harbor v2.15.2 on 127.0.0.1, without containers: harbor-core built from source by
 * scripts/install-tools.sh, in front of Debian's PostgreSQL, Redis and docker-registry (the CNCF
 * distribution registry Harbor itself ships), each on a free port with fresh state per start. Clients
 * talk to core only: its API (/api/v2.0) and its /v2/ registry endpoint, which issues Harbor's own bearer
 * tokens, applies project RBAC (robots included) and proxies to the registry. Logs land in
 * test-results/e2e/harbor-*.log. jobservice and registryctl are not started: projects, robots, push and
 * pull do not use them (Harbor's /health reports them down; the tests wait on /ping).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { CACHE, freePort, type Server, startProcess, stopProcess, waitForHttp } from './processes.js';

export const HARBOR_VERSION = 'v2.15.2';
const HARBOR_HOME = join(CACHE, 'harbor');

export interface HarborServer extends Server {
  /** host:port of core, the address images are pushed to and pulled from (plain HTTP). */
  readonly host: string;
  readonly admin: { readonly username: string; readonly password: string };
  /** Calls the API as admin (`path` below /api/v2.0). */
  api(method: string, path: string, body?: unknown): Promise<Response>;
  /** The Harbor Terraform provider's own environment variables for this server's admin. */
  readonly providerEnv: Readonly<Record<string, string>>;
}

function postgresBin(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const latest = versions.at(-1);
  if (!latest) throw new Error('PostgreSQL is not installed: run bash scripts/install-tools.sh harbor');
  return join('/usr/lib/postgresql', latest, 'bin');
}

/** PostgreSQL refuses to run as root: its files and process belong to the `postgres` user. */
function asPostgres(args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...args] : args;
}

export async function startHarbor(): Promise<HarborServer> {
  const core = join(HARBOR_HOME, 'bin', 'harbor-core');
  if (!existsSync(core))
    throw new Error(`harbor-core is not built at ${core}: run bash scripts/install-tools.sh harbor`);
  for (const tool of ['redis-server', 'docker-registry', 'htpasswd', 'openssl']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is not installed: run bash scripts/install-tools.sh harbor`);
    }
  }
  const dir = scratchDir('thinkube-harbor-');
  const [pgPort, redisPort, registryPort, registryDebugPort, corePort] = await Promise.all(
    [1, 2, 3, 4, 5].map(() => freePort()),
  );
  const secret = () => randomBytes(16).toString('hex');
  const admin = { username: 'admin', password: `Harbor-${secret()}` };
  const registryCredential = { username: 'harbor_registry_user', password: secret() };

  // PostgreSQL: a fresh cluster, trust on 127.0.0.1 only, database `registry`.
  const pgData = join(dir, 'pg');
  mkdirSync(pgData);
  if (process.getuid?.() === 0) {
    chmodSync(dir, 0o711); // the postgres user may pass through to its own folder, and list nothing else
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(pgData, uid, gid);
  }
  const bin = postgresBin();
  const [initdb, ...initdbArgs] = asPostgres([join(bin, 'initdb'), '-D', pgData, '-A', 'trust', '-U', 'postgres']);
  const init = spawnSync(initdb as string, initdbArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const [postgresCmd, ...postgresArgs] = asPostgres([
    join(bin, 'postgres'),
    '-D',
    pgData,
    '-h',
    '127.0.0.1',
    '-p',
    String(pgPort),
    '-k',
    pgData,
  ]);
  const postgres = startProcess('harbor-postgres', postgresCmd as string, postgresArgs, {});
  await waitFor(
    async () => {
      const ready = spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(pgPort)]);
      return ready.status === 0;
    },
    'PostgreSQL',
    postgres,
  );
  const createdb = spawnSync(
    join(bin, 'createdb'),
    ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', 'registry'],
    {
      encoding: 'utf8',
    },
  );
  if (createdb.status !== 0) throw new Error(`createdb registry failed: ${createdb.stderr}`);

  // Redis without persistence.
  const redis = startProcess(
    'harbor-redis',
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(redisPort), '--save', '', '--appendonly', 'no', '--dir', dir],
    {},
  );

  // The registry behind core, with the one service account core uses (htpasswd, bcrypt).
  const htpasswd = spawnSync('htpasswd', ['-Bbn', registryCredential.username, registryCredential.password], {
    encoding: 'utf8',
  });
  writeFileSync(join(dir, 'registry-passwd'), htpasswd.stdout);
  writeFileSync(
    join(dir, 'registry.yml'),
    [
      'version: 0.1',
      'log: { level: info }',
      `storage: { filesystem: { rootdirectory: ${join(dir, 'registry-data')} }, delete: { enabled: true }, cache: { blobdescriptor: inmemory } }`,
      `http: { addr: "127.0.0.1:${registryPort}", secret: ${secret()}, debug: { addr: "127.0.0.1:${registryDebugPort}" } }`,
      `auth: { htpasswd: { realm: harbor-registry-basic-realm, path: ${join(dir, 'registry-passwd')} } }`,
      'validation: { disabled: true }',
      '',
    ].join('\n'),
  );
  const registry = startProcess('harbor-registry', 'docker-registry', ['serve', join(dir, 'registry.yml')], {});

  // harbor-core: keys, its beego config (bind address and port), its environment.
  writeFileSync(join(dir, 'secretkey'), randomBytes(8).toString('hex')); // 16 characters: the AES key
  execFileSync('openssl', ['genrsa', '-traditional', '-out', join(dir, 'private_key.pem'), '2048'], {
    stdio: 'ignore',
  });
  writeFileSync(
    join(dir, 'app.conf'),
    `appname = Harbor\nrunmode = prod\nenablegzip = true\n\n[prod]\nhttpaddr = 127.0.0.1\nhttpport = ${corePort}\n`,
  );
  const coreUrl = `http://127.0.0.1:${corePort}`;
  const coreEnv: NodeJS.ProcessEnv = {
    CONFIG_PATH: join(dir, 'app.conf'),
    KEY_PATH: join(dir, 'secretkey'),
    TOKEN_PRIVATE_KEY_PATH: join(dir, 'private_key.pem'),
    POSTGRES_MIGRATION_SCRIPTS_PATH: join(HARBOR_HOME, 'runtime', 'migrations', 'postgresql'),
    _REDIS_URL_CORE: `redis://127.0.0.1:${redisPort}/0?idle_timeout_seconds=30`,
    _REDIS_URL_REG: `redis://127.0.0.1:${redisPort}/1?idle_timeout_seconds=30`,
    LOG_LEVEL: 'info',
    EXT_ENDPOINT: coreUrl,
    DATABASE_TYPE: 'postgresql',
    POSTGRESQL_HOST: '127.0.0.1',
    POSTGRESQL_PORT: String(pgPort),
    POSTGRESQL_USERNAME: 'postgres',
    POSTGRESQL_PASSWORD: 'unused-trust-auth',
    POSTGRESQL_DATABASE: 'registry',
    POSTGRESQL_SSLMODE: 'disable',
    REGISTRY_URL: `http://127.0.0.1:${registryPort}`,
    // No portal is built; only the health check reads this.
    PORTAL_URL: `${coreUrl}/api/v2.0/ping`,
    TOKEN_SERVICE_URL: `${coreUrl}/service/token`,
    HARBOR_ADMIN_PASSWORD: admin.password,
    CORE_SECRET: secret(),
    JOBSERVICE_SECRET: secret(),
    WITH_TRIVY: 'false',
    CORE_URL: coreUrl,
    CORE_LOCAL_URL: coreUrl,
    // Not started (see above): closed ports, so nothing else on the machine is reached by mistake.
    JOBSERVICE_URL: 'http://127.0.0.1:9',
    REGISTRY_CONTROLLER_URL: 'http://127.0.0.1:9',
    REGISTRY_STORAGE_PROVIDER_NAME: 'filesystem',
    READ_ONLY: 'false',
    RELOAD_KEY: '',
    REGISTRY_CREDENTIAL_USERNAME: registryCredential.username,
    REGISTRY_CREDENTIAL_PASSWORD: registryCredential.password,
    CSRF_KEY: randomBytes(16).toString('hex'),
    ROBOT_SCANNER_NAME_PREFIX: secret().slice(0, 8),
    PORT: String(corePort),
  };
  const coreProcess = startProcess('harbor-core', core, [], coreEnv, join(HARBOR_HOME, 'runtime'));
  const children = [coreProcess, registry, redis, postgres];
  try {
    await waitForHttp(`${coreUrl}/api/v2.0/ping`, coreProcess, 'harbor-core', 120_000);
  } catch (error) {
    for (const child of children) await stopProcess(child);
    throw error;
  }

  const authorization = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  return {
    url: coreUrl,
    host: `127.0.0.1:${corePort}`,
    admin,
    providerEnv: { HARBOR_USERNAME: admin.username, HARBOR_PASSWORD: admin.password },
    async api(method, path, body) {
      const response = await fetch(`${coreUrl}/api/v2.0${path}`, {
        method,
        headers: { authorization, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok && response.status !== 404) {
        throw new Error(`Harbor ${method} ${path}: ${response.status} ${await response.text()}`);
      }
      return response;
    },
    async stop() {
      for (const child of children) await stopProcess(child);
      removeScratchDir(dir);
    },
  };
}

async function waitFor(
  ready: () => Promise<boolean>,
  what: string,
  child: { exitCode: number | null },
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}; see test-results/e2e/`);
    if (Date.now() > deadline) throw new Error(`${what} not ready in ${timeoutMs / 1000} s; see test-results/e2e/`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
