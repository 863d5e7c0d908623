/**
 * npm run bench:spawn: two waits a person feels, for the project's hub against chart 4.4.0 with its
 * default values, both installed on the running test cluster (test/cluster) with the same notebook image,
 * measured in this run, interleaved round by round:
 *
 * - spawn: from a spawn request to the user's server answering through the proxy (its own API,
 *   `/user/<name>/api/status`, through a Gateway's stand-in and the release's proxy);
 * - browser: in Debian's Chromium at the hub's public HTTPS address, from opening the login page through
 *   the login (Keycloak's page for the project, the hub's own form for the chart's DummyAuthenticator),
 *   the spawn form's Start (the chart has no form: it starts at once) and the hub's pending page, to
 *   JupyterLab loaded with the home folder listed.
 *
 * The two hubs: bench/support/two-hubs.ts.
 *
 * Each round uses a new person on each hub, so every spawn includes a home claim being provisioned, as a
 * person's first spawn does; one spawn on each before the rounds is not counted (the hubs' first look at
 * the cluster). Between spawns the server is stopped and its pod gone.
 *
 * Each spawn request's time is also broken down into phases from the pod's own timestamps (phasesOf).
 *
 *   npm run cluster -- up && npm run bench:spawn -- --rounds 10
 */
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/browser.js';
import { eventually, type RunningCluster, runningCluster } from '../test/e2e/support/cluster.js';
import { serverStatus } from '../test/e2e/support/hub-session.js';
import { labLoaded } from '../test/e2e/support/jupyterlab.js';
import { type Hub, installTwoHubs, quantile, seconds } from './support/two-hubs.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3 || rounds > 50) {
  console.error(`--rounds must be a whole number from 3 to 50, got "${values.rounds}"`);
  process.exit(1);
}

function report(what: string, hubs: Hub[], times: Map<Hub, number[]>): void {
  const [mine, chart] = hubs.map((hub) => times.get(hub) ?? []) as [number[], number[]];
  console.log(`\n${what}, ${rounds} rounds (a new person each):`);
  for (const hub of hubs) {
    const xs = times.get(hub) ?? [];
    console.log(`  ${hub.label}: median ${seconds(quantile(xs, 0.5))}, p95 ${seconds(quantile(xs, 0.95))}`);
  }
  console.log(
    `  ratio (project / chart defaults): median ${(quantile(mine, 0.5) / quantile(chart, 0.5)).toFixed(2)}x, ` +
      `p95 ${(quantile(mine, 0.95) / quantile(chart, 0.95)).toFixed(2)}x\n`,
  );
}

/** The median of each phase of the counted spawns, per hub, and how many of them pulled the image. */
function reportPhases(hubs: Hub[]): void {
  console.log("where a spawn request's time goes (medians; Kubernetes keeps whole seconds):");
  for (const hub of hubs) {
    const phases = spawnPhases.get(hub) ?? [];
    console.log(
      `  ${hub.label} (${phases.filter((p) => p.pulled).length} of ${phases.length} spawns pulled the image):`,
    );
    for (const phase of PHASES) {
      console.log(
        `    ${PHASE_NAMES[phase]}: ${seconds(
          quantile(
            phases.map((p) => p[phase]),
            0.5,
          ),
        )}`,
      );
    }
  }
}

/** One spawn (see measureSpawn), failing with the end of the hub's log. */
async function spawnOnce(cluster: RunningCluster, hub: Hub, round: number): Promise<number> {
  try {
    return await measureSpawn(cluster, hub, round);
  } catch (error) {
    const log = cluster.kubectl(['logs', '-n', hub.namespace, 'deployment/hub', '--tail=25'], { allowFailure: true });
    throw new Error(`${(error as Error).message}\n${hub.label}'s hub log, last lines:\n${log.stdout}${log.stderr}`);
  }
}

/**
 * Where one spawn's time went, in ms, from the objects' own timestamps (whole seconds in Kubernetes, so
 * each phase is good to about a second; the medians over the rounds are what is reported):
 * - hub: the spawn request to the pod created (the hub's own checks: the access policy, the roles
 *   re-read, node lookups; the home claim created);
 * - volume: the pod created to scheduled (the scheduler waits for the home claim's provisioning);
 * - podStart: scheduled to the notebook container running (sandbox, network, mounts, the image: pulled
 *   or present, counted in `pulled`);
 * - answer: the container running to the server answering through the proxy (the server's own start,
 *   the hub's poll of it, the proxy's route).
 */
interface SpawnPhases {
  readonly hub: number;
  readonly volume: number;
  readonly podStart: number;
  readonly answer: number;
  /** Whether the node pulled the image for this pod (not "already present on machine"). */
  readonly pulled: boolean;
}
const PHASES = ['hub', 'volume', 'podStart', 'answer'] as const;
const PHASE_NAMES: Record<(typeof PHASES)[number], string> = {
  hub: "request -> pod created (the hub's checks, the home claim)",
  volume: 'pod created -> scheduled (home provisioning)',
  podStart: 'scheduled -> container running (sandbox, image, mounts)',
  answer: 'container running -> answering through the proxy (server start, hub poll, route)',
};
const spawnPhases = new Map<Hub, SpawnPhases[]>();

async function phasesOf(
  cluster: RunningCluster,
  hub: Hub,
  name: string,
  requestedAt: number,
  answeredAt: number,
): Promise<SpawnPhases> {
  const pod = JSON.parse(
    (await cluster.kubectlAsync(['get', 'pod', '-n', hub.namespace, `jupyter-${name}`, '-o', 'json'])).stdout,
  ) as {
    metadata: { creationTimestamp: string };
    status: {
      conditions?: { type: string; lastTransitionTime: string }[];
      containerStatuses?: { name: string; state: { running?: { startedAt: string } } }[];
    };
  };
  const condition = (type: string) => pod.status.conditions?.find((c) => c.type === type)?.lastTransitionTime;
  const running = pod.status.containerStatuses?.find((c) => c.name === 'notebook')?.state.running?.startedAt;
  const scheduled = condition('PodScheduled');
  if (!scheduled || !running) throw new Error(`jupyter-${name} has no scheduling or start time yet`);
  const events = JSON.parse(
    (
      await cluster.kubectlAsync([
        'get',
        'events',
        '-n',
        hub.namespace,
        '--field-selector',
        `involvedObject.name=jupyter-${name}`,
        '-o',
        'json',
      ])
    ).stdout,
  ) as { items: { reason: string; message: string }[] };
  const created = Date.parse(pod.metadata.creationTimestamp);
  return {
    hub: created - requestedAt,
    volume: Date.parse(scheduled) - created,
    podStart: Date.parse(running) - Date.parse(scheduled),
    answer: answeredAt - Date.parse(running),
    pulled: events.items.some((e) => e.reason === 'Pulled' && !/already present/.test(e.message)),
  };
}

/** One spawn: request to the server answering its API through the proxy; then stopped and its pod gone. */
async function measureSpawn(cluster: RunningCluster, hub: Hub, round: number): Promise<number> {
  const session = await hub.logIn(`person${round}`);
  const name = session.username;
  const token = await session.newToken('bench:spawn');
  const explain = () => cluster.kubectl(['get', 'pods,pvc,events', '-n', hub.namespace], { allowFailure: true }).stdout;

  const started = performance.now();
  const requestedAt = Date.now();
  const request = await session.api('POST', `/users/${name}/server`, hub.options);
  if (request.status !== 201 && request.status !== 202) {
    throw new Error(`${hub.label}: spawn for ${name}: HTTP ${request.status} ${await request.text()}`);
  }
  await eventually(
    `${name}'s server answering through ${hub.label}'s proxy`,
    async () => (await serverStatus(hub.url, name, token)) === 200,
    explain,
    600_000,
    100, // the resolution of the figure
  );
  const elapsed = performance.now() - started;
  if (round > 0) spawnPhases.get(hub)?.push(await phasesOf(cluster, hub, name, requestedAt, requestedAt + elapsed));

  const stop = await session.api('DELETE', `/users/${name}/server`);
  if (stop.status !== 202 && stop.status !== 204) throw new Error(`${hub.label}: stop ${name}: HTTP ${stop.status}`);
  await eventually(
    `${name}'s server pod gone`,
    async () =>
      cluster.kubectl(['get', 'pod', '-n', hub.namespace, `jupyter-${name}`], { allowFailure: true }).status !== 0,
    explain,
    300_000,
  );
  return elapsed;
}

/**
 * One browser session: a new person from the hub's login page to JupyterLab loaded (see the header);
 * then the server stopped and its pod gone.
 */
async function measureBrowserSession(
  cluster: RunningCluster,
  browser: Browser,
  hub: Hub,
  round: number,
): Promise<number> {
  // The gateway stand-ins' certificates are made for the run.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  try {
    const started = performance.now();
    const name = `browser${round}`;
    await hub.logInInBrowser(page, name);
    await page.goto(`${hub.publicUrl}/hub/spawn`);
    // The project's form (the role's default profile chosen); the chart, without a form, starts at once.
    const start = page.getByRole('button', { name: 'Start' });
    if (await start.isVisible()) await start.click();
    await page.waitForURL((url) => url.pathname.startsWith(`/user/${name}/lab`), { timeout: 600_000 });
    await labLoaded(page);
    const elapsed = performance.now() - started;

    // Stopped through the hub's API from the page itself (its session cookie, its _xsrf cookie as the
    // header; the browser resolves the public name as the page did), not the control panel's button: a
    // click before the page's script is ready does nothing.
    const xsrf =
      (await context.cookies(`${hub.publicUrl}/hub/`)).find((cookie) => cookie.name === '_xsrf')?.value ?? '';
    const stop = await page.evaluate(
      async ({ url, token }) => {
        const response = await fetch(url, { method: 'DELETE', headers: { 'X-XSRFToken': token } });
        return { status: response.status, text: await response.text() };
      },
      { url: `${hub.publicUrl}/hub/api/users/${name}/server`, token: xsrf },
    );
    if (![202, 204].includes(stop.status))
      throw new Error(`stopping ${name}'s server: HTTP ${stop.status} ${stop.text}`);
    await eventually(
      `${name}'s server pod gone`,
      async () =>
        (await cluster.kubectlAsync(['get', 'pod', '-n', hub.namespace, `jupyter-${name}`], { allowFailure: true }))
          .status !== 0,
      () => `jupyter-${name} is still there`,
      300_000,
    );
    return elapsed;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const cluster = runningCluster();
  console.log('bench:spawn: installing the project (the README path) and the chart with its defaults ...');
  const browsers = new Map<Hub, Browser>();
  const people = Array.from({ length: rounds + 1 }, (_, round) => [`person${round}`, `browser${round}`]).flat();
  const { hubs, remove } = await installTwoHubs(cluster, 'bench-spawn', people);
  try {
    for (const hub of hubs) spawnPhases.set(hub, []);
    // One browser per hub: each maps the same public host name to its own gateway.
    for (const hub of hubs) {
      browsers.set(hub, await launchChromium({ hosts: { [new URL(hub.publicUrl).hostname]: hub.address } }));
    }
    const measures = {
      'spawn request -> server answering through the proxy': (hub: Hub, round: number) =>
        spawnOnce(cluster, hub, round),
      'browser: login page -> JupyterLab loaded (login, spawn, pending page, lab)': (hub: Hub, round: number) =>
        measureBrowserSession(cluster, browsers.get(hub) as Browser, hub, round),
    };
    for (const [what, measure] of Object.entries(measures)) {
      for (const hub of hubs) await measure(hub, 0); // not counted: the hub's and the browser's first look
      const times = new Map<Hub, number[]>(hubs.map((hub) => [hub, []]));
      for (let round = 1; round <= rounds; round++) {
        // Alternating which goes first, so neither always meets a node the other just left busy.
        for (const hub of round % 2 ? hubs : [...hubs].reverse()) {
          const ms = await measure(hub, round);
          times.get(hub)?.push(ms);
          console.log(`  round ${round}: ${hub.label}: ${seconds(ms)}`);
        }
      }
      report(what, [...hubs], times);
    }
    reportPhases([...hubs]);
  } finally {
    for (const browser of browsers.values()) await browser.close();
    await remove();
  }
}

main().catch((error: Error) => {
  console.error(`bench:spawn: ${error.message}`);
  process.exit(1);
});
