/**
 * The install's Argo CD Application as the cluster reports it (delivery.mode argocd): found or not,
 * whether Argo CD has compared the source that is applied now (not an earlier one) and found the cluster
 * Synced, its health, and the conditions it raised (a chart it could not fetch, a credential refused).
 * Read by `npm run wait-for-sync` and `npm run verify`.
 */
import type { ThinkubeConfig } from '../../config/load.js';
import type { Kubectl } from './kubectl.js';

interface ApplicationJson {
  spec?: { source?: unknown };
  status?: {
    sync?: { status?: string; revision?: string; comparedTo?: { source?: unknown } };
    health?: { status?: string };
    operationState?: { phase?: string; message?: string };
    conditions?: { type: string; message?: string }[];
    resources?: { kind: string; name: string; health?: { status?: string; message?: string } }[];
  };
}

export interface ApplicationState {
  /** `<namespace>/<name>`, for messages. */
  readonly name: string;
  /** kubectl's error when the Application could not be read (not there yet, or the cluster unreachable). */
  readonly unreadable?: string;
  /** Synced, and compared against the source the Application has now. */
  readonly syncedCurrent: boolean;
  readonly sync?: string;
  readonly revision?: string;
  readonly health?: string;
  readonly operation?: string;
  /** `Type: message` of each condition Argo CD raised (ComparisonError, SyncError, ...). */
  readonly conditions: readonly string[];
  /** `Kind/name Status` of each object Argo CD does not find Healthy (what holds the Application's health). */
  readonly unhealthy: readonly string[];
}

/** JSON with object keys sorted: the same value reads the same whichever order the API server kept. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The same JSON value, whatever order each side's object keys are in. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function applicationState(config: ThinkubeConfig, kubectl: Kubectl): ApplicationState {
  const namespace = config.delivery.argocd.namespace;
  const name = `${namespace}/${config.chart.releaseName}`;
  const got = kubectl(['get', 'application.argoproj.io', '-n', namespace, config.chart.releaseName, '-o', 'json']);
  if (got.status !== 0) {
    return {
      name,
      unreadable: got.stderr.trim() || `kubectl exit code ${got.status}`,
      syncedCurrent: false,
      conditions: [],
      unhealthy: [],
    };
  }
  const app = JSON.parse(got.stdout) as ApplicationJson;
  const status = app.status ?? {};
  const compared = status.sync?.comparedTo?.source;
  const current = compared !== undefined && sameJson(compared, app.spec?.source);
  return {
    name,
    syncedCurrent: current && status.sync?.status === 'Synced' && status.operationState?.phase !== 'Running',
    ...(status.sync?.status ? { sync: status.sync.status } : {}),
    ...(status.sync?.revision ? { revision: status.sync.revision } : {}),
    ...(status.health?.status ? { health: status.health.status } : {}),
    ...(status.operationState?.phase ? { operation: status.operationState.phase } : {}),
    conditions: (status.conditions ?? []).map((c) => `${c.type}: ${c.message ?? ''}`.trim()),
    unhealthy: (status.resources ?? [])
      .filter((r) => r.health?.status !== undefined && r.health.status !== 'Healthy')
      .map((r) => `${r.kind}/${r.name} ${r.health?.status}${r.health?.message ? ` (${r.health.message})` : ''}`),
  };
}

/** One line saying where the Application stands. */
export function describeState(state: ApplicationState): string {
  if (state.unreadable) return `${state.name}: ${state.unreadable}`;
  const parts = [
    `sync ${state.sync ?? 'unknown'}${state.syncedCurrent || !state.sync ? '' : ' (not yet compared against the applied source)'}`,
    `health ${state.health ?? 'unknown'}`,
    ...(state.revision ? [`revision ${state.revision}`] : []),
    ...(state.operation ? [`last operation ${state.operation}`] : []),
    ...state.conditions,
    ...(state.unhealthy.length > 0 ? [`not healthy: ${state.unhealthy.join('; ')}`] : []),
  ];
  return `${state.name}: ${parts.join(', ')}`;
}
