/**
 * npm run bench:load: the hub under load (issue 26.3), the project's hub against chart 4.4.0 with its
 * default values, both on the running test cluster with the same notebook image (bench/support/two-hubs.ts),
 * the same load on each, wave by wave (a wave on one hub, then the same wave on the other, the order
 * alternating):
 *
 * - `--users` people (40 by default) in waves of `--wave` (8): each person of a wave, all at once, logs in
 *   (the project: Keycloak's authorization code flow through the hub; the chart: its own login form),
 *   asks for a server through the hub's REST API, polls the hub's API for it every second until the
 *   server answers its own API through the proxy, and once the whole wave is up stops it;
 * - on the project, every fifth person asks for the `gpu` profile their role does not have: the access
 *   policy must refuse it (403) and start nothing (the chart has no policy, so it gets no such request).
 *
 * Reported per hub: failed requests (an unexpected status or no answer: the target is none), whether
 * the hub restarted, the p50/p95 of every hub API request and of the spawn time (request to the server
 * answering through the proxy), the hub process's CPU time and peak memory over the run (its
 * /proc/1 in the hub container), and the ratios project / chart.
 *
 *   npm run cluster -- up && npm run bench:load -- --users 40 --wave 8
 */
import { parseArgs } from 'node:util';
import { eventually, type RunningCluster, runningCluster } from '../test/e2e/support/cluster.js';
import { type HubSession, serverStatus } from '../test/e2e/support/hub-session.js';
import { type Hub, installTwoHubs, quantile, seconds } from './support/two-hubs.js';

const { values } = parseArgs({
  options: { users: { type: 'string', default: '40' }, wave: { type: 'string', default: '8' } },
});
const users = Number(values.users);
const wave = Number(values.wave);
for (const [flag, value, low, high] of [
  ['--users', users, 10, 200],
  ['--wave', wave, 1, 20],
] as const) {
  if (!Number.isInteger(value) || value < low || value > high) {
    console.error(`${flag} must be a whole number from ${low} to ${high}, got "${values[flag.slice(2) as 'users']}"`);
    process.exit(1);
  }
}
/** Every REFUSED_EVERY-th person asks the project for a profile beyond their role. */
const REFUSED_EVERY = 5;

interface HubLoad {
  /** Every hub API request's time (login steps excluded), ms. */
  readonly apiMs: number[];
  /** Each login's time (the project: through Keycloak), ms. */
  readonly loginMs: number[];
  /** Each started server's time from the request to answering through the proxy, ms. */
  readonly spawnMs: number[];
  /** What went wrong: an unexpected status, a request that got no answer, a server that never answered. */
  readonly failures: string[];
  refused: number;
}

/** The hub container's process: CPU seconds so far, peak resident memory, its pod's restarts and uid. */
async function hubProcess(cluster: RunningCluster, hub: Hub) {
  const pod = JSON.parse(
    (await cluster.kubectlAsync(['get', 'pod', '-n', hub.namespace, '-l', 'component=hub', '-o', 'json'])).stdout,
  ) as {
    items: { metadata: { name: string; uid: string }; status: { containerStatuses?: { restartCount: number }[] } }[];
  };
  const [item] = pod.items;
  if (!item || pod.items.length !== 1) throw new Error(`${hub.label}: expected one hub pod, found ${pod.items.length}`);
  const read = await cluster.kubectlAsync([
    'exec',
    '-n',
    hub.namespace,
    item.metadata.name,
    '-c',
    'hub',
    '--',
    'cat',
    '/proc/1/stat',
    '/proc/1/status',
  ]);
  // /proc/1/stat: after "pid (comm) ", utime and stime are the 12th and 13th fields, in clock ticks (100/s).
  const stat = read.stdout.split('\n')[0]?.split(') ')[1]?.split(' ') ?? [];
  const cpuSeconds = (Number(stat[11]) + Number(stat[12])) / 100;
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(read.stdout)?.[1]);
  return {
    uid: item.metadata.uid,
    restarts: item.status.containerStatuses?.reduce((sum, c) => sum + c.restartCount, 0) ?? 0,
    cpuSeconds,
    peakMb: peakKb / 1024,
  };
}

/** A hub API request, timed; `expected` statuses count as success, anything else as a failure. */
async function timedApi(
  load: HubLoad,
  session: HubSession,
  method: string,
  path: string,
  expected: number[],
  body?: unknown,
): Promise<Response | undefined> {
  const started = performance.now();
  try {
    const response = await session.api(method, path, body);
    load.apiMs.push(performance.now() - started);
    if (!expected.includes(response.status)) {
      load.failures.push(`${method} ${path}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
      return undefined;
    }
    return response;
  } catch (error) {
    load.failures.push(`${method} ${path}: no answer (${(error as Error).message})`);
    return undefined;
  }
}

/** One person of a wave: logs in and starts a server (or is refused); returns what to stop later. */
async function startOne(
  hub: Hub,
  load: HubLoad,
  name: string,
  refusedCase: boolean,
): Promise<{ session: HubSession; name: string } | undefined> {
  const loginStarted = performance.now();
  let session: HubSession;
  try {
    session = await hub.logIn(name);
  } catch (error) {
    load.failures.push(`login of ${name}: ${(error as Error).message.slice(0, 300)}`);
    return undefined;
  }
  load.loginMs.push(performance.now() - loginStarted);
  if (refusedCase) {
    const refused = await timedApi(load, session, 'POST', `/users/${name}/server`, [403], { profile: 'gpu' });
    if (refused) load.refused += 1;
    return undefined;
  }
  const token = await session.newToken('bench:load').catch((error: Error) => {
    load.failures.push(`a token for ${name}: ${error.message}`);
    return undefined;
  });
  if (!token) return undefined;
  const started = performance.now();
  if (!(await timedApi(load, session, 'POST', `/users/${name}/server`, [201, 202], hub.options))) return undefined;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if ((await serverStatus(hub.url, name, token)) === 200) break;
    if (Date.now() > deadline) {
      load.failures.push(`${name}'s server did not answer through the proxy within 600 s`);
      return { session, name };
    }
    // As the hub's pending page does, the person's browser asks the hub about the server meanwhile.
    await timedApi(load, session, 'GET', `/users/${name}`, [200]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  load.spawnMs.push(performance.now() - started);
  return { session, name };
}

/** One wave on one hub: everyone at once, then every started server stopped and its pod gone. */
async function runWave(cluster: RunningCluster, hub: Hub, load: HubLoad, names: string[], refusing: boolean) {
  const started = await Promise.all(
    names.map((name) => startOne(hub, load, name, refusing && Number(name.replace('load', '')) % REFUSED_EVERY === 0)),
  );
  const running = started.filter((s): s is { session: HubSession; name: string } => s !== undefined);
  await Promise.all(
    running.map(({ session, name }) => timedApi(load, session, 'DELETE', `/users/${name}/server`, [202, 204])),
  );
  await eventually(
    `${hub.label}: the wave's server pods gone`,
    async () =>
      (
        await cluster.kubectlAsync([
          'get',
          'pods',
          '-n',
          hub.namespace,
          '-l',
          'component=singleuser-server',
          '-o',
          'name',
        ])
      ).stdout.trim() === '',
    () => cluster.kubectl(['get', 'pods', '-n', hub.namespace], { allowFailure: true }).stdout,
    600_000,
    1_000,
  );
}

function report(hubs: readonly Hub[], loads: Map<Hub, HubLoad>, usage: Map<Hub, string>): void {
  console.log(`\nthe hub under load: ${users} people in waves of ${wave}, on each hub`);
  for (const hub of hubs) {
    const load = loads.get(hub) as HubLoad;
    console.log(`  ${hub.label}:`);
    console.log(
      `    failed requests: ${load.failures.length}${load.failures.length ? ` (${load.failures.slice(0, 5).join('; ')})` : ''}`,
    );
    if (load.refused) console.log(`    refused by the access policy, as asked: ${load.refused}`);
    console.log(
      `    hub API requests: ${load.apiMs.length}, p50 ${seconds(quantile(load.apiMs, 0.5))}, p95 ${seconds(quantile(load.apiMs, 0.95))}`,
    );
    console.log(
      `    logins: p50 ${seconds(quantile(load.loginMs, 0.5))}, p95 ${seconds(quantile(load.loginMs, 0.95))}`,
    );
    console.log(
      `    spawns: ${load.spawnMs.length}, p50 ${seconds(quantile(load.spawnMs, 0.5))}, p95 ${seconds(quantile(load.spawnMs, 0.95))}`,
    );
    console.log(`    hub process: ${usage.get(hub)}`);
  }
  const [mine, chart] = hubs.map((hub) => loads.get(hub) as HubLoad) as [HubLoad, HubLoad];
  const ratio = (a: number[], b: number[]) => (quantile(a, 0.95) / quantile(b, 0.95)).toFixed(2);
  console.log(
    `  ratio (project / chart defaults), p95: hub API ${ratio(mine.apiMs, chart.apiMs)}x, spawn ${ratio(mine.spawnMs, chart.spawnMs)}x\n`,
  );
}

async function main(): Promise<void> {
  const cluster = runningCluster();
  const names = Array.from({ length: users }, (_, i) => `load${i + 1}`);
  console.log('bench:load: installing the project (the README path) and the chart with its defaults ...');
  const { hubs, remove } = await installTwoHubs(cluster, 'bench-load', names);
  try {
    const loads = new Map<Hub, HubLoad>(
      hubs.map((hub) => [hub, { apiMs: [], loginMs: [], spawnMs: [], failures: [], refused: 0 }]),
    );
    const before = new Map(await Promise.all(hubs.map(async (hub) => [hub, await hubProcess(cluster, hub)] as const)));
    for (let first = 0, index = 0; first < users; first += wave, index++) {
      const people = names.slice(first, first + wave);
      for (const hub of index % 2 ? [...hubs].reverse() : hubs) {
        const waveStarted = performance.now();
        await runWave(cluster, hub, loads.get(hub) as HubLoad, people, hub === hubs[0]);
        console.log(
          `  wave ${index + 1} (${people.length} people): ${hub.label}: ${seconds(performance.now() - waveStarted)}`,
        );
      }
    }
    const usage = new Map<Hub, string>();
    for (const hub of hubs) {
      const start = before.get(hub);
      const end = await hubProcess(cluster, hub);
      if (!start) continue;
      if (end.uid !== start.uid || end.restarts !== start.restarts) {
        (loads.get(hub) as HubLoad).failures.push(
          `the hub restarted (pod ${start.uid} -> ${end.uid}, restarts ${start.restarts} -> ${end.restarts})`,
        );
      }
      usage.set(
        hub,
        `${(end.cpuSeconds - start.cpuSeconds).toFixed(1)} CPU s over the run, peak ${end.peakMb.toFixed(0)} MB resident, ${end.uid === start.uid && end.restarts === start.restarts ? 'no restart' : 'RESTARTED'}`,
      );
    }
    report(hubs, loads, usage);
    if ([...loads.values()].some((load) => load.failures.length > 0)) process.exitCode = 1;
  } finally {
    await remove();
  }
}

main().catch((error: Error) => {
  console.error(`bench:load: ${error.message}`);
  process.exit(1);
});
