/**
 * The project's Terraform side driven as an operator drives it: `cdktf deploy|diff|destroy` from the
 * repository root with the project's own config file (THINKUBE_CONFIG), OpenTofu and the providers
 * scripts/install-tools.sh built, and `tofu` in a stack's folder for what cdktf has no verb for.
 * Each project lives in its own temporary folder: its synth output and its state (.terraform-state/
 * beside the output) never touch the repository.
 */
import { execFile, type SpawnSyncReturns, spawnSync } from 'node:child_process';
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
  /** `cdktf <args>` with this project's config and output folder. Throws unless it exits 0 (or `allowFailure`). */
  cdktf(args: string[], env?: NodeJS.ProcessEnv, allowFailure?: boolean): CommandResult;
  /** `cdktf <args>` without blocking the test's worker (a deploy takes minutes on a loaded machine). */
  cdktfAsync(args: string[], env?: NodeJS.ProcessEnv): Promise<CommandResult>;
  /** `tofu <args>` in a stack's folder (after cdktf synthesized it). */
  tofu(stack: string, args: string[], env?: NodeJS.ProcessEnv, allowFailure?: boolean): CommandResult;
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
  const check = (what: string, result: SpawnSyncReturns<string>, allowFailure: boolean): CommandResult => {
    const out = { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
    if (out.status !== 0 && !allowFailure) {
      throw new Error(`${what} exited ${out.status}:\n${out.stdout.slice(-3000)}\n${out.stderr.slice(-3000)}`);
    }
    return out;
  };
  // The cdktf CLI with this project's config and output folder (both ways of running it below).
  const cdktfArgs = (args: string[]) => [CDKTF_CLI, ...args, '--output', outdir];
  const cdktfEnv = (env: NodeJS.ProcessEnv) => terraformEnv({ THINKUBE_CONFIG: configFile, ...env });
  return {
    dir,
    configFile,
    outdir,
    stackDir: (stack) => join(outdir, 'stacks', stack),
    cdktf(args, env = {}, allowFailure = false) {
      const result = spawnSync(process.execPath, cdktfArgs(args), {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: cdktfEnv(env),
        timeout: 300_000,
      });
      return check(`cdktf ${args.join(' ')}`, result, allowFailure);
    },
    cdktfAsync(args, env = {}) {
      return new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          cdktfArgs(args),
          {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            env: cdktfEnv(env),
            maxBuffer: 64 << 20,
          },
          (error, stdout, stderr) => {
            const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            if (status === 0) resolve({ status, stdout, stderr });
            else
              reject(
                new Error(`cdktf ${args.join(' ')} exited ${status}:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`),
              );
          },
        );
      });
    },
    tofu(stack, args, env = {}, allowFailure = false) {
      const result = spawnSync(TOFU, args, {
        cwd: join(outdir, 'stacks', stack),
        encoding: 'utf8',
        env: terraformEnv(env),
        timeout: 300_000,
      });
      return check(`tofu ${args.join(' ')} (${stack})`, result, allowFailure);
    },
  };
}
