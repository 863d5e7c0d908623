/**
 * One of the project's commands as `npm run <script>` runs it (bundled, scripts/run-bundled.mjs), in a
 * child process: asynchronous, so that a command taking minutes (a build) never blocks the test's worker
 * (vitest loses a worker that stops answering its RPC).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/synth.js';

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function projectCommand(
  entry: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'run-bundled.mjs'), entry, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** projectCommand, failing with the command's own output when it fails; its stdout. */
export async function projectCommandOk(
  entry: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const result = await projectCommand(entry, args, options);
  if (result.status !== 0) {
    throw new Error(`${entry} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}
