/**
 * Users starting servers through the real KubeSpawner 7.0.0, configured as the chart's hub pod
 * configures it from a rendered release (test/e2e/chart_hub/spawn_users.py), against the API server
 * a kubeconfig names. One result per request.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REAL_CHART } from '../../support/real-chart.js';
import { REPO_ROOT } from '../../support/synth.js';
import { CACHE } from './processes.js';

export interface SpawnRequest {
  user: string;
  /** Keycloak group paths in the user's claims. */
  groups?: string[];
  /** Hub client roles in the user's claims. */
  roles?: string[];
  profile?: string;
  /** `form`: only render the spawn form (the offered profiles), create nothing. */
  action?: 'form';
}

export interface SpawnResult {
  user: string;
  created?: string[];
  profiles?: string[];
  form?: string;
  refused?: number;
  reason?: string;
  error?: string;
}

export function spawnUsers(
  requests: SpawnRequest[],
  options: { kubeconfig: string; release?: string },
): { results: SpawnResult[]; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'thinkube-spawn-')), 'requests.json');
  writeFileSync(file, JSON.stringify(requests));
  const run = spawnSync(
    join(CACHE, 'hub-venv', 'bin', 'python'),
    [
      join(REPO_ROOT, 'test', 'e2e', 'chart_hub', 'spawn_users.py'),
      options.release ?? join(REPO_ROOT, 'dist', 'rendered', 'jupyterhub.k8s.yaml'),
      REAL_CHART,
      file,
    ],
    { encoding: 'utf8', env: { ...process.env, KUBECONFIG: options.kubeconfig }, timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`spawn_users.py failed: ${run.stderr}`);
  const results = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as SpawnResult);
  return { results, stderr: run.stderr };
}
