/**
 * The Kubernetes side of a thinkube-jupyterhub install, one chart (and one file in dist/k8s) per concern,
 * in the order they must be applied: namespace, storage, the JupyterHub release, the public route.
 */
import type { App } from 'cdk8s';
import type { ThinkubeConfig } from '../config/load.js';
import { HubHttpRoute } from './exposure/hub-http-route.js';
import { HubIngress } from './exposure/hub-ingress.js';
import { hubChartValues } from './jupyterhub/hub-values.js';
import { JupyterHubRelease } from './jupyterhub/jupyterhub-release.js';
import { HubNamespace } from './namespace/hub-namespace.js';
import { HomeStorageClass } from './storage/home-storage-class.js';
import { SharedDataVolume } from './storage/shared-data-volume.js';

export interface HubPlatformCharts {
  readonly namespace: HubNamespace;
  readonly homeStorage: HomeStorageClass;
  readonly sharedData?: SharedDataVolume;
  readonly release: JupyterHubRelease;
  readonly exposure: HubIngress | HubHttpRoute;
}

/** Adds every chart of the install to `app`. Chart ids are stable: they name the files in dist/k8s. */
export function addHubPlatform(app: App, config: ThinkubeConfig): HubPlatformCharts {
  const ns = config.namespace.name;
  const namespace = new HubNamespace(app, 'namespace', {
    name: ns,
    podSecurity: config.namespace.podSecurity,
    limitRange: config.namespace.limitRange,
    ...(config.namespace.quota.enabled
      ? { quota: { ...config.namespace.quota, gpuResourceName: config.gpu.resourceName } }
      : {}),
  });

  const homeStorage = new HomeStorageClass(app, 'storage-class', {
    name: config.storage.home.storageClassName,
    provisioner: config.storage.home.provisioner,
    parameters: config.storage.home.parameters,
  });

  const sharedData = config.storage.shared.enabled
    ? new SharedDataVolume(app, 'shared-data', {
        namespace: ns,
        pvcName: config.storage.shared.pvcName,
        storageClassName: config.storage.shared.storageClassName,
        capacity: config.storage.shared.capacity,
      })
    : undefined;

  const release = new JupyterHubRelease(app, 'jupyterhub', {
    namespace: ns,
    mode: config.delivery.mode,
    chart: config.chart,
    values: hubChartValues(config),
    argocd: config.delivery.argocd,
    helm: config.delivery.helm,
  });

  const exposure =
    config.exposure.mode === 'ingress'
      ? new HubIngress(app, 'exposure', {
          namespace: ns,
          hostname: config.hostname,
          className: config.exposure.ingress.className,
          timeoutSeconds: config.exposure.ingress.timeoutSeconds,
          maxBodySize: config.exposure.ingress.maxBodySize,
          ...(config.exposure.ingress.tlsSecretName ? { tlsSecretName: config.exposure.ingress.tlsSecretName } : {}),
          ...(config.exposure.ingress.clusterIssuer ? { clusterIssuer: config.exposure.ingress.clusterIssuer } : {}),
        })
      : new HubHttpRoute(app, 'exposure', {
          namespace: ns,
          hostname: config.hostname,
          gateway: {
            name: config.exposure.httpRoute.gatewayName,
            namespace: config.exposure.httpRoute.gatewayNamespace,
            ...(config.exposure.httpRoute.sectionName ? { sectionName: config.exposure.httpRoute.sectionName } : {}),
          },
          requestTimeout: config.exposure.httpRoute.requestTimeout,
        });

  for (const chart of [homeStorage, sharedData, release, exposure]) chart?.addDependency(namespace);
  return { namespace, homeStorage, ...(sharedData ? { sharedData } : {}), release, exposure };
}
