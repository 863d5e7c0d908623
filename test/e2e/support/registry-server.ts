/**
 * A real OCI registry (Debian's docker-registry, the CNCF distribution) on 127.0.0.1 that requires a
 * login (htpasswd), standing in for Harbor, which cannot run here. It checks pushes and pulls, not
 * Harbor's own API (projects, robots).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type Server, startProcess, stopProcess, waitForHttp } from './processes.js';

export interface RegistryServer extends Server {
  /** host:port, as image references name it */
  readonly host: string;
  readonly username: string;
  readonly password: string;
}

export async function startRegistry(): Promise<RegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-registry-'));
  const port = await freePort();
  const username = 'robot$thinkube+push';
  const password = `pw-${Date.now()}`;
  // bcrypt, as distribution requires.
  writeFileSync(join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' }));
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: { level: info }',
      `storage: { filesystem: { rootdirectory: ${join(dir, 'data')} }, delete: { enabled: true } }`,
      `http: { addr: 127.0.0.1:${port} }`,
      `auth: { htpasswd: { realm: thinkube-test, path: ${join(dir, 'htpasswd')} } }`,
      '',
    ].join('\n'),
  );
  const child = startProcess('registry', 'docker-registry', ['serve', join(dir, 'config.yml')], {});
  const host = `127.0.0.1:${port}`;
  // /v2/ answers 401 without a login; with one, 200.
  const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`http://${host}/v2/`, { headers: { authorization: basic } });
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline || child.exitCode !== null) {
      await waitForHttp(`http://${host}/v2/`, child, 'registry', 1);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: `http://${host}`,
    host,
    username,
    password,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
