/**
 * npm run diff on a history the test makes: a repository whose commits are the synthesized dist/ of
 * one install as a team would change it (add a profile, change a role cap, rename a group, bump a
 * package, bump the chart). Each step is synthesized by the real `main.ts` and committed; the command
 * runs as a user runs it, and its report must name exactly what the step changed, and never a secret.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { SynthDiff } from '../../cli/support/synth-diff.js';
import { REPO_ROOT } from '../support/synth.js';

// biome-ignore lint/suspicious/noExplicitAny: free-form edits of the YAML configuration
type Config = Record<string, any>;

const execFileAsync = promisify(execFile);

const STEPS: { name: string; edit: (config: Config) => void }[] = [
  { name: 'base', edit: () => {} },
  {
    name: 'add a profile',
    edit: (c) => {
      c.profiles.push({
        slug: 'cpu-medium',
        displayName: 'Medium (4 CPU, 16 GiB)',
        cpu: { guarantee: 1, limit: 4 },
        memory: { guarantee: '4Gi', limit: '16Gi' },
      });
      c.roles.gpuUser.profiles.push('cpu-medium');
    },
  },
  { name: 'change a role cap', edit: (c) => (c.roles.user.limits.cpu = 3) },
  { name: 'rename a group', edit: (c) => (c.roles.user.group = 'notebook-users') },
  {
    name: 'bump a package',
    edit: (c) => {
      const image = c.images.find((i: Config) => i.name === 'jupyter-notebook');
      image.pythonPackages.pandas = '2.3.3';
    },
  },
  { name: 'bump the chart', edit: (c) => (c.chart = { ...(c.chart ?? {}), version: '4.4.1' }) },
];

let repo: string;
const commits: string[] = [];

function sh(cmd: string, args: string[], cwd = repo) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function diff(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cli', 'diff.ts'), '--repo', repo, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

function jsonDiff(from: number, to: number): SynthDiff {
  const r = diff(commits[from] as string, commits[to] as string, '--format', 'json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as SynthDiff;
}

// Asynchronous: six synths keep a worker busy for a minute or more on a loaded machine, and a worker that
// blocks that long loses its connection to vitest ("Timeout calling onTaskUpdate").
beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'thinkube-diff-'));
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['config', 'user.email', 'test@example.org']);
  sh('git', ['config', 'user.name', 'diff test']);
  const config = parse(readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8')) as Config;
  for (const step of STEPS) {
    step.edit(config);
    writeFileSync(join(repo, 'install.yaml'), stringify(config));
    await execFileAsync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'main.ts'),
        '--config',
        join(repo, 'install.yaml'),
        '--out',
        join(repo, 'dist'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    sh('git', ['add', '-A']);
    sh('git', ['commit', '-q', '-m', step.name]);
    commits.push(sh('git', ['rev-parse', 'HEAD']).trim());
  }
}, 600_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run diff', () => {
  it('adding a profile: the profile and the role that may use it, in the chart values, nothing else', () => {
    const d = jsonDiff(0, 1);
    const paths = d.chartValues.map((f) => f.path);
    expect(paths).toContain('singleuser.profileList[slug=cpu-medium]');
    expect(d.chartValues.find((f) => f.path === 'singleuser.profileList[slug=cpu-medium]')?.after).toMatchObject({
      display_name: 'Medium (4 CPU, 16 GiB)',
    });
    expect(paths).toContain('custom.thinkube.roles.gpuUser.profiles');
    // The Application itself only changes through its values; no Terraform or image change.
    expect(d.kubernetes).toEqual([]);
    expect(d.terraform).toEqual({});
    expect(d.images).toEqual([]);
  });

  it('changing a role cap: exactly that value, old and new', () => {
    const d = jsonDiff(1, 2);
    const caps = d.chartValues.filter((f) => f.path.startsWith('custom.thinkube.roles'));
    expect(caps).toEqual([{ path: 'custom.thinkube.roles.user.limits.cpu', before: 2, after: 3 }]);
  });

  it('renaming a group: the hub values and the Keycloak group resource of the identity stack', () => {
    const d = jsonDiff(2, 3);
    expect(d.chartValues).toContainEqual({
      path: 'custom.thinkube.roles.user.group',
      before: 'jupyterhub-users',
      after: 'notebook-users',
    });
    expect(d.chartValues.map((f) => f.path)).toContain('hub.config.GenericOAuthenticator.allowed_groups');
    const identity = d.terraform.identity ?? [];
    const renamed = identity.flatMap((r) => r.fields.filter((f) => f.after === 'notebook-users'));
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.every((f) => f.before === 'jupyterhub-users')).toBe(true);
  });

  it('bumping a package: the image tag and the one package line, and the values that name the tag', () => {
    const d = jsonDiff(3, 4);
    expect(d.images).toHaveLength(1);
    const [image] = d.images;
    expect(image?.name).toBe('jupyter-notebook');
    expect(image?.tagBefore).not.toBe(image?.tagAfter);
    expect(image?.linesAdded).toEqual(['requirements.txt: pandas==2.3.3']);
    expect(image?.linesRemoved).toHaveLength(1);
    expect(image?.linesRemoved[0]).toMatch(/^requirements\.txt: pandas==/);
    expect(d.chartValues).toContainEqual(
      expect.objectContaining({ path: 'singleuser.image.tag', before: image?.tagBefore, after: image?.tagAfter }),
    );
  });

  it('bumping the chart: the Application target revision', () => {
    const d = jsonDiff(4, 5);
    expect(d.kubernetes).toEqual([
      {
        id: 'argoproj.io Application argocd/jupyterhub',
        change: 'changed',
        fields: [{ path: 'spec.source.targetRevision', before: '4.4.0', after: '4.4.1' }],
      },
    ]);
  });

  it('prints markdown for a PR comment and text for a terminal, and never a secret', () => {
    const markdown = diff(commits[0] as string, commits[5] as string, '--format', 'markdown');
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^### Synthesized changes [0-9a-f]{7,} -> [0-9a-f]{7,}/);
    expect(markdown.stdout).toContain('<summary>Chart values (JupyterHub release)</summary>');
    expect(markdown.stdout).toContain('+ singleuser.profileList[slug=cpu-medium]');
    expect(markdown.stdout).toContain('~ spec.source.targetRevision: "4.4.0" -> "4.4.1"');
    const text = diff(commits[0] as string, commits[5] as string);
    expect(text.stdout).toContain('Terraform stack identity:');
    expect(text.stdout).toContain('~ custom.thinkube.roles.user.limits.cpu: 2 -> 3');
  });

  it('hides Secret data and sensitive fields, showing only that they changed', () => {
    // A Secret with a value, changed in the work tree: the report says it changed, never what it holds.
    const secretFile = join(repo, 'dist', 'k8s', '0009-test-secret.k8s.yaml');
    const secret = (value: string) =>
      stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'db', namespace: 'jupyterhub' },
        stringData: { password: value },
      });
    writeFileSync(secretFile, secret('first-hunter2'));
    sh('git', ['add', '-A']);
    sh('git', ['commit', '-q', '-m', 'a secret']);
    writeFileSync(secretFile, secret('second-hunter2'));
    for (const format of ['text', 'markdown', 'json']) {
      const r = diff('HEAD', '--format', format);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toContain('hunter2');
      expect(r.stdout).toContain('stringData.password');
    }
    sh('git', ['checkout', '--', '.']);
  });

  it('says "no change" for equal states, exits 2 with --exit-code only when something changed', () => {
    const same = diff(commits[5] as string, commits[5] as string, '--exit-code');
    expect(same.stdout).toContain('no change');
    expect(same.status).toBe(0);
    const changed = diff(commits[0] as string, commits[1] as string, '--exit-code');
    expect(changed.status).toBe(2);
  });

  it('reads only regular files of the work tree: a FIFO does not hang it, a symlink is not followed (issue 20.18)', async () => {
    const run = async () => {
      // Asynchronous, so the test keeps its event loop while the command runs (or hangs on the FIFO, as
      // the previous code did: the timeout is what "hangs" means here).
      const { stdout, stderr } = await execFileAsync(
        process.execPath,
        ['--import', 'tsx', join(REPO_ROOT, 'cli', 'diff.ts'), '--repo', repo, 'HEAD', '--format', 'json'],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      return { report: JSON.parse(stdout) as SynthDiff, stderr };
    };
    const before = await run();
    const outside = mkdtempSync(join(tmpdir(), 'thinkube-outside-'));
    writeFileSync(join(outside, 'secret.k8s.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata: { name: outside }\n');
    sh('mkfifo', [join(repo, 'dist', 'k8s', 'pipe.k8s.yaml')]);
    symlinkSync(join(outside, 'secret.k8s.yaml'), join(repo, 'dist', 'k8s', 'link.k8s.yaml'));
    try {
      const after = await run();
      expect(after.stderr).toContain('diff: skipped dist/k8s/link.k8s.yaml: a symbolic link, not a file synth writes');
      expect(after.stderr).toContain('diff: skipped dist/k8s/pipe.k8s.yaml: a named pipe, not a file synth writes');
      expect(JSON.stringify(after.report)).not.toContain('outside');
      expect(after.report).toEqual(before.report);
    } finally {
      rmSync(join(repo, 'dist', 'k8s', 'pipe.k8s.yaml'));
      rmSync(join(repo, 'dist', 'k8s', 'link.k8s.yaml'));
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a ref that is not a commit, naming it, without a stack trace', () => {
    const r = diff('no-such-ref', commits[1] as string);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`diff: "no-such-ref" is not a commit of ${repo}`);
  });
});
