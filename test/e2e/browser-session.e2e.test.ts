/**
 * The user's session in a browser, on the running cluster (issue 22): Debian's Chromium (playwright-core)
 * at the hub's public address, `https://<hostname>`, as users reach it. The host name is mapped to the
 * Gateway's stand-in, whose certificate is made for this run (the browser accepts it: the one thing a
 * real Gateway's public certificate would change). The project is installed by the README's path
 * (support/project-install.ts) with the default config's own CPU image (JupyterLab, the PyData stack,
 * jupyterlab-git, jupyter-resource-usage; only its base swapped for a debootstrapped trixie), built by
 * `npm run image`, pushed to Harbor and pulled by the nodes with the cluster stack's pull Secret. Each
 * person logs in on Keycloak's own login page, with the realm objects the identity stack made, and the
 * hub exchanges the code through Keycloak's in-cluster Service.
 *
 * What a user does is done through the page (the spawn form, the lab's sidebar, launcher, notebook
 * cells, file browser and the hub's control panel); the cluster is only read, except where the test is
 * the operator (the hub pod restarted). Screenshots of every step land in test-results/e2e/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ThinkubeConfig } from '../../config/load.js';
import { activityIntervals } from '../../constructs/jupyterhub/activity-intervals.js';
import { bytesOf } from '../../constructs/quantities.js';
import { GPU, GPU_NODE } from '../cluster/layout.js';
import { configWith } from '../support/synth.js';
import { launchChromium, logIn, screenshot } from './support/browser.js';
import { eventually, holdGpus, profilesForTestNodes, type RunningCluster, runningCluster } from './support/cluster.js';
import {
  declineNews,
  gitPanelText,
  labLoaded,
  memoryIndicatorText,
  newNotebook,
  uploadFile,
} from './support/jupyterlab.js';
import { DEFAULT_CPU_IMAGE, defaultImagesOnTestBase } from './support/podman.js';
import { buildProbeWheel } from './support/probe-wheel.js';
import { installProject, type ProjectInstall } from './support/project-install.js';
import type { TestUser } from './support/test-realm.js';

const NS = 'thinkube-session-e2e';
/** The image's pins, which the notebook's kernel must import at exactly these versions. */
const PINS = defaultImagesOnTestBase('trixie').find((i) => i.name === DEFAULT_CPU_IMAGE)?.pythonPackages ?? {};
/** The install's profiles and roles (project-install: profilesForTestNodes, the default roles). */
const SMALL = profilesForTestNodes().find((profile) => profile.slug === 'cpu-small') as ThinkubeConfig['profiles'][0];
const ROLES = configWith('').roles;
/** The small profile's limits as the container's cgroup holds them (CFS quota per 100 ms period). */
const CPU_SMALL = {
  memoryBytes: bytesOf(SMALL.memory.limit),
  cpuQuotaPerPeriod: `${Math.round(SMALL.cpu.limit * 100_000)} 100000`,
};

let cluster: RunningCluster;
let installed: ProjectInstall;
let browser: Browser;
/** `https://<hostname>`: the hub as users reach it. */
let hubUrl: string;
const contexts: BrowserContext[] = [];
/** The user's and the admin's pages, their labs open, kept from one step to the next as a person would. */
let userPage: Page;
let adminPage: Page;
let gpuPage: Page;
/** The GPUs stay held from the GPU server's start until the culler has stopped it. */
let releaseGpusAfterCull: (() => void) | undefined;
/** What the user put into the home (a package and a file), and how a new kernel reads it back. */
let homeKept: { check: string; expectIn(output: string): void } | undefined;
/** Idle culling shortened for the test (the culler, and how often the hub learns of activity). */
const CULLING = { timeoutSeconds: 180, everySeconds: 30 };

beforeAll(async () => {
  cluster = runningCluster();
  installed = await installProject(cluster, {
    namespace: NS,
    release: 'session-e2e',
    gatewayNamespace: `${NS}-gateway`,
    keycloakNamespace: `${NS}-keycloak`,
    notebookImage: 'default',
    culling: CULLING,
  });
  await installed.gateway.hubAnswering();
  // The continuous image puller is Ready on a node once the users' image is there (its init container
  // runs it): an operator waits for it before inviting people, and the first spawns then start within
  // the hub's start timeout instead of pulling 1.7 GB on a busy machine.
  await cluster.kubectlAsync(['rollout', 'status', '-n', NS, 'daemonset/continuous-image-puller', '--timeout=1800s'], {
    allowFailure: false,
  });
  hubUrl = installed.gateway.publicUrl;
  browser = await launchChromium({ hosts: { [new URL(hubUrl).hostname]: installed.gateway.address } });
}, 2_400_000);

// The file runs for many minutes, one step after another: say what failed as it fails.
beforeEach(({ onTestFailed, task }) => {
  onTestFailed(() => {
    for (const error of task.result?.errors ?? [])
      console.error(`failed: ${task.name}\n${error.stack ?? error.message}`);
  });
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  if (cluster && installed) await installed.remove(cluster);
}, 600_000);

/** A fresh browser profile (its own cookies), logged in as `user` through Keycloak's page. */
async function loggedIn(user: TestUser): Promise<Page> {
  // The stand-in Gateway's certificate is this run's own.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, hubUrl, user);
  return page;
}

async function offeredProfiles(page: Page): Promise<string[]> {
  await page.goto(`${hubUrl}/hub/spawn`);
  return page
    .locator('input[name="profile"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** A screenshot of a lab, without JupyterLab's news question over it. */
async function labScreenshot(page: Page, name: string): Promise<void> {
  await declineNews(page);
  await screenshot(page, name);
}

/** From the spawn form (the default profile chosen) through the hub's pending page to the loaded lab. */
async function startFromForm(page: Page, user: TestUser): Promise<void> {
  await offeredProfiles(page);
  await page.getByRole('button', { name: 'Start' }).click();
  // The hub's pending page, then the server's own login with the hub (OAuth), then the lab. The first
  // start on a node waits for the image's pull (the continuous puller may still be at it).
  await page.waitForURL((url) => url.pathname.startsWith(`/user/${user.username}/lab`), { timeout: 900_000 });
  await labLoaded(page);
}

/** Submits the spawn form shown on `page` asking for `profile`, as a crafted request would (any role's). */
async function submitFormFor(page: Page, profile: string): Promise<void> {
  await page
    .locator('input[name="profile"]')
    .first()
    .evaluate((input, slug) => {
      const radio = input as HTMLInputElement;
      radio.value = slug;
      radio.checked = true;
    }, profile);
  await page.getByRole('button', { name: 'Start' }).click();
}

async function serverPodExists(user: TestUser): Promise<boolean> {
  const found = await cluster.kubectlAsync(['get', 'pod', '-n', NS, `jupyter-${user.username}`, '-o', 'name'], {
    allowFailure: true,
  });
  return found.stdout.trim() !== '';
}

/** Waits until the hub has removed the user's server pod (the test never deletes it itself). */
function serverPodGone(user: TestUser, timeoutMs: number): Promise<true> {
  return eventually(
    `${user.username}'s server pod gone`,
    async () => !(await serverPodExists(user)),
    () => `jupyter-${user.username} is still there`,
    timeoutMs,
    2_000,
  );
}

/** Waits until the hub's control panel no longer offers to stop the person's server (the hub has it stopped). */
function stoppedInControlPanel(page: Page): Promise<true> {
  return eventually(
    'the control panel showing the server stopped',
    async () => {
      await page.goto(`${hubUrl}/hub/home`);
      return (await page.locator('#stop').count()) === 0;
    },
    () => 'the hub still shows the server running',
    180_000,
    2_000,
  );
}

/** The user's server pod, as KubeSpawner named it. */
function serverPod(user: TestUser) {
  return cluster.getJson<{
    metadata: { uid: string };
    spec: { nodeName?: string; containers: { image: string; resources?: { limits?: Record<string, string> } }[] };
    status: { podIP: string };
  }>('pod', '-n', NS, `jupyter-${user.username}`);
}

/** The size the user's home claim asks for, as KubeSpawner made it. */
function homeSize(user: TestUser): string {
  return cluster.getJson<{ spec: { resources: { requests: { storage: string } } } }>(
    'pvc',
    '-n',
    NS,
    `claim-${user.username}`,
  ).spec.resources.requests.storage;
}

describe('a session in the browser, on the running cluster', () => {
  const roles = [
    ['admin', () => installed.users.admin, ['cpu-small', 'cpu-large', 'gpu']],
    ['GPU user', () => installed.users.gpuUser, ['cpu-small', 'cpu-large', 'gpu']],
    ['user', () => installed.users.user, ['cpu-small']],
  ] as const;

  it.each(roles)(
    "the %s logs in on Keycloak's page and the spawn form offers exactly the role's profiles",
    async (role, person, expected) => {
      const user = person();
      const page = await loggedIn(user);
      expect(new URL(page.url()).origin).toBe(hubUrl);
      expect(await offeredProfiles(page)).toEqual([...expected]);
      await screenshot(page, `session-${role.replace(/ /g, '-')}-spawn-form`);
    },
    180_000,
  );

  it("the user starts a server from the form; JupyterLab loads from the pushed image, with the image's lab extensions", async () => {
    const user = installed.users.user;
    userPage = await loggedIn(user);
    // First a crafted form: the one radio button's value changed to the GPU profile, which the role may
    // not start. The policy answers with the reason, and nothing starts.
    await offeredProfiles(userPage);
    await submitFormFor(userPage, 'gpu');
    await userPage.waitForSelector("text=profile 'gpu' is not available to role user", { timeout: 60_000 });
    await screenshot(userPage, 'session-user-gpu-refused');
    expect(await serverPodExists(user)).toBe(false);

    await startFromForm(userPage, user);
    expect(new URL(userPage.url()).origin).toBe(hubUrl);
    expect(await userPage.title()).toContain('JupyterLab');
    expect(
      serverPod(user).spec.containers[0]?.image.startsWith(
        `${installed.harbor.host}/${installed.project}/jupyter-notebook:`,
      ),
    ).toBe(true);
    // jupyterlab-git: its panel, which asks its server part whether the home folder is a repository.
    expect(await gitPanelText(userPage)).toContain('You are not currently in a Git repository');
    // jupyter-resource-usage: the memory indicator in the status bar, fed by the server's metrics, out of
    // the profile's limit (KubeSpawner's MEM_LIMIT: 4 GiB for cpu-small).
    expect(await memoryIndicatorText(userPage)).toMatch(
      new RegExp(`^Mem: +[0-9.]+ / ${(CPU_SMALL.memoryBytes / 2 ** 20).toFixed(2)} MB$`),
    );
    await labScreenshot(userPage, 'session-user-lab');
  }, 1_200_000);

  it("a notebook runs on the image's kernel: the data-science stack at its pins computes a known result", async () => {
    const notebook = await newNotebook(userPage);
    const versions = await notebook.run(
      [
        'import sys, numpy, pandas, sklearn, matplotlib',
        'print("KERNEL", sys.executable)',
        'print("VERSIONS", numpy.__version__, pandas.__version__, sklearn.__version__, matplotlib.__version__)',
      ].join('\n'),
    );
    expect(versions).toContain('KERNEL /opt/notebook/bin/python');
    expect(versions).toContain(`VERSIONS ${PINS.numpy} ${PINS.pandas} ${PINS['scikit-learn']} ${PINS.matplotlib}`);
    // A regression the stack must get exactly: y = 3x + 2 over 0..9 (sum 155), and a plot.
    const result = await notebook.run(
      [
        'import numpy as np, pandas as pd, matplotlib.pyplot as plt',
        'from sklearn.linear_model import LinearRegression',
        'frame = pd.DataFrame({"x": np.arange(10)}).assign(y=lambda d: 3 * d.x + 2)',
        'model = LinearRegression().fit(frame[["x"]], frame.y)',
        'print("RESULT", round(float(model.coef_[0]), 6), round(float(model.intercept_), 6), int(frame.y.sum()))',
        'frame.plot(x="x", y="y", title="y = 3x + 2"); plt.show()',
      ].join('\n'),
    );
    expect(result).toContain('RESULT 3.0 2.0 155');
    await expect.poll(() => notebook.output(1).locator('img').count()).toBe(1);
    await labScreenshot(userPage, 'session-user-notebook');
  }, 300_000);

  it("limits hold inside the server: the container gets the profile's memory and CPU, the home the role's size", async () => {
    const notebook = await newNotebook(userPage);
    // The container's own cgroup as the kernel sees it from inside: v2 (memory.max, cpu.max) where the
    // node has the unified hierarchy, v1 (this machine's hybrid layout) otherwise.
    const cgroup = await notebook.run(
      [
        'import os',
        'def read(*parts): return open(os.path.join("/sys/fs/cgroup", *parts)).read().strip()',
        'if os.path.exists("/sys/fs/cgroup/memory.max"):',
        '    print("MEMORY", read("memory.max")); print("CPU", read("cpu.max"))',
        'else:',
        '    print("MEMORY", read("memory", "memory.limit_in_bytes"))',
        '    print("CPU", read("cpu", "cpu.cfs_quota_us"), read("cpu", "cpu.cfs_period_us"))',
      ].join('\n'),
    );
    expect(cgroup).toContain(`MEMORY ${CPU_SMALL.memoryBytes}`);
    expect(cgroup).toContain(`CPU ${CPU_SMALL.cpuQuotaPerPeriod}`);
    expect(homeSize(installed.users.user)).toBe(ROLES.user.limits.homeStorage);
  }, 300_000);

  it('the shared folder: the user reads it and is refused a write; an admin writes it, and the user sees the file', async () => {
    const admin = installed.users.admin;
    adminPage = await loggedIn(admin);
    await startFromForm(adminPage, admin);
    const text = `from the admin, ${Date.now()}`;
    // The admin's home is made at the admin role's size (50Gi by default; the user's is 10Gi).
    expect(homeSize(admin)).toBe(ROLES.admin.limits.homeStorage);
    const adminNotebook = await newNotebook(adminPage);
    expect(
      await adminNotebook.run(`open("shared/from-admin.txt", "w").write(${JSON.stringify(text)}); print("WROTE")`),
    ).toContain('WROTE');

    const notebook = await newNotebook(userPage);
    const read = await notebook.run('print("READ", open("shared/from-admin.txt").read())');
    expect(read).toContain(`READ ${text}`);
    const refused = await notebook.run(
      [
        'try:',
        '    open("shared/from-user.txt", "w")',
        'except OSError as error:',
        '    print("REFUSED", type(error).__name__, error.errno, error.strerror)',
      ].join('\n'),
    );
    // A read-only mount: the error a user sees, and the kernel goes on.
    expect(refused).toContain('REFUSED OSError 30 Read-only file system');
    expect(await notebook.run('print("STILL", 1 + 1)')).toContain('STILL 2');
    await labScreenshot(userPage, 'session-user-shared-folder');
  }, 1_200_000);

  it("from the user's server, the hub's API answers as the chart intends; the proxy's API, another user's server, Keycloak and the Kubernetes API do not", async () => {
    const keycloak = new URL(installed.keycloakInCluster.url);
    const adminServer = serverPod(installed.users.admin).status.podIP;
    // Each target is live and reachable where the chart's policies allow it (the same probe from the
    // hub's pod, below): only the policies make the difference.
    const targets = {
      hub: ['hub', 8081],
      proxyApi: ['proxy-api', 8001],
      adminServer: [adminServer, 8888],
      keycloak: [keycloak.hostname, Number(keycloak.port)],
      kubernetesApi: ['kubernetes.default.svc', 443],
    } as const;
    const script = [
      'import json, socket',
      `targets = ${JSON.stringify(targets)}`,
      'def probe(host, port):',
      '    try:',
      '        socket.create_connection((host, port), timeout=8).close()',
      '        return "open"',
      '    except OSError as error:',
      '        return type(error).__name__',
      'print("PROBES", json.dumps({name: probe(*where) for name, where in targets.items()}))',
    ].join('\n');
    const probesIn = (output: string) => JSON.parse(/PROBES (.*)/.exec(output)?.[1] ?? '{}') as Record<string, string>;
    // The control, as the operator sees it: from the hub's pod, whose policy allows them, the four the
    // user must not reach all answer (the hub's own Service is the one it does not call).
    const hubPod = await cluster.kubectlAsync(
      ['exec', '-i', '-n', NS, 'deployment/hub', '-c', 'hub', '--', 'python3', '-'],
      { input: script, allowFailure: false },
    );
    const fromHub = probesIn(hubPod.stdout);
    expect({ ...fromHub, hub: undefined }, hubPod.stdout).toEqual({
      hub: undefined,
      proxyApi: 'open',
      adminServer: 'open',
      keycloak: 'open',
      kubernetesApi: 'open',
    });
    // From the user's own notebook: the hub's API only.
    const output = await (await newNotebook(userPage)).run(script, 180_000);
    const probes = probesIn(output);
    expect(probes.hub, output).toBe('open');
    for (const name of ['proxyApi', 'adminServer', 'keycloak', 'kubernetesApi']) {
      expect(probes[name], `${name}: ${output}`).toMatch(/^(TimeoutError|ConnectionRefusedError)$/);
    }
  }, 300_000);

  it("GPUs: with no node able to take one, the GPU user's form says so and a crafted request is refused; then the GPU profile lands on the GPU node with its device", async () => {
    const gus = installed.users.gpuUser;
    // The node's GPUs and its schedulability are shared with the other files that count them.
    const releaseGpus = await holdGpus('browser-session.e2e: the GPU user');
    gpuPage = await loggedIn(gus);
    try {
      cluster.kubectl(['cordon', GPU_NODE.name]);
      try {
        // The hub caches what the nodes offer for gpu.capacityCacheSeconds: the form changes after that.
        const note = await eventually(
          'the GPU profile withdrawn from the form, with the reason',
          async () => {
            const offered = await offeredProfiles(gpuPage);
            const text = (await gpuPage.locator('form').textContent()) ?? '';
            return !offered.includes('gpu') && text.includes('GPU servers are not offered right now') && text;
          },
          () => 'the form still offers the GPU profile with the GPU node cordoned',
          180_000,
          3_000,
        );
        expect(note).toContain('no GPU node is available');
        await screenshot(gpuPage, 'session-GPU-user-no-gpu-node');
        await submitFormFor(gpuPage, 'gpu');
        await gpuPage.waitForSelector('text=no schedulable node has that many', { timeout: 60_000 });
        expect(await serverPodExists(gus)).toBe(false);
        // The hub serves on.
        expect((await gpuPage.goto(`${hubUrl}/hub/health`))?.status()).toBe(200);
      } finally {
        cluster.kubectl(['uncordon', GPU_NODE.name]);
      }

      await eventually(
        'the GPU profile offered again',
        async () => (await offeredProfiles(gpuPage)).includes('gpu'),
        () => 'the form does not offer the GPU profile with the GPU node schedulable',
        180_000,
        3_000,
      );
      await gpuPage.locator('input[name="profile"][value="gpu"]').check();
      await screenshot(gpuPage, 'session-GPU-user-gpu-chosen');
      await gpuPage.getByRole('button', { name: 'Start' }).click();
      await gpuPage.waitForURL((url) => url.pathname.startsWith(`/user/${gus.username}/lab`), { timeout: 900_000 });
      await labLoaded(gpuPage);
      const pod = serverPod(gus);
      expect(pod.spec.nodeName).toBe(GPU_NODE.name);
      expect(pod.spec.containers[0]?.resources?.limits?.[GPU.resource]).toBe('1');
      const notebook = await newNotebook(gpuPage);
      // The device plugin's allocation, as the GPU user's own kernel sees it (NVIDIA's variable).
      const devices = await notebook.run('import os; print("DEVICES", os.environ.get("NVIDIA_VISIBLE_DEVICES"))');
      expect(devices).toMatch(/DEVICES fake-gpu-\d+/);
      expect(await notebook.run(`open("culled.txt", "w").write("before the culler"); print("WROTE")`)).toContain(
        'WROTE',
      );
      await labScreenshot(gpuPage, 'session-GPU-user-gpu-server');
    } catch (error) {
      releaseGpus();
      throw error;
    }
    // Kept until the culler has stopped the GPU server (the next test).
    releaseGpusAfterCull = releaseGpus;
  }, 1_500_000);

  it("idle culling: the GPU user's server, left idle, is stopped after the configured timeout; the next visit starts a new one on the same home", async () => {
    const gus = installed.users.gpuUser;
    try {
      // The GPU user leaves the lab for the hub's home page: nothing reaches the server any more.
      await gpuPage.goto(`${hubUrl}/hub/home`);
      const left = Date.now();
      await serverPodGone(gus, (CULLING.timeoutSeconds + 300) * 1000);
      const idleFor = (Date.now() - left) / 1000;
      // Not before the timeout (less what the hub had last learnt of the lab's activity before it left).
      const { hub, server } = activityIntervals(CULLING.timeoutSeconds);
      expect(idleFor).toBeGreaterThan(CULLING.timeoutSeconds - Math.max(hub, server));
    } finally {
      releaseGpusAfterCull?.();
    }
    await stoppedInControlPanel(gpuPage);
    await startFromForm(gpuPage, gus);
    const read = await (await newNotebook(gpuPage)).run('print("HOME", open("culled.txt").read())');
    expect(read).toContain('HOME before the culler');
  }, 1_200_000);

  it('the home keeps a pip install --user of an uploaded wheel and a file, through a server restart and a hub restart', async () => {
    const user = installed.users.user;
    const wheel = buildProbeWheel(`installed by ${user.username} at ${Date.now()}`);
    const kept = `kept by ${user.username}, ${Date.now()}`;
    await uploadFile(userPage, wheel.path);
    const notebook = await newNotebook(userPage);
    const installedOutput = await notebook.run(`%pip install --no-index --user ./${wheel.fileName}`, 180_000);
    expect(installedOutput).toMatch(/Successfully installed thinkube[-_]probe-1\.0/);
    expect(await notebook.run(`open("kept.txt", "w").write(${JSON.stringify(kept)}); print("KEPT")`)).toContain('KEPT');
    // Read in a new kernel each time: the user site-packages are on its path from its start.
    homeKept = {
      check: [
        `import ${wheel.module}`,
        `print("MODULE", ${wheel.module}.MARK, ${wheel.module}.__file__)`,
        'print("FILE", open("kept.txt").read())',
      ].join('\n'),
      expectIn(output: string) {
        expect(output).toContain(`MODULE ${wheel.mark} /home/jovyan/.local/lib/python3.13/site-packages/`);
        expect(output).toContain(`FILE ${kept}`);
      },
    };
    const { check, expectIn: expectKept } = homeKept;

    // Stopped from the hub's control panel and started again from the form: a new pod, the same home.
    const before = serverPod(user).metadata.uid;
    await userPage.goto(`${hubUrl}/hub/home`);
    await userPage.locator('#stop').click();
    await serverPodGone(user, 300_000);
    await stoppedInControlPanel(userPage);
    await startFromForm(userPage, user);
    expect(serverPod(user).metadata.uid).not.toBe(before);
    expectKept(await (await newNotebook(userPage)).run(check));

    // The operator restarts the hub: the server runs on, and the user's lab with it.
    const restarted = serverPod(user).metadata.uid;
    await cluster.kubectlAsync(['delete', 'pod', '-n', NS, '-l', 'component=hub', '--wait=true']);
    await cluster.kubectlAsync(['rollout', 'status', '-n', NS, 'deployment/hub', '--timeout=600s']);
    // Through the browser (its host mapping is the route to the gateway).
    await eventually(
      'the new hub answering through the proxy',
      async () => (await userPage.goto(`${hubUrl}/hub/health`).catch(() => null))?.status() === 200,
      () => 'the hub does not answer its health check',
      300_000,
    );
    await userPage.goto(`${hubUrl}/user/${user.username}/lab`);
    await labLoaded(userPage);
    expect(serverPod(user).metadata.uid).toBe(restarted);
    expectKept(await (await newNotebook(userPage)).run(check));
    await labScreenshot(userPage, 'session-user-after-hub-restart');
  }, 1_500_000);

  it('the home keeps them through npm run uninstall --yes and the README path again: the same claim, the package and the file', async () => {
    const user = installed.users.user;
    if (!homeKept) throw new Error('the previous step put nothing into the home');
    const claimUid = () =>
      cluster.getJson<{ metadata: { uid: string } }>('pvc', '-n', NS, `claim-${user.username}`).metadata.uid;
    const before = claimUid();
    await installed.uninstall(cluster);
    await eventually(
      'the release and every server gone',
      async () => (await cluster.kubectlAsync(['get', 'pods', '-n', NS, '-o', 'name'])).stdout.trim() === '',
      () => 'pods are still there after the uninstall',
      300_000,
      2_000,
    );
    expect(claimUid()).toBe(before);

    await installed.reinstall();
    // A new hub: the person logs in anew and starts a server from the form.
    userPage = await loggedIn(user);
    await startFromForm(userPage, user);
    homeKept.expectIn(await (await newNotebook(userPage)).run(homeKept.check));
    expect(claimUid()).toBe(before);
    await labScreenshot(userPage, 'session-user-after-reinstall');
  }, 1_800_000);

  it('logging out ends the Keycloak session too: the next visit asks for the password again', async () => {
    const user = installed.users.user;
    const signIn = async (page: Page) => {
      await page.goto(`${hubUrl}/hub/login`);
      await page.getByText('Sign in with Keycloak').click();
      // Either Keycloak's form (no session there) or straight back to the hub (Keycloak's single sign-on).
      await page.waitForURL((url) => (url.origin === hubUrl ? !url.pathname.includes('/login') : true));
      await page.waitForLoadState('load');
      return (await page.locator('#password').count()) > 0 ? 'asked for the password' : 'signed in';
    };
    // The control: without the hub's cookie but with Keycloak's session, a visit signs straight in.
    const other = await loggedIn(user);
    await other.context().clearCookies({ domain: new URL(hubUrl).hostname });
    expect(await signIn(other)).toBe('signed in');

    // The user logs out at the hub: the hub sends the browser on to Keycloak's logout.
    await userPage.goto(`${hubUrl}/hub/logout`);
    const confirm = userPage.locator('#kc-logout');
    await userPage.waitForURL((url) => url.origin === hubUrl || url.pathname.endsWith('/logout'));
    if ((await confirm.count()) > 0) await confirm.click();
    await userPage.waitForURL((url) => url.origin === hubUrl, { timeout: 60_000 });
    expect(await signIn(userPage)).toBe('asked for the password');
    await screenshot(userPage, 'session-user-after-logout');
  }, 300_000);
});
