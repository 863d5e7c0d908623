/**
 * A test file that starts a server and never stops it: run by test/validation/test-run-cleanup.test.ts
 * in a vitest of its own. It fails in its setup (FIXTURE_MODE=fail) or waits to be interrupted
 * (FIXTURE_MODE=hang); the server's process group id goes to FIXTURE_PGID_FILE.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, it } from 'vitest';
import { startProcess } from '../../e2e/support/processes.js';

beforeAll(async () => {
  const server = startProcess('run-cleanup-fixture', 'bash', ['-c', 'sleep 600 & sleep 600; wait'], {});
  writeFileSync(process.env.FIXTURE_PGID_FILE as string, String(server.pid));
  if (process.env.FIXTURE_MODE === 'fail') throw new Error('setup failed on purpose, the server left running');
  await new Promise((resolve) => setTimeout(resolve, 600_000));
}, 700_000);

it('never gets here', () => undefined);
