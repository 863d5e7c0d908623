/**
 * npm run uninstall refuses, before it asks the cluster anything, a --config and --dist that are not one
 * install (issue 20.5): each would name the other's objects. kubectl here is a stand-in that only
 * records that it ran, so a refusal that came too late shows as a recorded call.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configYamlWith, REPO_ROOT } from '../support/synth.js';

let dir: string;
let kubectlCalled: string;
let fakeKubectl: string;

function uninstall(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cli', 'uninstall.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KUBECTL: fakeKubectl },
  });
}

function writeConfig(name: string, patch: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, configYamlWith(patch));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thinkube-uninstall-'));
  kubectlCalled = join(dir, 'kubectl-called');
  fakeKubectl = join(dir, 'kubectl');
  writeFileSync(fakeKubectl, `#!/bin/sh\necho "$@" >> '${kubectlCalled}'\nexit 1\n`);
  chmodSync(fakeKubectl, 0o755);
  const synth = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'main.ts'), '--config', writeConfig('a', ''), '--out', join(dir, 'dist-a')],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (synth.status !== 0) throw new Error(synth.stderr);
}, 300_000);

describe('npm run uninstall: --config and --dist must be one install (issue 20.5)', () => {
  it.each([
    ['another namespace', 'namespace: { name: lab }', 'namespace.name is "lab" in'],
    [
      'another home StorageClass',
      'storage: { home: { storageClassName: homes-b } }',
      'storage.home.storageClassName is "homes-b" in',
    ],
    [
      'no shared volume',
      'storage: { shared: { enabled: false } }',
      'storage.shared.pvcName is "(shared volume disabled)" in',
    ],
  ])('refuses %s before asking the cluster anything', (name, patch, expected) => {
    const config = writeConfig(name.replace(/ /g, '-'), patch);
    const run = uninstall(['--config', config, '--dist', join(dir, 'dist-a'), '--purge-user-data', '--yes']);
    expect(run.stderr).toContain('uninstall: --config and --dist are not one install (nothing was changed):');
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.status).toBe(1);
    expect(existsSync(kubectlCalled)).toBe(false);
  });

  it('goes on to the cluster for the pair that belongs together (the stand-in kubectl is then called)', () => {
    const run = uninstall(['--config', join(dir, 'a.yaml'), '--dist', join(dir, 'dist-a')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('uninstall: kubectl get namespace jupyterhub failed');
    expect(existsSync(kubectlCalled)).toBe(true);
  });
});
