/**
 * A test file that starts a server and never stops it: run by test/validation/test-run-cleanup.test.ts
 * in a vitest of its own. The server is as the e2e tests start theirs: its own process group (a second
 * process in it), a port on 127.0.0.1 and a scratch folder. The file fails in its setup
 * (FIXTURE_MODE=fail) or waits to be interrupted (FIXTURE_MODE=hang); what it started goes to
 * FIXTURE_STATE_FILE as JSON ({ pgid, port, folder }) once the server listens.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, it } from 'vitest';
import { startProcess } from '../../e2e/support/processes.js';
import { scratchDir } from '../run-registry.js';

const LISTEN =
  "require('http').createServer((q, r) => r.end('up')).listen(0, '127.0.0.1', function () {" +
  " require('fs').writeFileSync(process.env.PORT_FILE, String(this.address().port)); })";

beforeAll(async () => {
  const folder = scratchDir('thinkube-run-cleanup-fixture-');
  const portFile = join(folder, 'port');
  const server = startProcess('run-cleanup-fixture', 'bash', ['-c', `sleep 600 & exec "$NODE" -e "$LISTEN"`], {
    NODE: process.execPath,
    LISTEN,
    PORT_FILE: portFile,
  });
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8') === '') {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const state = { pgid: server.pid, port: Number(readFileSync(portFile, 'utf8')), folder };
  writeFileSync(process.env.FIXTURE_STATE_FILE as string, JSON.stringify(state));
  if (process.env.FIXTURE_MODE === 'fail') throw new Error('setup failed on purpose, the server left running');
  await new Promise((resolve) => setTimeout(resolve, 600_000));
}, 700_000);

it('never gets here', () => undefined);
