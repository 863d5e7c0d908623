/**
 * The CI workflows users adopt (.github/workflows): valid against the GitHub workflow JSON schema
 * (SchemaStore's, as check-jsonschema vendors it), and the pull-request workflow run for real, step by
 * step, on a repository the test makes: a change synthesized and committed gets its object-level diff
 * posted as the PR comment; a change committed without synthesizing is stopped before any comment.
 * The deploy workflow runs against real servers in test/e2e/pipeline.e2e.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { TOOL_CACHE as CACHE_DIR } from '../../config/project-files.js';
import { REAL_CHART } from '../support/real-chart.js';
import { type ScratchRepository, scratchRepository } from '../support/scratch-repository.js';
import { REPO_ROOT } from '../support/synth.js';
import { readWorkflow, runJob, type StepResult } from '../support/workflow-runner.js';

const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');
const CHECK_JSONSCHEMA = join(CACHE_DIR, 'check-jsonschema-venv', 'bin', 'check-jsonschema');

function checkWorkflowSchema(...files: string[]) {
  const result = spawnSync(CHECK_JSONSCHEMA, ['--builtin-schema', 'vendor.github-workflows', ...files], {
    encoding: 'utf8',
  });
  if (result.error)
    throw new Error(`${CHECK_JSONSCHEMA}: ${result.error.message} (bash scripts/install-tools.sh check-jsonschema)`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('workflow files', () => {
  it('are valid GitHub workflows (JSON schema)', () => {
    const result = checkWorkflowSchema(join(WORKFLOWS, 'pull-request.yml'), join(WORKFLOWS, 'deploy.yml'));
    expect(result.output).toContain('ok -- validation done');
    expect(result.status).toBe(0);
  });

  it('control: a misspelt key fails the same check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-workflow-'));
    const broken = parse(readFileSync(join(WORKFLOWS, 'deploy.yml'), 'utf8'));
    broken.jobs.deploy.runs_on = broken.jobs.deploy['runs-on'];
    delete broken.jobs.deploy['runs-on'];
    writeFileSync(join(dir, 'deploy.yml'), stringify(broken));
    const result = checkWorkflowSchema(join(dir, 'deploy.yml'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/runs_on|runs-on/);
  });

  it('use actions pinned by commit, and credentials only from secrets', () => {
    for (const file of ['pull-request.yml', 'deploy.yml']) {
      const text = readFileSync(join(WORKFLOWS, file), 'utf8');
      for (const [, ref] of text.matchAll(/uses: \S+@(\S+)/g)) expect(ref).toMatch(/^[0-9a-f]{40}$/);
    }
    const deploy = readWorkflow(join(WORKFLOWS, 'deploy.yml'));
    const env = deploy.jobs.deploy?.env ?? {};
    for (const name of ['KEYCLOAK_PASSWORD', 'KEYCLOAK_CLIENT_SECRET', 'HARBOR_PASSWORD']) {
      expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    }
  });
});

describe('pull-request workflow, run', () => {
  let repo: ScratchRepository;
  let base: string;
  let ghLog: string;
  let fakeBin: string;

  beforeAll(() => {
    repo = scratchRepository();
    base = repo.git('rev-parse', 'HEAD').trim();
    // gh: records what the workflow asks of it; the first `--edit-last` finds no comment to edit, as on
    // a new pull request, so the workflow must fall back to posting one.
    fakeBin = mkdtempSync(join(tmpdir(), 'thinkube-fake-gh-'));
    ghLog = join(fakeBin, 'calls.log');
    const script = [
      '#!/usr/bin/env bash',
      `log=${ghLog}`,
      'args="$*"',
      'echo "ARGS $args TOKEN=$([ -n "$GH_TOKEN" ] && echo set)" >> "$log"',
      'while [ $# -gt 0 ]; do',
      '  if [ "$1" = --body-file ]; then { echo BODY-START; cat "$2"; echo BODY-END; } >> "$log"; fi',
      '  shift',
      'done',
      'case " $args " in *" --edit-last "*) echo "no comments found for current user" >&2; exit 1 ;; esac',
    ];
    writeFileSync(join(fakeBin, 'gh'), `${script.join('\n')}\n`);
    chmodSync(join(fakeBin, 'gh'), 0o755);
  }, 120_000);

  afterAll(() => repo?.remove());

  function pullRequest(head: string): Promise<StepResult[]> {
    repo.git('checkout', '-q', head);
    return runJob(readWorkflow(join(repo.dir, '.github', 'workflows', 'pull-request.yml')), 'synthesize', {
      workspace: repo.dir,
      secrets: { GITHUB_TOKEN: 'test-token' },
      vars: { THINKUBE_CHART_DIR: REAL_CHART },
      github: {
        event: { pull_request: { number: 7, base: { sha: base } } },
        base_ref: 'main',
        sha: head,
      },
      runnerEnv: { PATH: `${fakeBin}:${join(CACHE_DIR, 'bin')}:${process.env.PATH}`, HOME: process.env.HOME },
      providedActions: ['actions/checkout', 'actions/setup-node'],
      providedSteps: {
        install: 'the tools are installed on this machine (scripts/install-tools.sh, npm ci)',
        validate: 'typecheck, lint and the unit tests run in this same CI run, on this same commit',
      },
    });
  }

  const outcomes = (results: StepResult[]) => Object.fromEntries(results.map((r) => [r.id, r.outcome]));

  it('a synthesized change: dist/ fresh, and the diff posted as the PR comment', async () => {
    repo.git('checkout', '-q', '-b', 'add-profile', base);
    const configFile = join(repo.dir, 'config', 'default.yaml');
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace(
        'profiles:\n',
        'profiles:\n  - slug: cpu-medium\n    displayName: Medium\n    cpu: { guarantee: 1, limit: 4 }\n    memory: { guarantee: 2Gi, limit: 8Gi }\n',
      ),
    );
    for (const [script, args] of [
      ['synth', []],
      ['render', ['--chart', REAL_CHART]],
    ] as const) {
      const r = await repo.npm(script, [...args], { PATH: `${join(CACHE_DIR, 'bin')}:${process.env.PATH}` });
      expect(r.output, r.output).not.toMatch(/error/i);
      expect(r.status).toBe(0);
    }
    const head = repo.commitAll('add a medium profile');
    const results = await pullRequest(head);
    expect(outcomes(results), results.map((r) => `${r.id}: ${r.output}`).join('\n')).toEqual({
      'step-0': 'provided',
      'step-1': 'provided',
      install: 'provided',
      synth: 'success',
      fresh: 'success',
      validate: 'provided',
      diff: 'success',
      comment: 'success',
    });
    const log = readFileSync(ghLog, 'utf8');
    expect(log).toContain('ARGS pr comment 7 --edit-last --body-file');
    expect(log).toMatch(/ARGS pr comment 7 --body-file \S+synth-diff\.md TOKEN=set/);
    const body = log.split('BODY-START\n').at(-1)?.split('BODY-END')[0] ?? '';
    expect(body).toMatch(/^### Synthesized changes [0-9a-f]+ -> HEAD/);
    expect(body).toContain('+ singleuser.profileList[slug=cpu-medium]');
  }, 180_000);

  it('a change committed without synthesizing: stopped at the freshness check, no comment', async () => {
    writeFileSync(ghLog, '');
    repo.git('checkout', '-q', '-b', 'stale', base);
    const configFile = join(repo.dir, 'config', 'default.yaml');
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('capacity: 10Gi', 'capacity: 8Gi'));
    const head = repo.commitAll('smaller homes, dist/ not synthesized');
    const results = await pullRequest(head);
    const fresh = results.find((r) => r.id === 'fresh');
    expect(fresh?.outcome).toBe('failure');
    expect(fresh?.output).toContain('::error::dist/ is stale');
    expect(outcomes(results)).toMatchObject({ synth: 'success', diff: 'skipped', comment: 'skipped' });
    expect(readFileSync(ghLog, 'utf8')).toBe('');
  }, 180_000);
});
