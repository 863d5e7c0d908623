/**
 * The Kubernetes side of a thinkube-jupyterhub install. The building blocks are constructs; this
 * composition decides the charts: one chart (and one file in dist/k8s) per concern, in the order they
 * must be applied: namespace, storage, the JupyterHub release, the public route.
 */
import { type App, Chart } from 'cdk8s';
import type { ThinkubeConfig } from '../config/load.js';
import { HubHttpRoute } from '../constructs/exposure/hub-http-route.js';
import { HubIngress } from '../constructs/exposure/hub-ingress.js';
import { HelperPodPolicies } from '../constructs/jupyterhub/helper-pod-policies.js';
import { HubNodeReader } from '../constructs/jupyterhub/hub-node-reader.js';
import { JupyterHubRelease } from '../constructs/jupyterhub/jupyterhub-release.js';
import { PART_OF_LABELS } from '../constructs/names.js';
import { HubNamespace } from '../constructs/namespace/hub-namespace.js';
import { HomeStorageClass } from '../constructs/storage/home-storage-class.js';
import { SharedDataVolume } from '../constructs/storage/shared-data-volume.js';
import { TerraformStateNamespace } from '../constructs/terraform-state/state-namespace.js';
import { CHART_IDS } from './dist-layout.js';
import { hubChartValues } from './hub-values.js';

/** The charts of the install, by concern; each synthesizes to one file of dist/k8s. */
export interface HubPlatformCharts {
  readonly namespace: Chart;
  readonly homeStorage: Chart;
  readonly sharedData?: Chart;
  readonly release: Chart;
  readonly exposure: Chart;
}

/** Every chart has its id, which names its file in dist/k8s (dist-layout.ts). */
const CHART_ID: Record<keyof HubPlatformCharts, string> = CHART_IDS;

/** Adds every chart of the install to `app`. Chart ids are stable: they name the files in dist/k8s. */
export function addHubPlatform(app: App, config: ThinkubeConfig): HubPlatformCharts {
  // The project's own objects carry the part-of labels; the chart's (rendered or via Argo CD) do not.
  const ownChart = (id: string) => new Chart(app, id, { labels: { ...PART_OF_LABELS } });
  const charts = {
    namespace: ownChart(CHART_ID.namespace),
    homeStorage: ownChart(CHART_ID.homeStorage),
    sharedData: config.storage.shared.enabled ? ownChart(CHART_ID.sharedData) : undefined,
    release: new Chart(app, CHART_ID.release),
    exposure: ownChart(CHART_ID.exposure),
  };
  // Everything else goes into the namespace this construct makes (its output, not the config's copy).
  const ns = new HubNamespace(charts.namespace, 'Namespace', {
    name: config.namespace.name,
    podSecurity: config.namespace.podSecurity,
    limitRange: config.namespace.limitRange,
    ...(config.namespace.quota.enabled
      ? { quota: { ...config.namespace.quota, gpuResourceName: config.gpu.resourceName } }
      : {}),
  });

  // The Terraform state's namespace, applied with the hub's before any stack runs (deploy workflow).
  if (config.terraform.backend === 'kubernetes') {
    new TerraformStateNamespace(charts.namespace, 'TerraformState', { name: config.terraform.stateNamespace });
  }

  const homes = new HomeStorageClass(charts.homeStorage, 'Homes', {
    name: config.storage.home.storageClassName,
    provisioner: config.storage.home.provisioner,
    parameters: config.storage.home.parameters,
  });

  const shared = charts.sharedData
    ? new SharedDataVolume(charts.sharedData, 'Shared', {
        namespace: ns.namespaceName,
        pvcName: config.storage.shared.pvcName,
        storageClassName: config.storage.shared.storageClassName,
        capacity: config.storage.shared.capacity,
      })
    : undefined;

  new JupyterHubRelease(charts.release, 'Release', {
    namespace: ns.namespaceName,
    mode: config.delivery.mode,
    chart: config.chart,
    // The values name the storage the constructs above made (their outputs).
    values: hubChartValues(config, {
      homeStorageClass: homes.storageClassName,
      ...(shared ? { sharedClaim: shared.pvcName } : {}),
    }),
    argocd: config.delivery.argocd,
    helm: config.delivery.helm,
  });

  // Every pod of the release under a NetworkPolicy: the chart's own cover the hub, proxy and users.
  new HelperPodPolicies(charts.release, 'HelperPodPolicies', {
    namespace: ns.namespaceName,
    kubernetesApi: config.network.kubernetesApi,
  });

  if (config.gpu.enabled) new HubNodeReader(charts.release, 'HubNodeReader', { namespace: ns.namespaceName });

  if (config.exposure.mode === 'ingress') {
    new HubIngress(charts.exposure, 'Ingress', {
      namespace: ns.namespaceName,
      hostname: config.hostname,
      className: config.exposure.ingress.className,
      timeoutSeconds: config.exposure.ingress.timeoutSeconds,
      maxBodySize: config.exposure.ingress.maxBodySize,
      ...(config.exposure.ingress.tlsSecretName ? { tlsSecretName: config.exposure.ingress.tlsSecretName } : {}),
      ...(config.exposure.ingress.clusterIssuer ? { clusterIssuer: config.exposure.ingress.clusterIssuer } : {}),
    });
  } else {
    new HubHttpRoute(charts.exposure, 'Route', {
      namespace: ns.namespaceName,
      hostname: config.hostname,
      gateway: {
        name: config.exposure.httpRoute.gatewayName,
        namespace: config.exposure.httpRoute.gatewayNamespace,
        ...(config.exposure.httpRoute.sectionName ? { sectionName: config.exposure.httpRoute.sectionName } : {}),
      },
      requestTimeout: config.exposure.httpRoute.requestTimeout,
    });
  }

  for (const chart of [charts.homeStorage, charts.sharedData, charts.release, charts.exposure]) {
    chart?.addDependency(charts.namespace);
  }
  const { sharedData, ...always } = charts;
  return { ...always, ...(sharedData ? { sharedData } : {}) };
}
