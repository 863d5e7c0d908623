/**
 * Runs the `run` steps of a GitHub Actions workflow job on this machine, in order, the way a runner
 * does: each step in `bash --noprofile --norc -eo pipefail`, with the workflow's, the job's and the
 * step's `env` (expressions filled from the secrets, vars and event the test gives), GITHUB_ENV,
 * GITHUB_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and `if:` conditions
 * (success(), failure(), always()). An expression it does not understand fails the run rather than
 * being guessed. `uses:` steps are not run: the test provides what they would (the checkout is the
 * test's repository, node is the node running the test) and each one must be named as provided;
 * steps the test provides itself (the install step) are named with the reason and skipped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[] }>;
}

export interface WorkflowContext {
  /** The checkout the steps run in. */
  readonly workspace: string;
  readonly secrets: Readonly<Record<string, string>>;
  readonly vars: Readonly<Record<string, string>>;
  /** The `github` context: event, sha, base_ref, ... */
  readonly github: Readonly<Record<string, unknown>>;
  /** The runner machine's own environment (PATH, tool locations). */
  readonly runnerEnv: Readonly<Record<string, string | undefined>>;
  /** `uses:` actions whose effect the test provides, by action name without version (actions/checkout). */
  readonly providedActions: readonly string[];
  /** Step ids the test provides itself, with the reason (e.g. the install step: tools are installed). */
  readonly providedSteps: Readonly<Record<string, string>>;
}

export interface StepResult {
  readonly id: string;
  readonly outcome: 'success' | 'failure' | 'skipped' | 'provided';
  readonly output: string;
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

export async function runJob(workflow: Workflow, jobName: string, context: WorkflowContext): Promise<StepResult[]> {
  const job = workflow.jobs[jobName];
  if (!job) throw new Error(`no job ${jobName}`);
  for (const id of Object.keys(context.providedSteps)) {
    if (!job.steps.some((s) => s.id === id)) throw new Error(`the job has no step "${id}" to provide`);
  }
  const runnerTemp = mkdtempSync(join(tmpdir(), 'thinkube-runner-'));
  const files = {
    GITHUB_ENV: join(runnerTemp, 'github-env'),
    GITHUB_PATH: join(runnerTemp, 'github-path'),
    GITHUB_OUTPUT: join(runnerTemp, 'github-output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step-summary.md'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const contexts = {
    secrets: context.secrets,
    vars: context.vars,
    github: context.github,
    runner: { temp: runnerTemp, os: 'Linux' },
    env: {} as Record<string, string>,
  };
  const results: StepResult[] = [];
  let failed = false;
  for (const [index, step] of job.steps.entries()) {
    const id = step.id ?? `step-${index}`;
    if (step.uses) {
      const action = step.uses.split('@')[0] ?? step.uses;
      if (!context.providedActions.includes(action)) throw new Error(`action ${step.uses} is not provided by the test`);
      results.push({ id, outcome: 'provided', output: `${action}: provided by the test` });
      continue;
    }
    const condition = step.if ?? 'success()';
    if (!truthy(evaluate(stripBraces(condition), contexts, failed))) {
      results.push({ id, outcome: 'skipped', output: `if: ${condition}` });
      continue;
    }
    if (step.id && context.providedSteps[step.id]) {
      results.push({ id, outcome: 'provided', output: context.providedSteps[step.id] as string });
      continue;
    }
    if (!step.run) throw new Error(`step ${id} has neither run nor uses`);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(context.runnerEnv)) if (value !== undefined) env[key] = value;
    Object.assign(
      env,
      { CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: context.workspace, RUNNER_TEMP: runnerTemp },
      files,
    );
    const layered = { ...workflow.env, ...job.env };
    for (const [key, value] of Object.entries(layered))
      env[key] = fill(String(value), { ...contexts, env: { ...env } }, failed);
    Object.assign(env, readEnvFile(files.GITHUB_ENV));
    for (const [key, value] of Object.entries(step.env ?? {}))
      env[key] = fill(String(value), { ...contexts, env: { ...env } }, failed);
    const extraPath = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse();
    if (extraPath.length > 0) env.PATH = [...extraPath, env.PATH].join(':');
    const script = join(runnerTemp, `${id}.sh`);
    writeFileSync(script, step.run);
    const { status, output } = await runBash(script, context.workspace, env);
    results.push({ id, outcome: status === 0 ? 'success' : 'failure', output });
    if (status !== 0) failed = true;
  }
  return results;
}

function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

type Contexts = Record<string, unknown>;

/** `text` with every `${{ expression }}` replaced by its value (empty for a missing one, as Actions does). */
function fill(text: string, contexts: Contexts, failed: boolean): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, contexts, failed);
    return value === undefined || value === null ? '' : String(value);
  });
}

function stripBraces(condition: string): string {
  const match = /^\s*\$\{\{\s*(.+?)\s*\}\}\s*$/.exec(condition);
  return match?.[1] ?? condition;
}

/** The subset of the Actions expression language the project's workflows use; anything else throws. */
function evaluate(expression: string, contexts: Contexts, failed: boolean): unknown {
  const text = expression.trim();
  const or = splitTop(text, '||');
  if (or.length > 1) {
    for (const part of or) {
      const value = evaluate(part, contexts, failed);
      if (truthy(value)) return value;
    }
    return evaluate(or.at(-1) as string, contexts, failed);
  }
  const and = splitTop(text, '&&');
  if (and.length > 1) return and.every((part) => truthy(evaluate(part, contexts, failed)));
  if (text === 'success()') return !failed;
  if (text === 'failure()') return failed;
  if (text === 'always()') return true;
  if (text === 'cancelled()') return false;
  const literal = /^'(.*)'$/.exec(text);
  if (literal) return literal[1];
  if (/^[a-z_]+(\.[A-Za-z0-9_-]+)+$/.test(text)) {
    let node: unknown = contexts;
    for (const part of text.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return node;
  }
  throw new Error(`the workflow runner does not understand the expression "${text}"`);
}

function splitTop(text: string, operator: string): string[] {
  return text.split(operator).map((part) => part.trim());
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
}
