/**
 * The JupyterHub chart values, built from the configuration: the one place that maps config slices onto
 * the section builders in constructs/jupyterhub/ (authentication, network policies, singleuser, the
 * access policy, security contexts, the values hash). Pure data: the same config always gives the same
 * values, and no secret is ever part of them (secrets are referenced by Secret name and key).
 */
import type { ThinkubeConfig } from '../config/load.js';
import { HUB_PYTHON_DIR } from '../config/project-files.js';
import type { GpuSchedulingProps } from '../constructs/gpu/gpu-scheduling.js';
import { hubOrigin } from '../constructs/identity/oidc-rules.js';
import { accessPolicyValues } from '../constructs/jupyterhub/access-policy-values.js';
import { activityIntervals } from '../constructs/jupyterhub/activity-intervals.js';
import { authenticationValues } from '../constructs/jupyterhub/authentication-values.js';
import type { ChartImage } from '../constructs/jupyterhub/chart-image-rules.js';
import { chartImage } from '../constructs/jupyterhub/chart-images.js';
import type { HubChartValues } from '../constructs/jupyterhub/chart-values.js';
import { hubPython } from '../constructs/jupyterhub/hub-python.js';
import { hubNetworkPolicy, proxyNetworkPolicy } from '../constructs/jupyterhub/network-policy-values.js';
import { profileList } from '../constructs/jupyterhub/profile-list.js';
import { READ_ONLY_ROOT, RESTRICTED_POD, USER_SERVER_CONTAINER } from '../constructs/jupyterhub/security-contexts.js';
import { singleuserValues, USER_POD_TOLERATIONS } from '../constructs/jupyterhub/singleuser-values.js';
import { withValuesHash } from '../constructs/jupyterhub/values-hash.js';
import { IMAGE_PULL_SECRET, KEEP_USER_DATA_ANNOTATIONS } from '../constructs/names.js';
import { notebookImages } from './notebook-images.js';

/** Names of objects other constructs of the platform make, which the values refer to. */
export interface PlatformRefs {
  /** The StorageClass of user homes (HomeStorageClass). */
  readonly homeStorageClass: string;
  /** The shared ReadWriteMany claim (SharedDataVolume); absent when there is no shared volume. */
  readonly sharedClaim?: string;
}

/**
 * The names the platform's constructs are given by the config. The composition (hub-platform.ts) passes
 * the constructs' outputs instead; this is for callers that render the values alone (npm run render).
 */
export function platformRefsFromConfig(config: ThinkubeConfig): PlatformRefs {
  return {
    homeStorageClass: config.storage.home.storageClassName,
    ...(config.storage.shared.enabled ? { sharedClaim: config.storage.shared.pvcName } : {}),
  };
}

export function hubChartValues(config: ThinkubeConfig, refs: PlatformRefs = platformRefsFromConfig(config)) {
  const gpu: GpuSchedulingProps | undefined = config.gpu.enabled
    ? {
        userTolerations: USER_POD_TOLERATIONS,
        resourceName: config.gpu.resourceName,
        nodeSelector: config.gpu.nodeSelector,
        tolerations: config.gpu.tolerations,
        ...(config.gpu.runtimeClassName ? { runtimeClassName: config.gpu.runtimeClassName } : {}),
      }
    : undefined;
  const images = notebookImages(config);
  const defaultImage = images.get(config.notebookImage.default);
  const gpuImage = images.get(config.notebookImage.gpu ?? config.notebookImage.default);
  if (!defaultImage || !gpuImage) {
    throw new Error(
      `notebookImage must name images from images (${[...images.keys()].join(', ')}), got "${config.notebookImage.default}"/"${config.notebookImage.gpu}"`,
    );
  }
  const defaultProfile = config.profiles.find((p) => p.default) ?? config.profiles[0];
  if (!defaultProfile) throw new Error('profiles must hold at least one profile, got none');

  const python = hubPython(HUB_PYTHON_DIR);
  const resources = config.componentResources;
  const image = (name: ChartImage) => chartImage(config.chart.images, name);
  const activity = activityIntervals(config.culling.timeoutSeconds);
  const authentication = authenticationValues({
    keycloakUrl: config.keycloak.url,
    ...(config.keycloak.backchannelUrl ? { backchannelUrl: config.keycloak.backchannelUrl } : {}),
    realm: config.keycloak.realm,
    clientId: config.keycloak.clientId,
    usernameClaim: config.keycloak.usernameClaim,
    scopes: config.keycloak.scopes,
    hubOrigin: hubOrigin(config.hostname),
    roleGroups: {
      admin: config.roles.admin.group,
      gpuUser: config.roles.gpuUser.group,
      user: config.roles.user.group,
    },
    authRefreshAgeSeconds: config.access.authRefreshAgeSeconds,
  });

  const values = {
    // Stable object names (hub, proxy, proxy-public, hub-db-dir) whatever the release is called.
    fullnameOverride: '',
    hub: {
      ...image('hub'),
      config: {
        JupyterHub: {
          authenticator_class: 'generic-oauth',
          admin_access: true,
          // How often the hub reads the proxy's per-route activity and puts back routes a restarted
          // proxy lost (see activityIntervals).
          last_activity_interval: activity.hub,
        },
        GenericOAuthenticator: authentication.GenericOAuthenticator,
        KubeSpawner: {
          // Deleting a user in the hub must not delete their files.
          delete_pvc: false,
          container_security_context: USER_SERVER_CONTAINER,
        },
      },
      extraEnv: authentication.extraEnv,
      db: {
        type: 'sqlite-pvc',
        pvc: {
          // The hub's database outlives a pruning sync and a cascading delete of the Application.
          annotations: { ...KEEP_USER_DATA_ANNOTATIONS },
          storage: config.storage.hubDatabase.capacity,
          storageClassName: config.storage.hubDatabase.storageClassName ?? refs.homeStorageClass,
        },
      },
      networkPolicy: hubNetworkPolicy({
        kubernetesApi: config.network.kubernetesApi,
        keycloak: config.keycloak.networkEgress,
      }),
      resources: resources.hub,
      // The image stays read-only: the hub writes only its database (the hub-db-dir volume at
      // /srv/jupyterhub) and temporary files (an emptyDir at /tmp). Shown starting on the test cluster.
      containerSecurityContext: READ_ONLY_ROOT,
      extraVolumes: [{ name: 'hub-tmp', emptyDir: { sizeLimit: '256Mi' } }],
      extraVolumeMounts: [{ name: 'hub-tmp', mountPath: '/tmp' }],
      extraFiles: python.extraFiles,
      extraConfig: python.extraConfig,
    },
    // Read by hub/thinkube_access.py (get_config("custom.thinkube")): the roles, as data.
    custom: {
      thinkube: accessPolicyValues({
        groupsClaim: config.keycloak.groupsClaim,
        rolesClaim: config.keycloak.rolesClaim,
        sharedVolume: refs.sharedClaim !== undefined,
        ...(config.gpu.enabled
          ? {
              gpu: {
                resourceName: config.gpu.resourceName,
                capacityCacheSeconds: config.gpu.capacityCacheSeconds,
                apiTimeoutSeconds: config.gpu.apiTimeoutSeconds,
              },
            }
          : {}),
        roles: config.roles,
        recheckSeconds: config.access.recheckSeconds,
      }),
    },
    proxy: {
      service: { type: 'ClusterIP' },
      chp: {
        ...image('proxy'),
        resources: resources.proxy,
        // configurable-http-proxy writes nothing and never calls the Kubernetes API.
        containerSecurityContext: READ_ONLY_ROOT,
        extraPodSpec: { securityContext: RESTRICTED_POD, automountServiceAccountToken: false },
        networkPolicy: proxyNetworkPolicy(proxyIngressNamespaces(config)),
      },
    },
    singleuser: singleuserValues({
      image: defaultImage,
      pullSecret: IMAGE_PULL_SECRET.name,
      activityIntervalSeconds: activity.server,
      privateEgress: config.network.userPrivateEgress,
      defaultProfile,
      profiles: profileList(config.profiles, gpu, gpuImage === defaultImage ? undefined : gpuImage.reference),
      home: {
        storageClass: refs.homeStorageClass,
        capacity: config.storage.home.capacity,
        mountPath: config.storage.home.mountPath,
      },
      ...(refs.sharedClaim
        ? { shared: { claimName: refs.sharedClaim, mountPath: config.storage.shared.mountPath } }
        : {}),
    }),
    // The image-puller hook only works inside `helm install`; Argo CD and `helm template` render it as
    // plain objects that only slow a sync. The continuous pre-puller stays on for the default image, but
    // not for profile images: it would put the multi-gigabyte CUDA image on every node, GPU or not.
    prePuller: {
      hook: { enabled: false },
      pullProfileListImages: false,
      resources: resources.imagePuller,
      // The puller's containers only pull an image and sleep (pause); they write nothing.
      containerSecurityContext: READ_ONLY_ROOT,
      pause: { ...image('prePullerPause'), containerSecurityContext: READ_ONLY_ROOT },
    },
    // The chart's own default, stated here so that GPU profiles (whose list replaces it) can repeat it.
    scheduling: {
      userPods: { tolerations: USER_POD_TOLERATIONS },
      // A kube-scheduler: it reads its config from a volume and talks to the API, nothing else.
      userScheduler: {
        ...image('userScheduler'),
        resources: resources.userScheduler,
        containerSecurityContext: READ_ONLY_ROOT,
        extraPodSpec: { securityContext: RESTRICTED_POD },
      },
      // Placeholders are pause containers holding room for users: no writes, no API.
      userPlaceholder: {
        ...image('userPlaceholder'),
        containerSecurityContext: READ_ONLY_ROOT,
        extraPodSpec: { securityContext: RESTRICTED_POD },
      },
    },
    ingress: { enabled: false },
    httpRoute: { enabled: false },
    cull: {
      enabled: config.culling.enabled,
      users: false,
      timeout: config.culling.timeoutSeconds,
      every: config.culling.everySeconds,
      maxAge: config.culling.maxAgeSeconds,
    },
  } satisfies HubChartValues;

  // The hub restarts exactly when its configuration changes (values-hash.ts).
  return withValuesHash(values) satisfies HubChartValues;
}

/** Namespaces whose pods may reach the proxy: the Gateway's, or the ingress controller's. */
function proxyIngressNamespaces(config: ThinkubeConfig): readonly string[] {
  if (config.network.proxyIngressNamespaces) return config.network.proxyIngressNamespaces;
  return config.exposure.mode === 'ingress' ? ['ingress'] : [config.exposure.httpRoute.gatewayNamespace];
}

/** The values the app gives the chart: the chart's type, with every field the app sets known to be set. */
export type HubValues = ReturnType<typeof hubChartValues>;
