/**
 * The one CLI layer of the project's commands: argument parsing (commander: `--help`, validated
 * choices, unknown options refused), one error path (a clear message on stderr, exit code 1, never a
 * stack trace for something the user can fix), one runner for external tools that reports the tool's
 * own error text, and network calls that always time out.
 */
import { spawnSync } from 'node:child_process';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../../config/load.js';

/** A problem the user can fix: printed as `<command>: <message>`, exit code 1. */
export class UsageError extends Error {}

/** Exit codes of a command stopped by a signal, as shells report them. */
export const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** A tool the command ran was stopped by a signal (Ctrl-C reaches the whole job): stop the same way. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted (${signal})`);
  }
}

/** A command of this project, named as `npm run <name>` calls it. */
export function command(name: string, description: string): Command {
  return new Command(`npm run ${name} --`)
    .description(description)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .showHelpAfterError(`(npm run ${name} -- --help lists the options)`);
}

/** Parses argv and runs `program`'s action; every failure ends in one line on stderr and exit code 1. */
export async function run(name: string, program: Command, argv: readonly string[] = process.argv): Promise<void> {
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0; commander printed what it had to say.
      process.exitCode = error.exitCode;
      return;
    }
    const message =
      error instanceof ConfigError || error instanceof UsageError || error instanceof Error
        ? error.message
        : String(error);
    console.error(`${name}: ${message}`);
    process.exitCode = error instanceof Interrupted ? (SIGNAL_EXIT_CODES[error.signal] ?? 1) : 1;
  }
}

export interface ToolRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs an external tool (kubectl, podman, skopeo, git, helm, tofu) and returns its output. Throws a
 * UsageError naming the tool when it cannot be started, Interrupted when a signal stopped it, and,
 * unless `allowFailure`, a UsageError when it fails, with the tool's own error text. `streamOutput`
 * passes the tool's output to the terminal as it comes (long builds) instead of collecting it.
 */
export function runTool(
  tool: string,
  args: readonly string[],
  options: {
    input?: string;
    allowFailure?: boolean;
    timeoutMs?: number;
    cwd?: string;
    hint?: string;
    streamOutput?: boolean;
    env?: NodeJS.ProcessEnv;
  } = {},
): ToolRun {
  const result = spawnSync(tool, [...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: options.cwd,
    ...(options.env ? { env: options.env } : {}),
    timeout: options.timeoutMs ?? 600_000, // 0: no limit
    ...(options.streamOutput
      ? { stdio: [options.input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'] }
      : {}),
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ETIMEDOUT'
        ? `${tool} ${args[0] ?? ''} did not finish in ${(options.timeoutMs ?? 600_000) / 1000} s`
        : `cannot run ${tool} (${code})${options.hint ? `: ${options.hint}` : ''}`,
    );
  }
  if (result.signal) throw new Interrupted(result.signal);
  const run = { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  if (run.status !== 0 && !options.allowFailure) {
    throw new UsageError(`${tool} ${args[0] ?? ''} failed: ${run.stderr.trim() || `exit code ${run.status}`}`);
  }
  return run;
}

/** fetch that gives up after `timeoutMs` (15 s by default): a post-deploy check must never hang. */
/** Waits `ms` milliseconds (between two polls of something still settling). */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}
