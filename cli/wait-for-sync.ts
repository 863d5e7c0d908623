/**
 * npm run wait-for-sync: after `kubectl apply` of dist/k8s in argocd mode, waits until Argo CD has
 * compared the Application's current source (the values, chart version and repository just applied)
 * and synced it. The cluster stack comes next and writes into the chart's `hub` Secret, which Argo CD's
 * first sync makes (decision 0002). A plain `kubectl wait ... Synced` would pass at once on an earlier
 * Synced status; this waits for the one of the applied source. In helm mode there is nothing to wait for.
 *
 *   npm run wait-for-sync [-- --config FILE] [--kubeconfig FILE] [--context NAME] [--timeout SECONDS]
 */
import { loadConfig } from '../config/load.js';
import { applicationState, describeState } from './support/argocd-application.js';
import { command, run, sleep, UsageError } from './support/command.js';
import { kubectlWith } from './support/kubectl.js';

interface WaitOptions {
  config?: string;
  kubeconfig?: string;
  context?: string;
  timeout: string;
}

const POLL_MS = 3_000;

async function waitForSync(values: WaitOptions): Promise<void> {
  const timeout = Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 7200) {
    throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds from 1 to 7200`);
  }
  const config = loadConfig(values.config);
  if (config.delivery.mode !== 'argocd') {
    console.log('wait-for-sync: delivery.mode helm: the chart was applied as rendered, nothing to wait for');
    return;
  }
  const kubectl = kubectlWith(values);
  const started = Date.now();
  let last = '';
  for (;;) {
    const state = applicationState(config, kubectl);
    const line = describeState(state);
    if (state.syncedCurrent) {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`wait-for-sync: ${line} (after ${seconds} s)`);
      return;
    }
    if (line !== last) console.log(`wait-for-sync: ${line}`);
    last = line;
    if (Date.now() - started > timeout * 1000) {
      throw new UsageError(`Argo CD did not sync the applied Application within ${timeout} s: ${line}`);
    }
    await sleep(POLL_MS);
  }
}

export const waitForSyncCommand = command(
  'wait-for-sync',
  'Waits until Argo CD has synced the Application as applied (argocd mode); nothing to do in helm mode.',
)
  .option('--config <file>', 'the install configuration (default: THINKUBE_CONFIG, else the embedded one)')
  .option('--kubeconfig <file>', "kubeconfig of the cluster (default: kubectl's own)")
  .option('--context <name>', 'kubeconfig context')
  .option('--timeout <seconds>', 'how long to wait before failing', '600')
  .action((options: WaitOptions) => waitForSync(options));

if (process.argv[1]?.endsWith('wait-for-sync.ts')) await run('wait-for-sync', waitForSyncCommand);
