/**
 * The JupyterHub chart values, built from the configuration (the composition layer: the one place that
 * maps config to the chart's values). Pure data: the same config always gives
 * the same values, and no secret is ever part of them (secrets are referenced by Secret name and key).
 */
import { createHash } from 'node:crypto';
import type { ThinkubeConfig } from '../config/load.js';
import { HUB_PYTHON_DIR } from '../config/project-files.js';
import type { GpuSchedulingProps, GpuToleration } from '../constructs/gpu/gpu-scheduling.js';
import { type RenderedImage, renderNotebookImage } from '../constructs/image/notebook-image.js';
import { type ChartImage, chartImage } from '../constructs/jupyterhub/chart-images.js';
import type { HubChartValues, ThinkubeAccessValues } from '../constructs/jupyterhub/chart-values.js';
import { hubPython } from '../constructs/jupyterhub/hub-python.js';
import { EPHEMERAL_STORAGE, profileList } from '../constructs/jupyterhub/profile-list.js';
import {
  IMAGE_PULL_SECRET,
  KEEP_USER_DATA_ANNOTATIONS,
  OIDC_CLIENT_SECRET,
  VALUES_HASH_ANNOTATION,
} from '../constructs/names.js';
import { toSpawnerMemory } from '../constructs/quantities.js';

/** Name of the shared volume in user pods (the key the access policy looks for). */
export const SHARED_VOLUME_NAME = 'shared';

/** Where the hub finds Keycloak's OpenID Connect endpoints for a realm. */
export function keycloakEndpoints(keycloakUrl: string, realm: string, backchannelUrl = keycloakUrl) {
  const path = `realms/${realm}/protocol/openid-connect`;
  return {
    issuer: `${keycloakUrl}/realms/${realm}`,
    // The browser's (front channel): the public URL.
    authorize: `${keycloakUrl}/${path}/auth`,
    logout: `${keycloakUrl}/${path}/logout`,
    // The hub's own calls (back channel): keycloak.backchannelUrl when set.
    token: `${backchannelUrl}/${path}/token`,
    userinfo: `${backchannelUrl}/${path}/userinfo`,
  };
}

/** The URLs of the hub that Keycloak must know: the only redirect URI and the post-logout landing page. */
export function hubUrls(hostname: string) {
  return {
    origin: `https://${hostname}`,
    oauthCallback: `https://${hostname}/hub/oauth_callback`,
    afterLogout: `https://${hostname}/hub/`,
  };
}

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
  const endpoints = keycloakEndpoints(config.keycloak.url, config.keycloak.realm, config.keycloak.backchannelUrl);
  const urls = hubUrls(config.hostname);
  const roles = config.roles;
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
  const profiles = profileList(config.profiles, gpu, gpuImage === defaultImage ? undefined : gpuImage.reference);
  const python = hubPython(HUB_PYTHON_DIR);
  const defaultProfile = config.profiles.find((p) => p.default) ?? config.profiles[0];
  if (!defaultProfile) throw new Error('profiles must hold at least one profile, got none');

  const resources = config.componentResources;
  const image = (name: ChartImage) => chartImage(config.chart.images, name);
  const activity = activityIntervals(config.culling.timeoutSeconds);
  const logoutUrl =
    `${endpoints.logout}?post_logout_redirect_uri=${encodeURIComponent(urls.afterLogout)}` +
    `&client_id=${encodeURIComponent(config.keycloak.clientId)}`;

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
        GenericOAuthenticator: {
          client_id: config.keycloak.clientId,
          // client_secret is not here: OAuthenticator reads OAUTH_CLIENT_SECRET, set from a Secret below.
          oauth_callback_url: urls.oauthCallback,
          authorize_url: endpoints.authorize,
          token_url: endpoints.token,
          userdata_url: endpoints.userinfo,
          logout_redirect_url: logoutUrl,
          login_service: 'Keycloak',
          username_claim: config.keycloak.usernameClaim,
          scope: [...config.keycloak.scopes],
          enable_pkce: true,
          // auth_state_groups_key is set by hub/thinkube_access.py: a callable that reads userinfo
          // (top-level group paths such as "/jupyterhub-users", and the hub client's roles) and returns
          // the groups of the roles they grant, which allowed_groups/admin_groups are compared with.
          // The same module decides profiles and caps from the same claims (decision 0003).
          manage_groups: true,
          allowed_groups: [roles.admin.group, roles.gpuUser.group, roles.user.group],
          admin_groups: [roles.admin.group],
          // Keep tokens and re-read them from Keycloak before each spawn: the role is decided from
          // them. hub/thinkube_access.py forces these on and refuses to start with refreshing off.
          enable_auth_state: true,
          refresh_pre_spawn: true,
          auth_refresh_age: config.access.authRefreshAgeSeconds,
        },
        KubeSpawner: {
          // Deleting a user in the hub must not delete their files.
          delete_pvc: false,
          // What Pod Security "restricted" asks of a user server (the chart sets the user and the
          // privilege escalation; these complete it). KubeSpawner merges it over what it generates.
          container_security_context: {
            runAsNonRoot: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          },
        },
      },
      extraEnv: {
        OAUTH_CLIENT_SECRET: { valueFrom: { secretKeyRef: { ...OIDC_CLIENT_SECRET } } },
      },
      db: {
        type: 'sqlite-pvc',
        pvc: {
          // The hub's database outlives a pruning sync and a cascading delete of the Application.
          annotations: { ...KEEP_USER_DATA_ANNOTATIONS },
          storage: config.storage.hubDatabase.capacity,
          storageClassName: config.storage.hubDatabase.storageClassName ?? refs.homeStorageClass,
        },
      },
      // Only DNS (kube-system), the Kubernetes API and Keycloak; the chart adds the proxy and user servers.
      networkPolicy: {
        enabled: true,
        egressAllowRules: DNS_ONLY,
        egress: [...keycloakEgress(config), kubernetesApiEgress(config)],
      },
      resources: resources.hub,
      // The image stays read-only: the hub writes only its database (the hub-db-dir volume at
      // /srv/jupyterhub) and temporary files (an emptyDir at /tmp). Shown starting on the test cluster.
      containerSecurityContext: { readOnlyRootFilesystem: true },
      extraVolumes: [{ name: 'hub-tmp', emptyDir: { sizeLimit: '256Mi' } }],
      extraVolumeMounts: [{ name: 'hub-tmp', mountPath: '/tmp' }],
      extraFiles: python.extraFiles,
      extraConfig: python.extraConfig,
    },
    // Read by hub/thinkube_access.py (get_config("custom.thinkube")): the roles, as data.
    custom: { thinkube: accessPolicy(config, refs) },
    proxy: {
      service: { type: 'ClusterIP' },
      // Reached only from the Gateway's or ingress controller's namespace (and, by the chart's own rules,
      // the hub); never straight from any pod of the cluster, around the route.
      chp: {
        ...image('proxy'),
        resources: resources.proxy,
        // configurable-http-proxy writes nothing and never calls the Kubernetes API.
        containerSecurityContext: { readOnlyRootFilesystem: true },
        extraPodSpec: { securityContext: RESTRICTED_POD, automountServiceAccountToken: false },
        networkPolicy: {
          enabled: true,
          allowedIngressPorts: [],
          ingress: [
            {
              from: proxyIngressNamespaces(config).map((name) => ({
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
              })),
              ports: [{ port: 'http' }],
            },
          ],
          egressAllowRules: DNS_ONLY,
          egress: [],
        },
      },
    },
    singleuser: {
      // The tag is the image spec's content hash (dist/images/): a package change changes it here too.
      image: { name: defaultImage.repository, tag: defaultImage.tag, pullSecrets: [IMAGE_PULL_SECRET.name] },
      // How often a server reports its own activity (kernels, the lab's requests) to the hub.
      extraEnv: { JUPYTERHUB_ACTIVITY_INTERVAL: String(activity.server) },
      // The iptables init container needs NET_ADMIN, which Pod Security "baseline" forbids; a homelab has
      // no cloud metadata server, and the singleuser network policy already denies private addresses.
      cloudMetadata: { blockWithIptables: false },
      // Public addresses, and only the private ones the config names; DNS only from kube-system.
      networkPolicy: {
        enabled: true,
        egressAllowRules: DNS_ONLY,
        egress: [
          { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...NON_PUBLIC_IPV4] } }] },
          ...config.network.userPrivateEgress.map((target) => ({
            to: [{ ipBlock: { cidr: target.cidr } }],
            ports: target.ports.map((port) => ({ port, protocol: 'TCP' as const })),
          })),
        ],
      },
      startTimeout: 300,
      cpu: { guarantee: defaultProfile.cpu.guarantee, limit: defaultProfile.cpu.limit },
      memory: {
        guarantee: toSpawnerMemory(defaultProfile.memory.guarantee),
        limit: toSpawnerMemory(defaultProfile.memory.limit),
      },
      // Node-local disk: without a limit one server can fill its node (profiles set their own).
      extraResource: {
        guarantees: { [EPHEMERAL_STORAGE]: defaultProfile.ephemeralStorage.guarantee },
        limits: { [EPHEMERAL_STORAGE]: defaultProfile.ephemeralStorage.limit },
      },
      storage: {
        type: 'dynamic',
        capacity: config.storage.home.capacity,
        homeMountPath: config.storage.home.mountPath,
        dynamic: { storageClass: refs.homeStorageClass, storageAccessModes: ['ReadWriteOnce'] },
        // The dict form (chart 4.x) so that a profile or a later values layer can replace one entry.
        extraVolumes: refs.sharedClaim
          ? {
              [SHARED_VOLUME_NAME]: {
                name: SHARED_VOLUME_NAME,
                persistentVolumeClaim: { claimName: refs.sharedClaim },
              },
            }
          : {},
        // Read-only here; hub/thinkube_access.py makes it writable for roles with sharedVolume read-write.
        extraVolumeMounts: refs.sharedClaim
          ? {
              [SHARED_VOLUME_NAME]: {
                name: SHARED_VOLUME_NAME,
                mountPath: config.storage.shared.mountPath,
                readOnly: true,
              },
            }
          : {},
      },
      profileList: profiles,
    },
    // The image-puller hook only works inside `helm install`; Argo CD and `helm template` render it as
    // plain objects that only slow a sync. The continuous pre-puller stays on for the default image, but
    // not for profile images: it would put the multi-gigabyte CUDA image on every node, GPU or not.
    prePuller: {
      hook: { enabled: false },
      pullProfileListImages: false,
      resources: resources.imagePuller,
      // The puller's containers only pull an image and sleep (pause); they write nothing.
      containerSecurityContext: { readOnlyRootFilesystem: true },
      pause: { ...image('prePullerPause'), containerSecurityContext: { readOnlyRootFilesystem: true } },
    },
    // The chart's own default, stated here so that GPU profiles (whose list replaces it) can repeat it.
    scheduling: {
      userPods: { tolerations: USER_POD_TOLERATIONS },
      // A kube-scheduler: it reads its config from a volume and talks to the API, nothing else.
      userScheduler: {
        ...image('userScheduler'),
        resources: resources.userScheduler,
        containerSecurityContext: { readOnlyRootFilesystem: true },
        extraPodSpec: { securityContext: RESTRICTED_POD },
      },
      // Placeholders are pause containers holding room for users: no writes, no API.
      userPlaceholder: {
        ...image('userPlaceholder'),
        containerSecurityContext: { readOnlyRootFilesystem: true },
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

  // The chart's own checksum annotations hash random secrets and are dropped (see names.ts); this one
  // hashes the values instead, so the hub restarts exactly when its configuration changes.
  return {
    ...values,
    hub: { ...values.hub, annotations: { [VALUES_HASH_ANNOTATION]: sha256(stableJson(values)) } },
  } satisfies HubChartValues;
}

/** The values the app gives the chart: the chart's type, with every field the app sets known to be set. */
export type HubValues = ReturnType<typeof hubChartValues>;

/** Chart 4.4.0's JupyterHub.last_activity_interval (its jupyterhub_config.py sets 60 over JupyterHub's 300). */
export const CHART_LAST_ACTIVITY_INTERVAL_SECONDS = 60;
/** jupyterhub-singleuser's default interval for its activity reports to the hub. */
export const SERVER_ACTIVITY_INTERVAL_SECONDS = 300;

/**
 * How often the hub learns that a server is in use: from the proxy's per-route traffic (`hub`,
 * JupyterHub.last_activity_interval, which also puts back the routes a restarted proxy lost) and from
 * the server's own reports of kernel and API activity (`server`, JUPYTERHUB_ACTIVITY_INTERVAL). The idle
 * culler judges by what the hub last learnt, so a short timeout with the 300 s reports would stop a
 * server whose kernel is busy with no browser attached: each is a quarter of the timeout at most, and
 * never longer than its default (the default 3600 s timeout keeps 60 s and 300 s).
 */
export function activityIntervals(cullTimeoutSeconds: number): { hub: number; server: number } {
  const quarter = Math.floor(cullTimeoutSeconds / 4);
  return {
    hub: Math.min(CHART_LAST_ACTIVITY_INTERVAL_SECONDS, quarter),
    server: Math.min(SERVER_ACTIVITY_INTERVAL_SECONDS, quarter),
  };
}

/** Every notebook image of the config, rendered (Containerfile, tag), by name. */
export function notebookImages(config: ThinkubeConfig): Map<string, RenderedImage> {
  return new Map(
    config.images.map((spec) => [
      spec.name,
      renderNotebookImage(spec, {
        registry: config.harbor.registry,
        project: config.harbor.project,
        source: config.notebookImage.source,
      }),
    ]),
  );
}

/** User servers tolerate the dedicated user-node taint (z2jh 4.4.0 `scheduling.userPods.tolerations`). */
export const USER_POD_TOLERATIONS: readonly GpuToleration[] = [
  { key: 'hub.jupyter.org/dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
  { key: 'hub.jupyter.org_dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
];

/** Pod-level security context of the chart's helper pods (their containers already run as nobody). */
const RESTRICTED_POD = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } as const;

/** The chart's built-in egress rules, all off but DNS to kube-system: the project states the rest itself. */
const DNS_ONLY = {
  cloudMetadataServer: false,
  dnsPortsCloudMetadataServer: false,
  dnsPortsKubeSystemNamespace: true,
  dnsPortsPrivateIPs: false,
  nonPrivateIPs: false,
  privateIPs: false,
} as const;

/**
 * IPv4 ranges that are not the public internet: private (RFC 1918), carrier-grade NAT (RFC 6598, which
 * some clusters use for pods), link-local (the cloud metadata server), loopback, "this network",
 * multicast and reserved.
 */
export const NON_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
] as const;

/**
 * A NetworkPolicy egress rule as JSON. The chart's schema leaves its policy rules open (`unknown[]`), and
 * cdk8s's Kubernetes types model ports as IntOrString objects, not JSON; this is the part the app writes.
 */
interface NetworkPolicyEgressRule {
  readonly to: readonly Record<string, unknown>[];
  readonly ports?: readonly { readonly port: number | string; readonly protocol: 'TCP' }[];
}

/** Namespaces whose pods may reach the proxy: the Gateway's, or the ingress controller's. */
function proxyIngressNamespaces(config: ThinkubeConfig): readonly string[] {
  if (config.network.proxyIngressNamespaces) return config.network.proxyIngressNamespaces;
  return config.exposure.mode === 'ingress' ? ['ingress'] : [config.exposure.httpRoute.gatewayNamespace];
}

/** Egress from the hub to the Kubernetes API server (KubeSpawner creates pods and volumes there). */
function kubernetesApiEgress(config: ThinkubeConfig): NetworkPolicyEgressRule {
  return {
    to: config.network.kubernetesApi.cidrs.map((cidr) => ({ ipBlock: { cidr } })),
    ports: config.network.kubernetesApi.ports.map((port) => ({ port, protocol: 'TCP' as const })),
  };
}

/** Egress from the hub to Keycloak: its public address range and, in-cluster, its namespace. */
function keycloakEgress(config: ThinkubeConfig): NetworkPolicyEgressRule[] {
  const ports = config.keycloak.networkEgress.ports.map((port) => ({ port, protocol: 'TCP' as const }));
  const rules: NetworkPolicyEgressRule[] = [
    {
      to: [
        {
          namespaceSelector: {
            matchLabels: { 'kubernetes.io/metadata.name': config.keycloak.networkEgress.namespace },
          },
        },
      ],
      ports,
    },
  ];
  if (config.keycloak.networkEgress.cidrs.length > 0) {
    rules.push({ to: config.keycloak.networkEgress.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports });
  }
  return rules;
}

/** What hub/thinkube_access.py needs besides the profile list: roles and the shared volume's name. */
function accessPolicy(config: ThinkubeConfig, refs: PlatformRefs): ThinkubeAccessValues {
  return {
    groupsClaim: config.keycloak.groupsClaim,
    rolesClaim: config.keycloak.rolesClaim,
    sharedVolumeName: refs.sharedClaim ? SHARED_VOLUME_NAME : null,
    gpu: config.gpu.enabled
      ? {
          resourceName: config.gpu.resourceName,
          capacityCacheSeconds: config.gpu.capacityCacheSeconds,
          apiTimeoutSeconds: config.gpu.apiTimeoutSeconds,
        }
      : null,
    roles: config.roles,
    recheckSeconds: config.access.recheckSeconds,
  };
}

/** JSON with object keys sorted, so equal values always hash the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
