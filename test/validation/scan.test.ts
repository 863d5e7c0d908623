/**
 * npm run scan fails on what it should: a finding nobody accepted, a skip that no longer matches
 * anything, and a skip that is not about exact resources. (The scan of the committed output itself
 * runs in .ci/run and npm run check.) Real checkov 3.3.30 and the real KubeSpawner, every time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from '../support/synth.js';

const SKIPS = join(REPO_ROOT, 'security', 'checkov-skips.yaml');

function scan(dist: string, skips = SKIPS) {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'cli', 'scan.ts'),
      '--dist',
      dist,
      '--skips',
      skips,
      '--chart',
      join(REPO_ROOT, '..', 'shared', 'charts', 'jupyterhub-4.4.0'),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-scan-dist-'));
  cpSync(join(REPO_ROOT, 'dist'), dir, { recursive: true });
  return dir;
}

describe('npm run scan', () => {
  it('fails on a new finding nobody accepted, naming the check and the resource', () => {
    const dist = copyOfDist();
    writeFileSync(
      join(dist, 'k8s', '0009-debug.k8s.yaml'),
      stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'debug', namespace: 'jupyterhub' },
        spec: { containers: [{ name: 'shell', image: 'busybox:1.37', securityContext: { privileged: true } }] },
      }),
    );
    const result = scan(dist);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/FAIL CKV_K8S_16 .*: Pod\.jupyterhub\.debug/);
    expect(result.output).toMatch(/\d+ unexplained/);
  }, 300_000);

  it('fails on a skip that matches nothing any more, and refuses a skip without exact resources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-skips-'));
    const skips = parse(readFileSync(SKIPS, 'utf8')) as {
      skips: { check: string; resources: string[]; reason: string }[];
    };
    const stale = join(dir, 'stale.yaml');
    writeFileSync(
      stale,
      stringify({
        skips: [
          ...skips.skips,
          {
            check: 'CKV_K8S_16',
            resources: ['Pod.jupyterhub.gone'],
            reason: 'a privileged debug pod that was removed long ago',
          },
        ],
      }),
    );
    const result = scan(join(REPO_ROOT, 'dist'), stale);
    expect(result.status).toBe(1);
    expect(result.output).toContain('FAIL stale skip: CKV_K8S_16 on Pod.jupyterhub.gone matches no finding; remove it');

    const blanket = join(dir, 'blanket.yaml');
    writeFileSync(
      blanket,
      stringify({ skips: [{ check: 'CKV_K8S_43', resources: ['*'], reason: 'digests are too much work for now' }] }),
    );
    const refused = scan(join(REPO_ROOT, 'dist'), blanket);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      'skips[0] (CKV_K8S_43) must list exact resources (no wildcards, no blanket skips)',
    );
  }, 300_000);
});

describe('scan and verify refuse arguments that are not what they name (issue 20.18)', () => {
  it('a --skips file that is not a skips file is refused at once, not read as "nothing accepted"', () => {
    const other = join(mkdtempSync(join(tmpdir(), 'thinkube-scan-')), 'other.yaml');
    writeFileSync(other, 'apiVersion: v1\nkind: ConfigMap\n');
    const run = scan(join(REPO_ROOT, 'dist'), other);
    expect(run.status).toBe(1);
    expect(run.output.trim()).toBe(
      `scan: --skips ${other}: not a skips file (a YAML map with a "skips" list of {check, resources, reason})`,
    );
  });

  it('a --chart that is no chart is one line, not a Python traceback', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'cli', 'scan.ts'), '--chart', '/nonexistent/chart'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`.trim()).toBe(
      'scan: --chart /nonexistent/chart: no chart there (a folder with Chart.yaml, such as ../shared/charts/jupyterhub-4.4.0)',
    );
  });

  it('verify --hub-url with a file: URL says so instead of "fetch failed"', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'cli', 'verify.ts'), '--hub-url', 'file:///etc/passwd', '--no-cluster'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`.trim()).toBe(
      'verify: --hub-url: "file:///etc/passwd" is a file: URL; give an http(s) URL',
    );
  });
});
