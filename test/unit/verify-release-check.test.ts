/**
 * npm run verify's checks of the running release, with kubectl replaced by its answers: every replica of
 * the release's Deployments Ready and no restart, or a failure naming the pod and why; the image puller's
 * missing nodes a warning. The pipeline and install tests run them against the running cluster.
 */
import { describe, expect, it } from 'vitest';
import type { Kubectl } from '../../cli/support/kubectl.js';
import { clusterChecks } from '../../cli/verify/cluster-checks.js';
import { defaultConfig, REPO_ROOT } from '../support/synth.js';

const deployment = (name: string, replicas: number, ready: number) => ({
  metadata: { name, labels: { component: name, release: 'jupyterhub' } },
  spec: { replicas },
  status: { readyReplicas: ready, updatedReplicas: replicas },
});
const pod = (name: string, component: string, container: object, init: object[] = []) => ({
  metadata: { name, labels: { component, release: 'jupyterhub' } },
  status: { containerStatuses: [container], initContainerStatuses: init },
});
const running = (name: string) => ({ name, ready: true, restartCount: 0, state: { running: {} } });

function kubectlAnswering(answers: Record<string, object[]>): Kubectl {
  return (args) => {
    const kind = args[0] === 'get' ? (args[1] ?? '') : '';
    const items = answers[kind];
    return items
      ? { status: 0, stdout: JSON.stringify({ items }), stderr: '' }
      : { status: 1, stdout: '', stderr: `no ${kind}` };
  };
}

async function checksOf(answers: Record<string, object[]>) {
  const checks = await clusterChecks(
    defaultConfig(),
    `${REPO_ROOT}/dist`,
    kubectlAnswering(answers),
    'http://127.0.0.1:9',
  );
  return {
    release: checks.find((c) => c.name === 'release running'),
    puller: checks.find((c) => c.name === 'notebook image pulled on every node'),
  };
}

const healthy = {
  deployments: [deployment('hub', 1, 1), deployment('proxy', 1, 1), deployment('user-scheduler', 2, 2)],
  pods: [pod('hub-1', 'hub', running('hub')), pod('proxy-1', 'proxy', running('chp'))],
};

describe('verify: the running release', () => {
  it('passes with every replica Ready and no restart, saying how many', async () => {
    const { release } = await checksOf(healthy);
    expect(release).toEqual({
      name: 'release running',
      status: 'pass',
      detail: 'hub 1/1, proxy 1/1, user-scheduler 2/2 Ready, no restarts',
    });
  });

  it('fails on a restarted container, naming the pod and its last termination', async () => {
    const crashed = {
      name: 'hub',
      ready: true,
      restartCount: 2,
      lastState: { terminated: { reason: 'Error', exitCode: 1 } },
    };
    const { release } = await checksOf({ ...healthy, pods: [pod('hub-1', 'hub', crashed)] });
    expect(release).toMatchObject({ status: 'fail', detail: 'hub-1 hub: 2 restart(s), last Error 1' });
  });

  it('fails when not Ready in time, naming what the pods wait for', async () => {
    const pulling = { name: 'hub', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } };
    const { release } = await checksOf({
      deployments: [deployment('hub', 1, 0), deployment('proxy', 1, 1)],
      pods: [pod('hub-1', 'hub', pulling)],
    });
    expect(release).toMatchObject({
      status: 'fail',
      detail: 'not all Ready after 0 s: hub 0/1, proxy 1/1 (hub-1 hub: ImagePullBackOff)',
    });
  });

  it('fails when the release has no Deployment', async () => {
    const { release } = await checksOf({ deployments: [], pods: [] });
    expect(release).toMatchObject({ status: 'fail', detail: 'no Deployment of release jupyterhub in jupyterhub' });
  });

  it("warns while the image puller is not Ready on every node, with its init container's reason", async () => {
    const puller = {
      metadata: { name: 'continuous-image-puller' },
      spec: {},
      status: { desiredNumberScheduled: 2, numberReady: 1 },
    };
    const waiting = {
      name: 'image-pull-singleuser',
      ready: false,
      restartCount: 0,
      state: { waiting: { reason: 'ErrImagePull' } },
    };
    const { puller: check } = await checksOf({
      ...healthy,
      daemonsets: [puller],
      pods: [pod('continuous-image-puller-a', 'continuous-image-puller', running('pause'), [waiting])],
    });
    expect(check).toMatchObject({
      status: 'warn',
      detail:
        'continuous-image-puller 1/2 nodes Ready (image-pull-singleuser: ErrImagePull); servers there pull the image at their start',
    });
  });
});
