/**
 * The Application's state as `npm run wait-for-sync` and `npm run verify` read it: Synced counts only
 * when Argo CD compared the source applied now, whatever order the API server keeps its keys in.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationState, describeState } from '../../cli/support/argocd-application.js';
import type { Kubectl } from '../../cli/support/kubectl.js';
import { defaultConfig, REPO_ROOT } from '../support/synth.js';

const source = {
  repoURL: 'https://hub.jupyter.org/helm-chart',
  chart: 'jupyterhub',
  targetRevision: '4.4.0',
  helm: { releaseName: 'jupyterhub', valuesObject: { hub: { db: { type: 'sqlite-pvc' } }, debug: { enabled: false } } },
};
/** The same source with every object's keys in another order, as the API server may return it. */
const reordered = {
  helm: { valuesObject: { debug: { enabled: false }, hub: { db: { type: 'sqlite-pvc' } } }, releaseName: 'jupyterhub' },
  targetRevision: '4.4.0',
  chart: 'jupyterhub',
  repoURL: 'https://hub.jupyter.org/helm-chart',
};

function kubectlAnswering(application: unknown): { kubectl: Kubectl; calls: string[][] } {
  const calls: string[][] = [];
  const kubectl: Kubectl = (args) => {
    calls.push([...args]);
    return application === undefined
      ? {
          status: 1,
          stdout: '',
          stderr: 'Error from server (NotFound): applications.argoproj.io "jupyterhub" not found',
        }
      : { status: 0, stdout: JSON.stringify(application), stderr: '' };
  };
  return { kubectl, calls };
}

const synced = (compared: unknown, extra: object = {}) => ({
  spec: { source },
  status: {
    sync: { status: 'Synced', revision: '4.4.0', comparedTo: { source: compared } },
    health: { status: 'Healthy' },
    operationState: { phase: 'Succeeded' },
    ...extra,
  },
});

describe('applicationState', () => {
  it("Synced against the applied source (keys in another order) counts; it asks for the release's Application in Argo CD's namespace", () => {
    const { kubectl, calls } = kubectlAnswering(synced(reordered));
    const state = applicationState(defaultConfig(), kubectl);
    expect(state.syncedCurrent).toBe(true);
    expect(calls).toEqual([['get', 'application.argoproj.io', '-n', 'argocd', 'jupyterhub', '-o', 'json']]);
    expect(describeState(state)).toBe(
      'argocd/jupyterhub: sync Synced, health Healthy, revision 4.4.0, last operation Succeeded',
    );
  });

  it('Synced from before the apply (other values compared) does not count, and says so', () => {
    const earlier = { ...source, helm: { ...source.helm, valuesObject: { debug: { enabled: true } } } };
    const state = applicationState(defaultConfig(), kubectlAnswering(synced(earlier)).kubectl);
    expect(state.syncedCurrent).toBe(false);
    expect(describeState(state)).toContain('sync Synced (not yet compared against the applied source)');
  });

  it('a sync still running does not count; the conditions Argo CD raised are named', () => {
    const state = applicationState(
      defaultConfig(),
      kubectlAnswering(
        synced(source, {
          operationState: { phase: 'Running' },
          conditions: [{ type: 'ComparisonError', message: 'failed to fetch chart: 401 unauthorized' }],
        }),
      ).kubectl,
    );
    expect(state.syncedCurrent).toBe(false);
    expect(describeState(state)).toContain('ComparisonError: failed to fetch chart: 401 unauthorized');
  });

  it('names each object that holds the health back', () => {
    const state = applicationState(
      defaultConfig(),
      kubectlAnswering(
        synced(source, {
          health: { status: 'Progressing' },
          resources: [
            { kind: 'Deployment', name: 'hub', health: { status: 'Healthy' } },
            {
              kind: 'DaemonSet',
              name: 'continuous-image-puller',
              health: { status: 'Progressing', message: '0 of 2 updated' },
            },
            { kind: 'Secret', name: 'hub' },
          ],
        }),
      ).kubectl,
    );
    expect(state.syncedCurrent).toBe(true);
    expect(describeState(state)).toBe(
      'argocd/jupyterhub: sync Synced, health Progressing, revision 4.4.0, last operation Succeeded, ' +
        'not healthy: DaemonSet/continuous-image-puller Progressing (0 of 2 updated)',
    );
  });

  it('no Application yet: not synced, with what kubectl said', () => {
    const state = applicationState(defaultConfig(), kubectlAnswering(undefined).kubectl);
    expect(state.syncedCurrent).toBe(false);
    expect(describeState(state)).toBe(
      'argocd/jupyterhub: Error from server (NotFound): applications.argoproj.io "jupyterhub" not found',
    );
  });
});

describe('npm run wait-for-sync', () => {
  const runWait = (args: string[], application?: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'thinkube-wait-'));
    const fake = join(dir, 'kubectl');
    // A kubectl that answers every get with the same Application: Argo CD never gets further.
    writeFileSync(
      fake,
      application === undefined
        ? '#!/bin/sh\necho "Error from server (NotFound): not found" >&2\nexit 1\n'
        : `#!/bin/sh\ncat <<'JSON'\n${JSON.stringify(application)}\nJSON\n`,
    );
    chmodSync(fake, 0o755);
    return spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'scripts', 'run-bundled.mjs'), 'cli/wait-for-sync.ts', ...args],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, KUBECTL: fake, THINKUBE_CONFIG: '' },
      },
    );
  };

  it('returns once the applied source is synced', () => {
    const run = runWait([], synced(source));
    expect(run.stdout).toContain('wait-for-sync: argocd/jupyterhub: sync Synced, health Healthy');
    expect(run.status).toBe(0);
  });

  it('fails after --timeout with where the Application stands', () => {
    const stale = { ...source, targetRevision: '4.3.0' };
    const run = runWait(['--timeout', '1'], synced(stale));
    expect(run.stderr.trim()).toBe(
      'wait-for-sync: Argo CD did not sync the applied Application within 1 s: argocd/jupyterhub: sync Synced ' +
        '(not yet compared against the applied source), health Healthy, revision 4.4.0, last operation Succeeded',
    );
    expect(run.status).toBe(1);
  });

  it('refuses a --timeout that is not a number of seconds', () => {
    const run = runWait(['--timeout', 'soon']);
    expect(run.stderr.trim()).toBe('wait-for-sync: --timeout: "soon" is not a number of seconds from 1 to 7200');
    expect(run.status).toBe(1);
  });
});
