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
 * client with its roles and groups, the Harbor robots). Kept: the namespace, every PersistentVolumeClaim
 * in it (user homes, the shared volume, the hub database) with their PersistentVolumes, and the home
 * StorageClass, so that a reinstall mounts the same claims again. `--purge-user-data` deletes those too.
 *
 * The dry run asks the API server (`kubectl delete --dry-run=server`) and OpenTofu (`plan -destroy`),
 * so what it prints is what the real run would do. Nothing is deleted without --yes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { CHART_IDS } from '../app/hub-platform.js';
import { loadConfig, type ThinkubeConfig } from '../config/load.js';
import { CLUSTER_SCOPED_KINDS } from '../constructs/jupyterhub/jupyterhub-release.js';
import { STACKS, type StackName } from '../constructs/names.js';
import { command, run, runTool, UsageError } from './support/command.js';
import { type Kubectl, kubectlWith } from './support/kubectl.js';

interface UninstallOptions {
  config?: string;
  kubeconfig?: string;
  context?: string;
  dist: string;
  yes: boolean;
  purgeUserData: boolean;
  terraform: boolean;
}

interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
}

/** KubeSpawner's label on user server pods. */
const USER_SERVER_SELECTOR = 'component=singleuser-server';

/** Kinds that hold user data or hold the volumes: kept unless --purge-user-data. */
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
  const folder = join(dist, 'k8s');
  if (!existsSync(folder)) throw new UsageError(`no synthesized manifests in ${folder}: run npm run synth first`);
  const file = readdirSync(folder).find((f) => new RegExp(`^\\d{4}-${id}\\.k8s\\.yaml$`).test(f));
  return file ? join(folder, file) : undefined;
}

/** The release's objects: what the chart makes (Argo CD makes them from the Application in argocd mode). */
function releaseObjects(config: ThinkubeConfig, dist: string): { objects: KubeObject[]; note?: string } {
  const file = chartFile(dist, CHART_IDS.release);
  const own = file ? objectsOf(file) : [];
  if (config.delivery.mode === 'helm') return { objects: own };
  const rendered = join(dist, 'rendered', 'jupyterhub.k8s.yaml');
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

function keptVolumes(kubectl: Kubectl, namespace: string): Pvc[] {
  const result = kubectl(['get', 'pvc', '-n', namespace, '-o', 'json']);
  if (result.status !== 0) {
    if (/NotFound|not found/.test(result.stderr)) return [];
    throw new UsageError(`kubectl get pvc -n ${namespace} failed: ${result.stderr.trim()}`);
  }
  return (JSON.parse(result.stdout) as { items: Pvc[] }).items;
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
    const dir = join(dist, 'terraform', 'stacks', stack);
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
      runTool(cdktf, [...args, '--output', resolve(dist, 'terraform')], { streamOutput: true, timeoutMs: 0, env });
    }
  }
}

function uninstall(options: UninstallOptions): void {
  const config = loadConfig(options.config);
  const dryRun = !options.yes;
  const namespace = config.namespace.name;
  const kubectl = kubectlWith(options);
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
  const keepKinds = options.purgeUserData ? new Set<string>() : KEPT_KINDS;
  deleteObjects(
    kubectl,
    'release',
    release.objects.filter((o) => !keepKinds.has(o.kind)),
    dryRun,
  );

  step('5/6 Terraform stacks identity and registry (Keycloak client, roles, groups; Harbor robots)');
  if (options.terraform) terraform([STACKS.identity, STACKS.registry], options.dist, dryRun, options.config);
  else console.log('skipped (--no-terraform)');

  step(options.purgeUserData ? '6/6 user data: DELETED (--purge-user-data)' : '6/6 user data: kept');
  const volumes = keptVolumes(kubectl, namespace);
  if (!options.purgeUserData) {
    for (const pvc of volumes) {
      console.log(
        `kept ${namespace}/${pvc.metadata.name} (${pvc.status?.phase ?? '?'}; ${reclaimPolicy(kubectl, pvc.spec.volumeName)})`,
      );
    }
    console.log(
      `kept the namespace ${namespace} and StorageClass ${config.storage.home.storageClassName}; ` +
        'a reinstall mounts the same claims. --purge-user-data deletes them.',
    );
  } else {
    const claims: KubeObject[] = volumes.map((pvc) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: pvc.metadata.name, namespace },
    }));
    const pvs: KubeObject[] = volumes
      .filter((pvc) => pvc.spec.volumeName)
      .map((pvc) => ({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: pvc.spec.volumeName as string },
      }));
    deleteObjects(kubectl, 'user volumes', [...claims, ...pvs], dryRun);
    const rest = [CHART_IDS.sharedData, CHART_IDS.homeStorage, CHART_IDS.namespace]
      .map((id) => chartFile(options.dist, id))
      .filter((file): file is string => file !== undefined)
      .flatMap(objectsOf);
    deleteObjects(kubectl, 'namespace and storage', rest, dryRun);
  }
  console.log(dryRun ? '\nuninstall: dry run done; run again with --yes to delete' : '\nuninstall: done');
}

export const uninstallCommand = command(
  'uninstall',
  'Removes the hub, its route, Keycloak client and Harbor robots; keeps user data unless told.',
)
  .option('--yes', 'delete for real (without it: a dry run that changes nothing)', false)
  .option('--purge-user-data', 'also delete every PersistentVolumeClaim, its volume, the namespace', false)
  .option('--config <file>', 'the install configuration (default: the embedded one)')
  .option('--kubeconfig <file>', "kubeconfig to use (default: kubectl's own)")
  .option('--context <name>', 'kubeconfig context to use')
  .option('--dist <dir>', 'the synthesized output of this install', 'dist')
  .option('--no-terraform', 'leave the Terraform stacks (Keycloak client, robots, Secrets) in place')
  .action((options: UninstallOptions) => uninstall(options));

if (process.argv[1]?.endsWith('uninstall.ts')) await run('uninstall', uninstallCommand);
