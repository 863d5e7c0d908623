/**
 * The project's Terraform side driven as an operator drives it: `cdktf deploy|diff|destroy` from the
 * repository root with the project's own config file (THINKUBE_CONFIG), OpenTofu and the providers
 * scripts/install-tools.sh built, and `tofu` in a stack's folder for what cdktf has no verb for.
 * Each project lives in its own temporary folder: its synth output and its state (.terraform-state/
 * beside the output) never touch the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/synth.js';
import { CACHE } from './processes.js';

export const TOFU = join(CACHE, 'bin', 'tofu');
export const TOFU_CLI_CONFIG = join(CACHE, 'terraform', 'tofurc');
const CDKTF_CLI = join(REPO_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');

export interface CommandResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TerraformProject {
  /** The project folder: config.yaml, dist/ and .terraform-state/. */
  readonly dir: string;
  readonly configFile: string;
  /** Where the synthesized stacks go: <dir>/dist/terraform. */
  readonly outdir: string;
  stackDir(stack: string): string;
  /**
   * `cdktf <args>` with this project's config and output folder. Throws unless it exits 0 (or
   * `allowFailure`). Asynchronous, as every command here: a deploy takes minutes on a loaded machine,
   * and a worker blocked that long misses vitest's RPC deadline (an unhandled "Timeout calling").
   */
  cdktf(args: string[], env?: NodeJS.ProcessEnv, allowFailure?: boolean): Promise<CommandResult>;
  /** `tofu <args>` in a stack's folder (after cdktf synthesized it). */
  tofu(stack: string, args: string[], env?: NodeJS.ProcessEnv, allowFailure?: boolean): Promise<CommandResult>;
}

/** Fails with what to install when OpenTofu or the provider mirror is missing (never skips). */
export function requireTerraformTools(): void {
  for (const [path, what] of [
    [TOFU, 'OpenTofu'],
    [TOFU_CLI_CONFIG, 'the provider mirror'],
  ] as const) {
    if (!existsSync(path))
      throw new Error(`${what} is not at ${path}: run bash scripts/install-tools.sh tofu providers`);
  }
}

/** The environment every Terraform command of the tests runs with: the local mirror, never a registry. */
export function terraformEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: TOFU_CLI_CONFIG,
    TERRAFORM_BINARY_NAME: TOFU,
    CHECKPOINT_DISABLE: '1',
    CI: '1',
    TF_IN_AUTOMATION: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

export function createTerraformProject(configYaml: string): TerraformProject {
  requireTerraformTools();
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-tf-'));
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, configYaml);
  const outdir = join(dir, 'dist', 'terraform');
  mkdirSync(outdir, { recursive: true });
  // The install's output folder, which cdktf writes into and `synth --out` replaces: mark it as synth's
  // own (main.ts refuses to replace folders it did not make).
  writeFileSync(join(dir, 'dist', '.thinkube-synth'), 'test project output\n');
  /** Runs a command without blocking the worker; throws unless it exits 0 (or `allowFailure`). */
  const run = (
    what: string,
    command: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
    allowFailure: boolean,
  ) =>
    new Promise<CommandResult>((resolve, reject) => {
      execFile(
        command,
        args,
        { ...options, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 900_000 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          const out = { status, stdout: stdout ?? '', stderr: stderr ?? '' };
          if (status !== 0 && !allowFailure) {
            reject(new Error(`${what} exited ${status}:\n${out.stdout.slice(-3000)}\n${out.stderr.slice(-3000)}`));
          } else resolve(out);
        },
      );
    });
  // The cdktf CLI with this project's config and output folder.
  const cdktfArgs = (args: string[]) => [CDKTF_CLI, ...args, '--output', outdir];
  return {
    dir,
    configFile,
    outdir,
    stackDir: (stack) => join(outdir, 'stacks', stack),
    cdktf: (args, env = {}, allowFailure = false) =>
      run(
        `cdktf ${args.join(' ')}`,
        process.execPath,
        cdktfArgs(args),
        { cwd: REPO_ROOT, env: terraformEnv({ THINKUBE_CONFIG: configFile, ...env }) },
        allowFailure,
      ),
    tofu: (stack, args, env = {}, allowFailure = false) =>
      run(
        `tofu ${args.join(' ')} (${stack})`,
        TOFU,
        args,
        { cwd: join(outdir, 'stacks', stack), env: terraformEnv(env) },
        allowFailure,
      ),
  };
}
