/**
 * A git repository made from the project's work tree (every tracked and untracked, not ignored file),
 * committed once as "base", with the project's node_modules linked in: a checkout the pipeline tests
 * can change, synthesize and commit in, without touching the real repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './synth.js';

export interface ScratchRepository {
  readonly dir: string;
  /** git in the repository; throws with git's error text on failure. */
  git(...args: string[]): string;
  /** A project command (`npm run <script> -- args`) in the repository, through its node_modules. */
  npm(script: string, args?: string[], env?: NodeJS.ProcessEnv): Promise<{ status: number; output: string }>;
  commitAll(message: string): string;
  remove(): void;
}

export function scratchRepository(): ScratchRepository {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-repo-'));
  const listed = spawnSync('git', ['-C', REPO_ROOT, 'ls-files', '-co', '--exclude-standard', '-z'], {
    encoding: 'utf8',
  });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(REPO_ROOT, file);
    let mode: number;
    try {
      mode = statSync(from).mode;
    } catch {
      continue; // deleted in the work tree, not yet committed
    }
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(from, join(dir, file));
    chmodSync(join(dir, file), mode);
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'pipeline-test@example.org');
  git('config', 'user.name', 'pipeline test');
  const commitAll = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  commitAll('base');
  return {
    dir,
    git,
    npm(script, args = [], env = {}) {
      // A child process the worker does not wait on: a synth or an uninstall takes a minute on a busy
      // machine, and a worker blocked that long misses vitest's RPC deadline.
      return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
          cwd: dir,
          env: { ...process.env, ...env },
          timeout: 600_000,
        });
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
        });
        child.stderr.on('data', (chunk) => {
          output += chunk;
        });
        child.on('error', (error) => resolve({ status: 1, output: `${output}${error.message}` }));
        child.on('close', (status) => resolve({ status: status ?? 1, output }));
      });
    },
    commitAll,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
