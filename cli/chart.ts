/**
 * npm run chart -- mirror: copies the pinned chart (chart.name, chart.version) into the OCI repository in
 * Harbor that `chart.repository` names (`oci://<harbor.registry>/<harbor.project>/charts`), where Argo CD
 * reads it with the pull robot: how an air-gapped Thinkube serves the chart.
 *
 *   npm run chart -- mirror [--config FILE] [--from DIR|TGZ] [--source-repository URL] [--force]
 *
 * The chart comes from `--from` (a chart directory or a packaged .tgz, for a machine that cannot reach
 * the published repository) or is pulled from `--source-repository` (default: the chart's published Helm
 * repository). Either way it must be the pinned name and version, or nothing is pushed. A version the
 * mirror has already is left as it is (a tag is never rewritten behind Argo CD's cache) unless `--force`.
 *
 * Credentials: HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD (the push robot, from the registry stack's
 * outputs). helm keeps them in a registry config of its own in a temporary folder, removed afterwards, so
 * the login never lands in ~/.config/helm. `harbor.plainHttp` makes helm speak plain HTTP.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Argument } from 'commander';
import { parse } from 'yaml';
import { loadConfig, type ThinkubeConfig } from '../config/load.js';
import { chartRepository, PUBLISHED_CHART_REPOSITORY } from '../constructs/jupyterhub/chart-repository-rules.js';
import { command, run, runTool, UsageError } from './support/command.js';

interface MirrorOptions {
  config?: string;
  from?: string;
  sourceRepository: string;
  helm?: string;
  force: boolean;
}

/** A helm run with its own config, cache and registry login in `home`: nothing of it outlives the run. */
function helmIn(home: string, executable: string) {
  const env = {
    ...process.env,
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_DATA_HOME: join(home, 'data'),
    HELM_REGISTRY_CONFIG: join(home, 'registry.json'),
  };
  return (args: string[], options: { input?: string; allowFailure?: boolean } = {}) =>
    runTool(executable, args, { ...options, env, timeoutMs: 300_000, hint: 'install helm or pass --helm PATH' });
}

/** The packaged chart to push: from --from, or pulled from the source repository. */
function packagedChart(
  helm: ReturnType<typeof helmIn>,
  dir: string,
  config: ThinkubeConfig,
  values: MirrorOptions,
): string {
  const packages = join(dir, 'package');
  if (values.from !== undefined) {
    const from = resolve(values.from);
    if (!existsSync(from)) throw new UsageError(`--from ${values.from}: no such file or folder`);
    if (statSync(from).isDirectory()) helm(['package', from, '--destination', packages]);
    else if (from.endsWith('.tgz')) {
      helm(['show', 'chart', from]); // refuses what is not a chart before it is copied
      copyFileSync(from, join(packages, basename(from)));
    } else throw new UsageError(`--from ${values.from}: must be a chart folder or a packaged chart (.tgz)`);
  } else {
    helm([
      'pull',
      config.chart.name,
      '--repo',
      values.sourceRepository,
      '--version',
      config.chart.version,
      '--destination',
      packages,
    ]);
  }
  const [file, ...more] = readdirSync(packages);
  if (file === undefined || more.length > 0)
    throw new UsageError(`expected one packaged chart, got ${readdirSync(packages).join(', ')}`);
  return join(packages, file);
}

function mirror(values: MirrorOptions): void {
  const config = loadConfig(values.config);
  const target = chartRepository(config.chart.repository);
  if (target.kind !== 'oci') {
    throw new UsageError(
      `chart.repository is "${config.chart.repository}", a Helm repository Argo CD reads itself; to serve the ` +
        `chart from Harbor, set it to "oci://${config.harbor.registry}/${config.harbor.project}/charts" and mirror again`,
    );
  }
  const username = process.env.HARBOR_PUSH_USERNAME;
  const password = process.env.HARBOR_PUSH_PASSWORD;
  if (!username || !password) {
    throw new UsageError(
      'HARBOR_PUSH_USERNAME and HARBOR_PUSH_PASSWORD must hold the push robot (the registry stack outputs ' +
        'push_robot_name and push_robot_secret: tofu output -raw)',
    );
  }
  const { name, version } = config.chart;
  const plainHttp = config.harbor.plainHttp ? ['--plain-http'] : [];
  const mirrored = `${target.url}/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-chart-mirror-'));
  try {
    const helm = helmIn(dir, values.helm ?? config.delivery.helm.executable);
    mkdirSync(join(dir, 'package'));
    const chartFile = packagedChart(helm, dir, config, values);
    const chart = parse(helm(['show', 'chart', chartFile]).stdout) as { name?: unknown; version?: unknown };
    if (chart.name !== name || chart.version !== version) {
      throw new UsageError(
        `the chart from ${values.from ?? values.sourceRepository} is ${String(chart.name)} ${String(chart.version)}; ` +
          `chart.name and chart.version pin ${name} ${version}: nothing was pushed`,
      );
    }
    helm(['registry', 'login', target.registry, '--username', username, '--password-stdin', ...plainHttp], {
      input: password,
    });
    const present = helm(['show', 'chart', mirrored, '--version', version, ...plainHttp], { allowFailure: true });
    if (present.status === 0 && !values.force) {
      console.log(`${mirrored}:${version} is mirrored already; nothing pushed (--force pushes it again)`);
      return;
    }
    const pushed = helm(['push', chartFile, target.url, ...plainHttp]);
    const digest = /Digest:\s*(sha256:[0-9a-f]{64})/.exec(`${pushed.stdout}\n${pushed.stderr}`)?.[1];
    console.log(`mirrored ${name} ${version} to ${mirrored}:${version}${digest ? ` (${digest})` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const chartCommand = command('chart', 'Mirrors the pinned JupyterHub chart into Harbor as an OCI artifact.')
  .addArgument(new Argument('<action>', 'what to do').choices(['mirror']))
  .option('--config <file>', 'the install configuration (default: THINKUBE_CONFIG, else the embedded one)')
  .option('--from <path>', 'a chart folder or packaged .tgz to mirror instead of pulling it')
  .option('--source-repository <url>', 'the Helm repository to pull the chart from', PUBLISHED_CHART_REPOSITORY)
  .option('--helm <path>', 'the helm CLI (default: delivery.helm.executable)')
  .option('--force', 'push even when the mirror has the version already', false)
  .action((_action: 'mirror', options: MirrorOptions) => mirror(options));

if (process.argv[1]?.endsWith('chart.ts')) await run('chart', chartCommand);
