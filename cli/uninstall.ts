/**
 * npm run uninstall: removes the install and keeps what users made.
 *
 *   npm run uninstall                       # dry run: what would go, what stays
 *   npm run uninstall -- --yes              # do it
 *   npm run uninstall -- --yes --purge-user-data   # and delete every user's files too
 *
 * Removed, in this order: the users' running servers, the public route, the Terraform cluster stack
 * (the Secrets it wrote), the JupyterHub release (the Argo CD Application and the objects it made from
 * the chart, or the rendered chart in helm mode), then the identity and registry stacks (the Keycloak
 * client with its roles and groups, the Harbor robots). Kept: the namespace, the claims the install made
 * (user homes, the shared volume, the hub database) with their PersistentVolumes, and the home
 * StorageClass, so that a reinstall mounts the same claims again. `--purge-user-data` deletes those too,
 * and only those: KubeSpawner's home claims (by their labels), the hub database and shared claims of
 * the synthesized output, their volumes. A claim the install did not make is never touched, and a
 * namespace that holds one is kept. The Terraform state namespace (kubernetes backend) is never deleted.
 *
 * Before anything, even a dry run: `--config` and `--dist` must be one install (dist/ synthesized from
 * that config), and the namespace, when it exists, must be the one the install made (its part-of label).
 *
 * The dry run asks the API server (`kubectl delete --dry-run=server`) and OpenTofu (`plan -destroy`),
 * so what it prints is what the real run would do. Nothing is deleted without --yes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { CHART_IDS, chartFileIn, DEFAULT_DIST, distLayout } from '../app/dist-layout.js';
import { loadConfig, type ThinkubeConfig } from '../config/load.js';
import { CLUSTER_SCOPED_KINDS } from '../constructs/jupyterhub/jupyterhub-release.js';
import { PART_OF_LABELS, STACKS, type StackName } from '../constructs/names.js';
import { STATE_NAMESPACE_LABEL } from '../constructs/terraform-state/state-namespace.js';
import { command, run, runTool, UsageError } from './support/command.js';
import { type Kubectl, type KubeObject, kubectlWith } from './support/kubectl.js';

interface UninstallOptions {
  config?: string;
  kubeconfig?: string;
  context?: string;
  dist: string;
  yes: boolean;
  purgeUserData: boolean;
  terraform: boolean;
}

/** KubeSpawner's label on user server pods. */
const USER_SERVER_SELECTOR = 'component=singleuser-server';

/**
 * KubeSpawner's labels on the home claims it makes (kubespawner 7 `get_pvc_manifest`, with the chart's
 * `common_labels`): the component, the manager and the release.
 */
function homeClaimSelector(releaseName: string): string {
  return `component=singleuser-storage,app.kubernetes.io/managed-by=kubespawner,app.kubernetes.io/instance=${releaseName}`;
}

/** Kinds that hold user data or hold the volumes: never deleted with the release, only by step 6. */
const KEPT_KINDS = new Set(['PersistentVolumeClaim', 'Namespace', 'StorageClass']);

function step(text: string): void {
  console.log(`\n== ${text}`);
}

function objectsOf(file: string): KubeObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS() as KubeObject | null)
    .filter((o): o is KubeObject => Boolean(o?.kind && o.metadata?.name));
}

/** The dist/k8s file of one chart (`NNNN-<id>.k8s.yaml`); undefined when the install has none. */
function chartFile(dist: string, id: string): string | undefined {
  const folder = distLayout(dist).k8s;
  if (!existsSync(folder)) throw new UsageError(`no synthesized manifests in ${folder}: run npm run synth first`);
  return chartFileIn(folder, id);
}

/** The release's objects: what the chart makes (Argo CD makes them from the Application in argocd mode). */
function releaseObjects(config: ThinkubeConfig, dist: string): { objects: KubeObject[]; note?: string } {
  const file = chartFile(dist, CHART_IDS.release);
  const own = file ? objectsOf(file) : [];
  if (config.delivery.mode === 'helm') return { objects: own };
  const rendered = distLayout(dist).renderedRelease;
  if (!existsSync(rendered)) {
    return {
      objects: own,
      note:
        `${rendered} is missing (npm run render): only the Application is deleted, and it does not cascade, ` +
        'so the chart objects Argo CD made stay',
    };
  }
  // The Application carries no resources-finalizer (so a deleted Application never takes the hub's
  // database with it): the objects Argo CD made from the chart are deleted here, by name.
  const namespace = config.namespace.name;
  const fromChart = objectsOf(rendered).map((o) =>
    o.metadata.namespace || CLUSTER_SCOPED_KINDS.has(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace } },
  );
  return { objects: [...own, ...fromChart] };
}

/** A Namespace of the namespaces file that holds the Terraform state: never deleted. */
function isStateNamespace(o: KubeObject): boolean {
  const labels = (o as { metadata: { labels?: Record<string, string> } }).metadata.labels ?? {};
  return o.kind === 'Namespace' && Object.entries(STATE_NAMESPACE_LABEL).every(([k, v]) => labels[k] === v);
}

/**
 * Refuses a --config and --dist that are not one install: every fact uninstall acts on (the namespace,
 * the delivery mode, the home StorageClass, the shared claim) must read the same in both, or it would
 * delete one install's objects by another's names.
 */
function checkOneInstall(config: ThinkubeConfig, dist: string, configName: string): void {
  const problems: string[] = [];
  const same = (what: string, inConfig: string, inDist: string | undefined, file: string) => {
    if (inConfig !== inDist)
      problems.push(
        `${what} is "${inConfig}" in ${configName} but ${inDist === undefined ? 'missing' : `"${inDist}"`} in ${file}`,
      );
  };
  const namespaceFile = chartFile(dist, CHART_IDS.namespace);
  if (!namespaceFile) throw new UsageError(`no namespaces file in ${distLayout(dist).k8s}: run npm run synth first`);
  const hubNamespace = objectsOf(namespaceFile).find((o) => o.kind === 'Namespace' && !isStateNamespace(o));
  same('namespace.name', config.namespace.name, hubNamespace?.metadata.name, namespaceFile);
  const releaseFile = chartFile(dist, CHART_IDS.release);
  if (releaseFile) {
    const hasApplication = objectsOf(releaseFile).some((o) => o.kind === 'Application');
    same('delivery.mode', config.delivery.mode, hasApplication ? 'argocd' : 'helm', releaseFile);
  } else {
    problems.push(`the release file (NNNN-${CHART_IDS.release}.k8s.yaml) is missing in ${distLayout(dist).k8s}`);
  }
  const storageFile = chartFile(dist, CHART_IDS.homeStorage);
  const storageClass = storageFile ? objectsOf(storageFile).find((o) => o.kind === 'StorageClass') : undefined;
  same(
    'storage.home.storageClassName',
    config.storage.home.storageClassName,
    storageClass?.metadata.name,
    storageFile ?? 'dist/k8s',
  );
  const sharedFile = chartFile(dist, CHART_IDS.sharedData);
  const sharedClaim = sharedFile ? objectsOf(sharedFile).find((o) => o.kind === 'PersistentVolumeClaim') : undefined;
  if (config.storage.shared.enabled || sharedClaim) {
    same(
      'storage.shared.pvcName',
      config.storage.shared.enabled ? config.storage.shared.pvcName : '(shared volume disabled)',
      sharedClaim?.metadata.name,
      sharedFile ?? 'dist/k8s',
    );
  }
  if (problems.length > 0) {
    throw new UsageError(
      `--config and --dist are not one install (nothing was changed):\n  ${problems.join('\n  ')}\n` +
        `synthesize that config into that folder (npm run synth -- --config <file> --out <dir>) or name the pair that belongs together`,
    );
  }
}

/** Refuses a namespace the install did not make (it would list, and with --purge-user-data delete, what others keep there). */
function checkOwnNamespace(kubectl: Kubectl, namespace: string): void {
  const got = kubectl(['get', 'namespace', namespace, '-o', 'json']);
  if (got.status !== 0) {
    if (/NotFound|not found/.test(got.stderr)) return; // nothing installed there (any more)
    throw new UsageError(`kubectl get namespace ${namespace} failed: ${got.stderr.trim()}`);
  }
  const labels = (JSON.parse(got.stdout) as { metadata: { labels?: Record<string, string> } }).metadata.labels ?? {};
  const missing = Object.entries(PART_OF_LABELS).filter(([k, v]) => labels[k] !== v);
  if (missing.length > 0) {
    throw new UsageError(
      `the namespace ${namespace} was not made by this install (no label ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}): ` +
        'uninstall removes only what an install made; nothing was changed',
    );
  }
}

function deleteObjects(kubectl: Kubectl, what: string, objects: KubeObject[], dryRun: boolean): void {
  if (objects.length === 0) {
    console.log(`${what}: nothing to delete`);
    return;
  }
  const manifest = objects.map((o) => stringify(o)).join('---\n');
  const args = ['delete', '--ignore-not-found', '--wait=false', ...(dryRun ? ['--dry-run=server'] : []), '-f', '-'];
  const result = kubectl(args, manifest);
  if (result.status !== 0) throw new UsageError(`deleting ${what} failed: ${result.stderr.trim()}`);
  const lines = result.stdout.trim();
  console.log(lines ? lines : `${what}: already gone`);
}

interface Pvc {
  metadata: { name: string };
  spec: { volumeName?: string; storageClassName?: string };
  status?: { phase?: string };
}

function claimsIn(kubectl: Kubectl, namespace: string, selector?: string): Pvc[] {
  const result = kubectl(['get', 'pvc', '-n', namespace, ...(selector ? ['-l', selector] : []), '-o', 'json']);
  if (result.status !== 0) {
    if (/NotFound|not found/.test(result.stderr)) return [];
    throw new UsageError(`kubectl get pvc -n ${namespace} failed: ${result.stderr.trim()}`);
  }
  return (JSON.parse(result.stdout) as { items: Pvc[] }).items;
}

/**
 * The claims in the namespace, split into those the install made (KubeSpawner's homes by their labels,
 * and the claims of its synthesized objects: the hub database, the shared volume) and everything else.
 */
function claimsOfInstall(
  kubectl: Kubectl,
  namespace: string,
  releaseName: string,
  madeByName: ReadonlySet<string>,
): { ours: Pvc[]; others: Pvc[] } {
  const homes = new Set(claimsIn(kubectl, namespace, homeClaimSelector(releaseName)).map((c) => c.metadata.name));
  const all = claimsIn(kubectl, namespace);
  const isOurs = (c: Pvc) => homes.has(c.metadata.name) || madeByName.has(c.metadata.name);
  return { ours: all.filter(isOurs), others: all.filter((c) => !isOurs(c)) };
}

function reclaimPolicy(kubectl: Kubectl, pv: string | undefined): string {
  if (!pv) return 'not bound';
  const result = kubectl(['get', 'pv', pv, '-o', 'jsonpath={.spec.persistentVolumeReclaimPolicy}']);
  return result.status === 0 ? `${pv}, reclaim ${result.stdout || '?'}` : `${pv} (not readable)`;
}

/** OpenTofu through cdktf for a destroy, or `tofu plan -destroy` in the synthesized stack for the dry run. */
function terraform(stacks: StackName[], dist: string, dryRun: boolean, configFile: string | undefined): void {
  const tofu = process.env.TERRAFORM_BINARY_NAME ?? 'tofu';
  // cdktf runs main.ts, which reads the install's configuration from THINKUBE_CONFIG.
  const env = { ...process.env, ...(configFile ? { THINKUBE_CONFIG: resolve(configFile) } : {}) };
  for (const stack of stacks) {
    const dir = distLayout(dist).stack(stack);
    if (!existsSync(join(dir, 'cdk.tf.json')))
      throw new UsageError(`no synthesized stack at ${dir}: run npm run synth`);
    if (dryRun) {
      runTool(tofu, ['init', '-input=false', '-no-color'], { cwd: dir, timeoutMs: 300_000 });
      const plan = runTool(tofu, ['plan', '-destroy', '-input=false', '-no-color', '-lock=false'], {
        cwd: dir,
        timeoutMs: 300_000,
      });
      const summary = /Plan: .*|No changes\..*/.exec(plan.stdout)?.[0] ?? 'no plan summary';
      const resources = [...plan.stdout.matchAll(/^\s*# (\S+) will be destroyed/gm)].map((m) => m[1]);
      console.log(`stack ${stack}: ${summary}${resources.length ? `\n  ${resources.join('\n  ')}` : ''}`);
    } else {
      const cdktf = join(process.cwd(), 'node_modules', '.bin', 'cdktf');
      const args = ['destroy', stack, '--auto-approve', '--skip-provider-lock', '--ignore-missing-stack-dependencies'];
      console.log(`cdktf ${args.join(' ')}`);
      runTool(cdktf, [...args, '--output', resolve(distLayout(dist).terraform)], {
        streamOutput: true,
        timeoutMs: 0,
        env,
      });
    }
  }
}

function uninstall(options: UninstallOptions): void {
  const config = loadConfig(options.config);
  const dryRun = !options.yes;
  const namespace = config.namespace.name;
  checkOneInstall(config, options.dist, options.config ?? 'the embedded configuration');
  const kubectl = kubectlWith(options);
  checkOwnNamespace(kubectl, namespace);
  console.log(dryRun ? 'uninstall: DRY RUN, nothing is deleted (add --yes to do it)' : 'uninstall: deleting');

  step(`1/6 user servers (pods labelled ${USER_SERVER_SELECTOR} in ${namespace})`);
  const pods = kubectl([
    'delete',
    'pods',
    '-n',
    namespace,
    '-l',
    USER_SERVER_SELECTOR,
    '--wait=false',
    ...(dryRun ? ['--dry-run=server'] : []),
  ]);
  if (pods.status !== 0 && !/NotFound/.test(pods.stderr))
    throw new UsageError(`deleting user servers failed: ${pods.stderr.trim()}`);
  console.log(pods.stdout.trim() || 'no user server is running');

  step('2/6 the public route');
  const exposure = chartFile(options.dist, CHART_IDS.exposure);
  deleteObjects(kubectl, 'route', exposure ? objectsOf(exposure) : [], dryRun);

  step('3/6 Terraform stack cluster (the Secrets it wrote)');
  if (options.terraform) terraform([STACKS.cluster], options.dist, dryRun, options.config);
  else console.log('skipped (--no-terraform)');

  step('4/6 the JupyterHub release');
  const release = releaseObjects(config, options.dist);
  if (release.note) console.log(`note: ${release.note}`);
  deleteObjects(
    kubectl,
    'release',
    release.objects.filter((o) => !KEPT_KINDS.has(o.kind)),
    dryRun,
  );

  step('5/6 Terraform stacks identity and registry (Keycloak client, roles, groups; Harbor robots)');
  if (options.terraform) terraform([STACKS.identity, STACKS.registry], options.dist, dryRun, options.config);
  else console.log('skipped (--no-terraform)');

  step(options.purgeUserData ? '6/6 user data: DELETED (--purge-user-data)' : '6/6 user data: kept');
  const namespacesFile = chartFile(options.dist, CHART_IDS.namespace);
  const namespaceObjects = namespacesFile ? objectsOf(namespacesFile) : [];
  const stateNamespaces = namespaceObjects.filter(isStateNamespace);
  const storageObjects = [CHART_IDS.sharedData, CHART_IDS.homeStorage]
    .map((id) => chartFile(options.dist, id))
    .filter((file): file is string => file !== undefined)
    .flatMap(objectsOf);
  const claimNames = new Set(
    [...release.objects, ...storageObjects]
      .filter((o) => o.kind === 'PersistentVolumeClaim')
      .map((o) => o.metadata.name),
  );
  const { ours, others } = claimsOfInstall(kubectl, namespace, config.chart.releaseName, claimNames);
  for (const pvc of others) {
    console.log(`kept ${namespace}/${pvc.metadata.name}: not made by this install, never touched`);
  }
  if (!options.purgeUserData) {
    for (const pvc of ours) {
      console.log(
        `kept ${namespace}/${pvc.metadata.name} (${pvc.status?.phase ?? '?'}; ${reclaimPolicy(kubectl, pvc.spec.volumeName)})`,
      );
    }
    console.log(
      `kept the namespace ${namespace} and StorageClass ${config.storage.home.storageClassName}; ` +
        'a reinstall mounts the same claims. --purge-user-data deletes them.',
    );
  } else {
    const claims: KubeObject[] = ours.map((pvc) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: pvc.metadata.name, namespace },
    }));
    const pvs: KubeObject[] = ours
      .filter((pvc) => pvc.spec.volumeName)
      .map((pvc) => ({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: pvc.spec.volumeName as string },
      }));
    deleteObjects(kubectl, 'user volumes', [...claims, ...pvs], dryRun);
    // Deleting a namespace deletes every claim in it: kept while it holds one the install did not make.
    const hubNamespace = others.length === 0 ? namespaceObjects.filter((o) => !isStateNamespace(o)) : [];
    if (others.length > 0) {
      console.log(
        `kept the namespace ${namespace}: it holds claims this install did not make (${others.map((c) => c.metadata.name).join(', ')})`,
      );
    }
    const rest = [...storageObjects.filter((o) => o.kind !== 'PersistentVolumeClaim'), ...hubNamespace];
    deleteObjects(kubectl, 'namespace and storage', rest, dryRun);
  }
  for (const state of stateNamespaces) {
    console.log(`kept the Terraform state namespace ${state.metadata.name} (uninstall never deletes it)`);
  }
  console.log(dryRun ? '\nuninstall: dry run done; run again with --yes to delete' : '\nuninstall: done');
}

export const uninstallCommand = command(
  'uninstall',
  'Removes the hub, its route, Keycloak client and Harbor robots; keeps user data unless told.',
)
  .option('--yes', 'delete for real (without it: a dry run that changes nothing)', false)
  .option(
    '--purge-user-data',
    "also delete the install's claims (homes, hub database, shared), their volumes, the namespace",
    false,
  )
  .option('--config <file>', 'the install configuration (default: the embedded one)')
  .option('--kubeconfig <file>', "kubeconfig to use (default: kubectl's own)")
  .option('--context <name>', 'kubeconfig context to use')
  .option('--dist <dir>', 'the synthesized output of this install', DEFAULT_DIST)
  .option('--no-terraform', 'leave the Terraform stacks (Keycloak client, robots, Secrets) in place')
  .action((options: UninstallOptions) => uninstall(options));

if (process.argv[1]?.endsWith('uninstall.ts')) await run('uninstall', uninstallCommand);
