import { spawnSync } from 'node:child_process';
import { type ApiObject, Helm, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { Application } from '../../imports/argoproj.io.js';
import { HUB_SECRET, HUB_SECRET_FIELD_MANAGER, PART_OF_LABELS, RANDOM_CHECKSUM_ANNOTATIONS } from '../names.js';
import { chartRepository } from './chart-repository-rules.js';
import type { ChartValues } from './chart-values.js';
import { ARGOCD_DEFAULTS, DEFAULT_DELIVERY_MODE, type DeliveryMode, HELM_DEFAULTS } from './release-rules.js';

/** The Application's repoURL: an https Helm repository as it is, an OCI one without `oci://`. */
function argoCdRepoUrl(url: string): string {
  const repository = chartRepository(url);
  return repository.kind === 'oci' ? repository.schemeless : repository.url;
}

/** How the chart reaches the cluster. */

export interface JupyterHubReleaseProps {
  /** Namespace the chart's objects are installed in. */
  readonly namespace: string;
  /**
   * `argocd`: an Argo CD Application that renders the chart in the cluster.
   * `helm`: the chart rendered now with the helm CLI, emitted as plain manifests.
   * @default 'argocd'
   */
  readonly mode?: DeliveryMode;
  /**
   * The chart: name, pinned version and repository (an https Helm repository, or `oci://<registry>/<path>`
   * in `argocd` mode: Argo CD needs that repository's credential, written by the registry stack).
   */
  readonly chart: {
    readonly name: string;
    readonly version: string;
    readonly repository: string;
    readonly releaseName: string;
  };
  /** The chart values, typed from the chart's schema. Never secrets: Secrets are referenced by name and key. */
  readonly values: ChartValues;
  /** Argo CD settings, used in `argocd` mode. */
  readonly argocd?: {
    /** @default 'argocd' */
    readonly namespace?: string;
    /** @default 'default' */
    readonly project?: string;
    /** @default 'https://kubernetes.default.svc' */
    readonly destinationServer?: string;
    /** @default true */
    readonly selfHeal?: boolean;
    /** @default true */
    readonly prune?: boolean;
  };
  /** helm CLI settings, used in `helm` mode. */
  readonly helm?: {
    /**
     * Local chart directory, .tgz, or `oci://` reference, for installs that cannot reach the repository.
     * @default - `chart.name` from `chart.repository`
     */
    readonly chartRef?: string;
    /** @default 'helm' */
    readonly executable?: string;
    /**
     * Kubernetes version to render for; a helm v3 built from source otherwise assumes 1.20.
     * @default '1.33.0'
     */
    readonly kubeVersion?: string;
  };
}

/**
 * The official JupyterHub chart, delivered either as an Argo CD Application or rendered with helm.
 *
 * Either way the three secrets the chart generates on every render (z2jh issue 2887) never appear in the
 * output and are never overwritten: in `helm` mode they are cut out of the rendered `hub` Secret (with the
 * pod-template checksums that hash them); in `argocd` mode the Application ignores them. The cluster
 * stack writes them once, with server-side apply (docs/decisions/0002-stable-hub-secrets.md).
 */
export class JupyterHubRelease extends Construct {
  /** The Argo CD Application, in `argocd` mode. */
  public readonly application?: Application;
  /** The rendered chart objects, in `helm` mode. */
  public readonly renderedObjects: readonly ApiObject[];

  constructor(scope: Construct, id: string, props: JupyterHubReleaseProps) {
    super(scope, id);
    const mode = props.mode ?? DEFAULT_DELIVERY_MODE;
    if (mode === 'argocd') {
      this.application = this.argoApplication(props);
      this.renderedObjects = [];
    } else {
      this.renderedObjects = this.renderWithHelm(props);
    }
  }

  private argoApplication(props: JupyterHubReleaseProps): Application {
    const argocd = props.argocd ?? {};
    const ns = props.namespace;
    const secretPointers = HUB_SECRET.generatedKeys.map((key) => `/data/${escapePointer(key)}`);
    const annotationPointer = (name: string) => `/spec/template/metadata/annotations/${escapePointer(name)}`;
    return new Application(this, 'Application', {
      metadata: {
        name: props.chart.releaseName,
        namespace: argocd.namespace ?? ARGOCD_DEFAULTS.namespace,
        labels: { ...PART_OF_LABELS },
        // No resources-finalizer on purpose: deleting the Application must not cascade to the hub and its
        // database volume.
      },
      spec: {
        project: argocd.project ?? ARGOCD_DEFAULTS.project,
        source: {
          // An OCI repository is named without its scheme: the form Argo CD's Helm source reads as OCI.
          repoUrl: argoCdRepoUrl(props.chart.repository),
          chart: props.chart.name,
          targetRevision: props.chart.version,
          helm: { releaseName: props.chart.releaseName, valuesObject: props.values },
        },
        destination: { server: argocd.destinationServer ?? ARGOCD_DEFAULTS.destinationServer, namespace: ns },
        ignoreDifferences: [
          {
            kind: 'Secret',
            name: HUB_SECRET.name,
            namespace: ns,
            jsonPointers: secretPointers,
            managedFieldsManagers: [HUB_SECRET_FIELD_MANAGER],
          },
          {
            group: 'apps',
            kind: 'Deployment',
            name: 'hub',
            namespace: ns,
            jsonPointers: [annotationPointer('checksum/secret')],
          },
          {
            group: 'apps',
            kind: 'Deployment',
            name: 'proxy',
            namespace: ns,
            jsonPointers: [annotationPointer('checksum/auth-token')],
          },
        ],
        syncPolicy: {
          automated: {
            prune: argocd.prune ?? ARGOCD_DEFAULTS.prune,
            selfHeal: argocd.selfHeal ?? ARGOCD_DEFAULTS.selfHeal,
          },
          syncOptions: ['RespectIgnoreDifferences=true', 'ServerSideApply=true', 'CreateNamespace=false'],
          retry: { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
        },
      },
    });
  }

  private renderWithHelm(props: JupyterHubReleaseProps): ApiObject[] {
    const helm = props.helm ?? {};
    if (helm.chartRef === undefined && chartRepository(props.chart.repository).kind === 'oci') {
      throw new Error(
        `chart.repository "${props.chart.repository}" is an OCI repository: in helm mode name the chart itself ` +
          `in helm.chartRef ("${props.chart.repository}/${props.chart.name}")`,
      );
    }
    const executable = helm.executable ?? HELM_DEFAULTS.executable;
    assertHelmRuns(executable);
    const fromRepository = helm.chartRef === undefined;
    const rendered = new Helm(this, 'Chart', {
      chart: helm.chartRef ?? props.chart.name,
      ...(fromRepository ? { repo: props.chart.repository, version: props.chart.version } : {}),
      releaseName: props.chart.releaseName,
      namespace: props.namespace,
      values: props.values,
      helmExecutable: executable,
      helmFlags: ['--kube-version', helm.kubeVersion ?? HELM_DEFAULTS.kubeVersion, '--include-crds'],
    });
    for (const object of rendered.apiObjects) {
      stripGeneratedSecrets(object);
      // The chart's templates leave the namespace to `helm install`: namespaced objects get the release's
      // namespace here (so the construct does not depend on the chart it is placed in); cluster-scoped
      // ones must not carry one.
      const namespaced = !CLUSTER_SCOPED_KINDS.has(object.kind);
      const current = object.toJson().metadata?.namespace;
      if (namespaced && current === undefined)
        object.addJsonPatch(JsonPatch.add('/metadata/namespace', props.namespace));
      if (!namespaced && current !== undefined) object.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    }
    return rendered.apiObjects;
  }
}

/** Kinds the JupyterHub chart can render that have no namespace. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'ClusterRole',
  'ClusterRoleBinding',
  'PriorityClass',
  'StorageClass',
  'CustomResourceDefinition',
  'Namespace',
]);

/** Removes, from one rendered object, every value the chart generated at random for this render. */
function stripGeneratedSecrets(object: ApiObject): void {
  const json = object.toJson() as {
    data?: Record<string, string>;
    stringData?: Record<string, string>;
    spec?: { template?: { metadata?: { annotations?: Record<string, string> } } };
  };
  if (object.kind === 'Secret' && object.name === HUB_SECRET.name) {
    for (const field of ['data', 'stringData'] as const) {
      for (const key of HUB_SECRET.generatedKeys) {
        if (json[field]?.[key] !== undefined) object.addJsonPatch(JsonPatch.remove(`/${field}/${escapePointer(key)}`));
      }
    }
  }
  const annotations = json.spec?.template?.metadata?.annotations ?? {};
  for (const name of RANDOM_CHECKSUM_ANNOTATIONS) {
    if (annotations[name] !== undefined) {
      object.addJsonPatch(JsonPatch.remove(`/spec/template/metadata/annotations/${escapePointer(name)}`));
    }
  }
}

/** RFC 6901: "~" and "/" inside a JSON Pointer segment. */
function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function assertHelmRuns(executable: string): void {
  const probe = spawnSync(executable, ['version', '--short'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const reason = probe.error ? (probe.error as NodeJS.ErrnoException).code : probe.stderr.trim();
    throw new Error(
      `delivery.mode "helm" needs the helm CLI, but "${executable}" did not run (${reason}). ` +
        'Install it with scripts/install-tools.sh helm, put it on PATH, or set delivery.helm.executable; ' +
        'or use delivery.mode "argocd".',
    );
  }
}
