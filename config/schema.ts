/**
 * The typed configuration of a thinkube-jupyterhub install: one YAML file, validated here at the edge.
 *
 * Every field carries a description and (where optional) a default; `npm run docs:config` turns this
 * schema into docs/configuration.md, and a test fails when that file is stale.
 */
import { z } from 'zod';
import {
  DEFAULT_INGRESS_CLASS,
  DEFAULT_REQUEST_TIMEOUT,
  GATEWAY_API_DURATION,
  INGRESS_TIMEOUT_SECONDS,
} from '../constructs/exposure/route-rules.js';
import { DEFAULT_GPU_RESOURCE } from '../constructs/gpu/gpu-rules.js';
import { CLAIM_NAME_PATTERN, HUB_ORIGIN_PATTERN } from '../constructs/identity/oidc-rules.js';
import { BASE_RELEASE_NAMES, baseReleaseOfTag } from '../constructs/image/base-release-rules.js';
import {
  DEFAULT_IMAGE_PLATFORMS,
  IMAGE_PLATFORMS,
  type ImagePlatform,
  isLabelSafe,
  NOTEBOOK_ENV,
} from '../constructs/image/image-rules.js';
import { CHART_REGISTRIES, CHART_REPOSITORIES } from '../constructs/jupyterhub/chart-image-rules.js';
import {
  OCI_SCHEME,
  ociRepositoryProblem,
  PUBLISHED_CHART_REPOSITORY,
} from '../constructs/jupyterhub/chart-repository-rules.js';
import {
  ARGOCD_DEFAULTS,
  DEFAULT_DELIVERY_MODE,
  DELIVERY_MODES,
  HELM_DEFAULTS,
} from '../constructs/jupyterhub/release-rules.js';
import { bytesOf } from '../constructs/quantities.js';
import { DEFAULT_HOME_PROVISIONER } from '../constructs/storage/storage-rules.js';

/** A DNS-1123 label: what Kubernetes accepts for namespaces and most object names. */
const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label (lower-case letters, digits and "-")')
  .max(63, 'must be at most 63 characters');

const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Bytes bounds of byteQuantity. */
const MIN_BYTES = 2 ** 20;
const MAX_BYTES = 1024 * 2 ** 40;

/** True when `path` is `dir` or lies inside it (both normalized absolute paths). */
export function isAtOrUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** A DNS-1123 subdomain: host names, StorageClass names. */
const dnsName = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'must be a lower-case DNS name such as "thinkube.example.org"',
  )
  .refine(
    (name) => name.split('.').every((label) => label.length <= 63),
    'each dot-separated part must be at most 63 characters',
  );

/**
 * A Kubernetes quantity of bytes in binary units, e.g. "10Gi", "512Mi": whole bytes, from 1Mi (less is no
 * container's memory and no volume) to 1024Ti (more is no homelab's, and past it the API server overflows).
 */
const byteQuantity = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti)$/, 'must be a binary byte quantity such as "512Mi" or "10Gi"')
  .superRefine((q, ctx) => {
    if (!/^[0-9.]+(Ki|Mi|Gi|Ti)$/.test(q)) return; // the regex reports it
    const bytes = bytesOf(q);
    const problem =
      bytes <= 0
        ? 'must be more than 0'
        : !Number.isInteger(bytes)
          ? 'must be a whole number of bytes'
          : bytes < MIN_BYTES || bytes > MAX_BYTES
            ? 'must be from 1Mi to 1024Ti'
            : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: q });
  });

/** A Kubernetes CPU quantity as LimitRange and ResourceQuota take it: cores ("2", "0.5") or millicores ("500m"). */
const cpuQuantity = z
  .string()
  .regex(/^([0-9]+(\.[0-9]{1,3})?|[0-9]+m)$/, 'must be a CPU quantity such as "2", "0.5" or "500m"')
  .refine((q) => Number.parseFloat(q) > 0, 'must be more than 0');

/**
 * CPU cores as a number, the unit KubeSpawner's cpu_limit uses: Kubernetes counts CPU in millicores, so
 * at least 0.001 and no finer; at most 1024 (no node has more, and a typo should not pass).
 */
const cpuCores = z
  .number()
  .min(0.001, 'must be at least 0.001 CPU cores (one millicore, the finest Kubernetes counts)')
  .max(1024, 'must be at most 1024 CPU cores')
  .refine(
    (cores) => Math.abs(Math.round(cores * 1000) - cores * 1000) < 1e-6,
    'must be whole millicores (at most 3 decimals)',
  );

/** No user name or password in a URL: it would be written into dist/ and git. */
const withoutCredentials = (u: string) => {
  try {
    const url = new URL(u);
    return url.username === '' && url.password === '';
  } catch {
    return true; // the URL check reports it
  }
};
const CREDENTIALS_IN_URL = 'must not carry a user name or password (they would be written into dist/ and git)';

const httpsUrl = z
  .string()
  .url('must be an absolute URL')
  .refine((u) => u.startsWith('https://') || u.startsWith('http://'), 'must be an http(s) URL')
  .refine((u) => !u.endsWith('/'), 'must not end with "/"')
  .refine(withoutCredentials, CREDENTIALS_IN_URL);

/** Loopback hosts, where http is not readable on the way (a developer's own Keycloak). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An https base URL without query or fragment (paths are appended to it); http only to a host
 * `httpAllowed` accepts, where what crosses the wire is not readable on the way. `refusal` says which.
 */
function baseUrl(httpAllowed: (host: string) => boolean, refusal: string) {
  return httpsUrl
    .refine((u) => {
      try {
        const url = new URL(u);
        return url.protocol === 'https:' || httpAllowed(url.hostname);
      } catch {
        return true; // the URL check reports it
      }
    }, refusal)
    .refine((u) => !/[?#]/.test(u), 'must not carry a query or fragment (the hub appends paths to it)');
}

const isLoopback = (host: string) => LOOPBACK_HOSTS.has(host);

/** An https base URL, http only on loopback (a developer's own Keycloak). */
const secureBaseUrl = baseUrl(
  isLoopback,
  'must be an https:// URL (http only on localhost: tokens and passwords cross it)',
);

/**
 * A cluster Service's name (`<service>.<namespace>.svc`, optionally followed by the cluster domain):
 * traffic to it stays on the cluster's own network, where the hub's NetworkPolicy decides who may talk.
 */
const CLUSTER_SERVICE_HOST =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?\.svc(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Like secureBaseUrl, and http also to a cluster Service (the hub's own calls, never a browser's). */
const backchannelBaseUrl = baseUrl(
  (host) => isLoopback(host) || CLUSTER_SERVICE_HOST.test(host),
  'must be an https:// URL (http only on localhost or to a cluster Service such as http://keycloak.keycloak.svc:8080)',
);

const semver = z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/, 'must be an exact version such as "4.4.0"');

const cidr = z
  .string()
  .regex(/^([0-9]{1,3}\.){3}[0-9]{1,3}\/[0-9]{1,2}$/, 'must be an IPv4 CIDR such as "192.168.1.0/24"')
  .refine((c) => {
    const [address = '', prefix = ''] = c.split('/');
    return address.split('.').every((octet) => Number(octet) <= 255) && Number(prefix) <= 32;
  }, 'must be an IPv4 CIDR: four numbers of at most 255 and a prefix of at most 32');

/**
 * Keys no configuration has, which would reach an object's prototype once the config becomes a
 * JavaScript object: refused by the loader (with the line) and by every map of the schema.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A map from config keys to values, refusing the keys that would reach an object's prototype. Keys are
 * checked here rather than by z.record, whose own key error says only "Invalid key in record".
 */
const safeRecord = <V extends z.ZodType>(key: z.ZodType<string>, value: V) =>
  z.record(z.string(), value).superRefine((record, ctx) => {
    for (const k of Object.keys(record)) {
      if (PROTOTYPE_KEYS.has(k)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is not allowed as a key`, input: k });
        continue;
      }
      const checked = key.safeParse(k);
      for (const problem of checked.success ? [] : checked.error.issues) {
        ctx.addIssue({ code: 'custom', path: [k], message: problem.message, input: k, params: { received: k } });
      }
    }
  });

/** Namespaces the cluster and its platform own: the hub must never relabel or fill them. */
export const RESERVED_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

/**
 * Namespaces of Thinkube's other parts (its Argo CD, Keycloak, Harbor, gateway and ingress, certificates,
 * storage and GPU operator): the hub never shares one, whatever this install's own settings name.
 */
export const PLATFORM_NAMESPACES = [
  'argocd',
  'keycloak',
  'harbor',
  'gateway',
  'ingress',
  'envoy-gateway-system',
  'cert-manager',
  'juicefs',
  'local-path-storage',
  'gpu-operator',
] as const;

/** A label or taint key as Kubernetes takes it: an optional DNS prefix and "/", then a name of at most 63. */
const qualifiedName = z.string().refine((key) => {
  const [prefix, name] = key.includes('/')
    ? [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)]
    : [undefined, key];
  if (prefix !== undefined && !DNS_SUBDOMAIN.test(prefix)) return false;
  return name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name);
}, 'must be a Kubernetes label key such as "nvidia.com/gpu.present" (an optional DNS prefix and "/", then letters, digits, "-", "_" or "." of at most 63)');

/** A label or taint value: empty, or at most 63 letters, digits, "-", "_" and ".", alphanumeric at both ends. */
const labelValue = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,
    'must be a Kubernetes label value (letters, digits, "-", "_" and ".", alphanumeric at both ends)',
  );

const toleration = z
  .object({
    key: qualifiedName.describe(
      'Taint key to tolerate (never empty: an empty key with `Exists` tolerates every taint).',
    ),
    operator: z.enum(['Exists', 'Equal']).default('Exists').describe('How the taint value is matched.'),
    value: labelValue.optional().describe('Taint value (with operator Equal, where it is required).'),
    effect: z
      .enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])
      .optional()
      .describe('Taint effect to tolerate; all effects when omitted.'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.operator === 'Equal' && t.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required with operator Equal', input: t.value });
    }
    if (t.operator === 'Exists' && t.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be left out with operator Exists (Kubernetes refuses a value there)',
        input: t.value,
      });
    }
  });

/**
 * Directories of the image's own system. A volume mounted over one (or over a directory holding one)
 * leaves the server without a shell, Python or certificates; one mounted inside those that the image
 * fills shadows part of them. NOTEBOOK_ENV is the image's Python environment.
 */
const SYSTEM_DIRECTORIES = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/run',
  '/sbin',
  '/sys',
  '/tmp',
  '/usr',
  '/var',
  NOTEBOOK_ENV,
];
const FILLED_SYSTEM_DIRECTORIES = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/sbin',
  '/sys',
  '/usr',
  NOTEBOOK_ENV,
];

/** A container mount path: absolute, normalized, not `/` and not over the image's system. */
const mountPath = z
  .string()
  .startsWith('/', 'must be an absolute path')
  .refine(
    (p) =>
      p === '/' ||
      (!p.endsWith('/') &&
        p
          .split('/')
          .slice(1)
          .every((part) => part !== '' && part !== '.' && part !== '..')),
    'must be a plain absolute path (no "//", ".", ".." or trailing "/")',
  )
  .refine((p) => p !== '/', 'must not be "/" (the volume would cover the whole image)')
  .refine(
    (p) => !SYSTEM_DIRECTORIES.some((dir) => isAtOrUnder(dir, p)),
    `must not be or hold a directory of the image's system (${SYSTEM_DIRECTORIES.join(', ')})`,
  )
  .refine(
    (p) => !FILLED_SYSTEM_DIRECTORIES.some((dir) => isAtOrUnder(p, dir)),
    `must not lie inside a directory the image fills (${FILLED_SYSTEM_DIRECTORIES.join(', ')})`,
  );

export const namespaceSchema = z
  .object({
    name: dnsLabel
      .refine(
        (name) => !(RESERVED_NAMESPACES as readonly string[]).includes(name),
        `must not be a namespace the cluster owns (${RESERVED_NAMESPACES.join(', ')}): the hub relabels and fills its namespace`,
      )
      .default('jupyterhub')
      .describe('Namespace of the hub, the proxy and every user server (a namespace of its own).'),
    podSecurity: z
      .enum(['privileged', 'baseline', 'restricted'])
      .default('restricted')
      .describe(
        'Pod Security Standard enforced on the namespace; `restricted` is always audited and warned. The ' +
          "chart's pods and the user servers (non-root, no capabilities, RuntimeDefault seccomp) all meet " +
          '`restricted` (decision 0005).',
      ),
    limitRange: z
      .object({
        defaultCpu: cpuQuantity.default('1').describe('CPU limit for containers that set none.'),
        defaultMemory: byteQuantity.default('1Gi').describe('Memory limit for containers that set none.'),
        defaultCpuRequest: cpuQuantity.default('100m').describe('CPU request for containers that set none.'),
        defaultMemoryRequest: byteQuantity.default('256Mi').describe('Memory request for containers that set none.'),
      })
      .strict()
      .prefault({})
      .describe('LimitRange defaults for containers that declare no resources.'),
    quota: z
      .object({
        enabled: z.boolean().default(false).describe('Emit a ResourceQuota for the namespace.'),
        cpu: cpuQuantity.default('32').describe('Total CPU limits of all pods.'),
        memory: byteQuantity.default('128Gi').describe('Total memory limits of all pods.'),
        gpus: z.number().int().nonnegative().default(2).describe('Total GPUs requested by all pods.'),
        storage: byteQuantity.default('1Ti').describe('Total storage requested by all PVCs.'),
        persistentVolumeClaims: z.number().int().positive().default(200).describe('Number of PVCs.'),
      })
      .strict()
      .prefault({})
      .describe('Optional ResourceQuota: a ceiling on everything the namespace may use at once.'),
  })
  .strict();

export const keycloakSchema = z
  .object({
    url: secureBaseUrl
      .optional()
      .describe(
        'Base URL of Keycloak (no trailing slash, no query; http only on localhost). Default: `https://auth.<domain>`.',
      ),
    backchannelUrl: backchannelBaseUrl
      .optional()
      .describe(
        "Base URL the hub itself calls Keycloak at for tokens and userinfo (the browser always uses `url`), e.g. Keycloak's " +
          'in-cluster Service `http://keycloak.keycloak.svc:8080`, so the hub does not go out through the ingress and back. ' +
          'Keycloak must issue tokens for `url` whichever way it is reached (its `hostname` option set to `url`). ' +
          'https, or http only on localhost or to a cluster Service (`<service>.<namespace>.svc[.<cluster domain>]`). Default: `url`.',
      ),
    realm: dnsLabel.default('thinkube').describe('Realm that holds the hub client and the groups.'),
    clientId: dnsLabel.default('jupyterhub').describe('OpenID client id of the hub in the realm.'),
    scopes: z
      .array(
        z
          .string()
          .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'must be one OAuth scope (no spaces, quotes or backslashes)')
          .refine(
            (scope) => scope !== 'offline_access',
            'must not be offline_access: an offline token outlives the Keycloak session, and the hub re-checks access through it',
          ),
      )
      .default(['openid', 'profile', 'email'])
      .describe('OAuth scopes the hub asks for, one per entry; `openid` is required, `offline_access` refused.')
      .refine((s) => s.includes('openid'), 'must include "openid"'),
    usernameClaim: z
      .string()
      .regex(CLAIM_NAME_PATTERN, 'must be a plain claim name such as "preferred_username" (not empty, no dots)')
      .default('preferred_username')
      .describe('Userinfo claim that becomes the JupyterHub user name.'),
    groupsClaim: z
      .string()
      .regex(CLAIM_NAME_PATTERN, 'must be a plain claim name such as "groups" (not empty, no dots)')
      .default('groups')
      .describe('Userinfo claim that carries the group names.'),
    rolesClaim: z
      .string()
      .regex(CLAIM_NAME_PATTERN, 'must be a plain claim name such as "hub_roles" (no dots)')
      .default('hub_roles')
      .describe(
        "Userinfo claim that carries the hub client's roles (the identity stack's role mapper). " +
          'The hub reads a role from it or from a group, so a role can be granted to one person without a group.',
      ),
    createGroups: z
      .boolean()
      .default(true)
      .describe(
        'The identity stack creates the role groups in the realm. `false`: they exist already and are only ' +
          'looked up (their other role mappings are left alone).',
      ),
    extraHubOrigins: z
      .array(
        z
          .string()
          .regex(
            HUB_ORIGIN_PATTERN,
            'must be an origin such as "https://notebooks.lan:8443" (scheme, host and optional port, no path)',
          ),
      )
      .default([])
      .describe(
        'Further origins the hub is reached at (a LAN name during bring-up, a port-forward): the Keycloak ' +
          'client also accepts their callback, web origin and post-logout page. The public host is always one.',
      ),
    networkEgress: z
      .object({
        cidrs: z
          .array(cidr)
          .default([])
          .describe(
            "Address ranges that Keycloak's public host name resolves to (the ingress or gateway address). " +
              'The hub network policy allows egress to them.',
          ),
        namespace: dnsLabel
          .default('keycloak')
          .describe('Namespace of the Keycloak pods, reached directly by the hub network policy.'),
        ports: z
          .array(z.number().int().min(1).max(65535))
          .default([443, 8080, 8443])
          .describe('TCP ports the hub may open to Keycloak.'),
      })
      .strict()
      .prefault({})
      .describe('Network policy egress rules that let the hub reach Keycloak with policies left on.'),
  })
  .strict();

export const harborSchema = z
  .object({
    registry: z
      .string()
      .max(253, 'must be at most 253 characters')
      .regex(
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?$/,
        'must be a registry host such as "registry.thinkube.example.org" (a port may follow: ":8443")',
      )
      .optional()
      .describe('Harbor host (and port, when not 443), as image references name it. Default: `registry.<domain>`.'),
    project: dnsLabel.default('thinkube').describe('Harbor project that holds the notebook images.'),
    createProject: z
      .boolean()
      .default(false)
      .describe(
        "The registry stack creates the project. `false`: the project exists already (Thinkube's core " +
          'owns it) and only its robots are managed.',
      ),
    robots: z
      .object({
        pullExpiresInDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(365)
          .describe('Lifetime of the pull-only robot the cluster pulls notebook images with.'),
        pushExpiresInDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(90)
          .describe('Lifetime of the push robot image builds use.'),
      })
      .strict()
      .prefault({})
      .describe('Harbor robot accounts: least privilege, always expiring.'),
    plainHttp: z
      .boolean()
      .default(false)
      .describe(
        'Harbor answers plain HTTP only (a lab or test registry): the chart mirror (`oci://` ' +
          '`chart.repository`) is pushed by `npm run chart -- mirror` and read by Argo CD without TLS. ' +
          'Anyone on the way can read and swap what crosses: only for a registry on a network you trust.',
      ),
  })
  .strict();

export const terraformSchema = z
  .object({
    backend: z
      .enum(['local', 'kubernetes'])
      .default('local')
      .describe(
        'Where the stacks keep their state (it holds secrets). `local`: `.terraform-state/<stack>.tfstate` ' +
          'beside the output folder (git-ignored). `kubernetes`: a Secret per stack in `stateNamespace`, ' +
          'through the current kubeconfig (`KUBE_CONFIG_PATH`).',
      ),
    stateNamespace: dnsLabel
      .default('thinkube-jupyterhub-state')
      .describe(
        "With the kubernetes backend: the namespace of the state Secrets, never the hub's (the hub's Role " +
          'reads Secrets there). Synth adds it to `dist/k8s/0000-namespace.k8s.yaml`; uninstall never deletes it.',
      ),
    stateSecretSuffix: dnsLabel
      .default('thinkube-jupyterhub')
      .describe('With the kubernetes backend: state Secrets are `tfstate-default-<suffix>-<stack>`.'),
  })
  .strict();

const ociTag = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'must be an OCI tag')
  .refine((t) => t !== 'latest', 'must be a pinned tag, not "latest"');

/** A registry and a path below it, as image names begin: `registry.thinkube.example.org/quay`. */
const registryPath = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/,
    'must be a registry host with an optional path, such as "registry.thinkube.example.org/quay" (no scheme)',
  );

/** A key that must be one of `allowed` (z.enum's own message would be the raw "Invalid option"). */
const oneOf = (allowed: readonly string[]) =>
  z.string().refine((key) => allowed.includes(key), `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);

const chartImagesSchema = z
  .object({
    mirrors: safeRecord(oneOf(CHART_REGISTRIES), registryPath)
      .default({})
      .describe(
        "Pull the chart's images through a mirror, by upstream registry: `quay.io: registry.<domain>/quay` " +
          'pulls `quay.io/jupyterhub/k8s-hub` as `registry.<domain>/quay/jupyterhub/k8s-hub` (a Harbor ' +
          'proxy-cache project, or a registry the images were copied into). Default: from upstream.',
      ),
    tags: safeRecord(oneOf(CHART_REPOSITORIES), ociTag)
      .default({})
      .describe(
        "Another tag than chart 4.4.0's for one of its images, by upstream repository, e.g. " +
          '`registry.k8s.io/kube-scheduler: v1.30.15` (a patched release).',
      ),
    pullWithSecret: z
      .boolean()
      .default(false)
      .describe(
        "The chart's pods pull their images with the Harbor pull Secret, as user servers do: for mirrors " +
          "inside `harbor.project` (the pull robot's only project) when it is private.",
      ),
  })
  .strict();

/** `chart.repository`: an https Helm repository, or an OCI repository (cross-checks tie it to Harbor). */
const chartRepositoryUrl = z.string().superRefine((value, ctx) => {
  if (value.startsWith(OCI_SCHEME)) {
    const problem = ociRepositoryProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return;
  }
  if (!value.startsWith('https://')) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be an https:// Helm repository URL (a chart fetched over http can be swapped on the way) ' +
        'or an oci:// repository such as "oci://registry.thinkube.example.org/thinkube/charts"',
    });
    return;
  }
  const url = httpsUrl.safeParse(value);
  if (!url.success) for (const issue of url.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
});

export const chartSchema = z
  .object({
    name: z.literal('jupyterhub').default('jupyterhub').describe('Chart name (the official chart only).'),
    version: semver.default('4.4.0').describe('Pinned version of the JupyterHub Helm chart.'),
    repository: chartRepositoryUrl
      .default(PUBLISHED_CHART_REPOSITORY)
      .describe(
        "Where the chart comes from: a Helm repository over `https://` (the chart's published one by default), " +
          'or, as an air-gapped Thinkube serves it, an OCI repository in Harbor, ' +
          '`oci://<harbor.registry>/<harbor.project>/charts`, filled by `npm run chart -- mirror` and read by ' +
          'Argo CD with the pull robot (delivery.mode argocd; helm mode takes an `oci://` chart in ' +
          '`delivery.helm.chartRef`).',
      ),
    releaseName: dnsLabel.default('jupyterhub').describe('Helm release name.'),
    images: chartImagesSchema
      .prefault({})
      .describe("Where the chart's own images (hub, proxy, user scheduler, pause) are pulled from."),
  })
  .strict();

export const deliverySchema = z
  .object({
    mode: z
      .enum(DELIVERY_MODES)
      .default(DEFAULT_DELIVERY_MODE)
      .describe(
        '`argocd`: an Argo CD Application renders the pinned chart in the cluster. ' +
          '`helm`: the chart is rendered at synth time (needs the `helm` CLI) and applied with kubectl.',
      ),
    argocd: z
      .object({
        namespace: dnsLabel
          .default(ARGOCD_DEFAULTS.namespace)
          .describe('Namespace Argo CD runs in (where the Application lives).'),
        project: dnsLabel.default(ARGOCD_DEFAULTS.project).describe('Argo CD project of the Application.'),
        destinationServer: httpsUrl
          .default(ARGOCD_DEFAULTS.destinationServer)
          .describe('Cluster the Application deploys to.'),
        selfHeal: z
          .boolean()
          .default(ARGOCD_DEFAULTS.selfHeal)
          .describe('Revert changes made to the live objects by hand.'),
        prune: z.boolean().default(ARGOCD_DEFAULTS.prune).describe('Delete objects that left the chart.'),
      })
      .strict()
      .prefault({})
      .describe('Argo CD Application settings (delivery.mode argocd).'),
    helm: z
      .object({
        chartRef: z
          .string()
          .min(1)
          .refine(
            (ref) => !ref.startsWith('-'),
            'must be a chart path or reference, not a helm option (it starts with "-")',
          )
          .optional()
          .describe(
            'Local chart directory, .tgz or `oci://` reference for air-gapped installs. ' +
              'Default: the chart from `chart.repository`.',
          ),
        executable: z
          .string()
          .min(1)
          .refine((exe) => !exe.startsWith('-'), 'must be a program name or path, not an option (it starts with "-")')
          .default(HELM_DEFAULTS.executable)
          .describe('The helm CLI to run (name on PATH or a path).'),
        kubeVersion: semver
          .default(HELM_DEFAULTS.kubeVersion)
          .describe('Kubernetes version the chart is rendered for (`helm template --kube-version`).'),
      })
      .strict()
      .prefault({})
      .describe('helm CLI settings (delivery.mode helm).'),
  })
  .strict();

export const exposureSchema = z
  .object({
    mode: z
      .enum(['ingress', 'httproute'])
      .default('httproute')
      .describe('`ingress`: a networking.k8s.io Ingress. `httproute`: a Gateway API HTTPRoute.'),
    ingress: z
      .object({
        className: z
          .string()
          .min(1)
          .default(DEFAULT_INGRESS_CLASS)
          .describe('IngressClass (MicroK8s calls its class `public`).'),
        tlsSecretName: dnsName
          .optional()
          .describe('Existing TLS Secret for the host. Default: `<host with dots as dashes>-tls`.'),
        clusterIssuer: dnsName
          .optional()
          .describe('cert-manager ClusterIssuer that issues the TLS Secret; none when omitted.'),
        timeoutSeconds: z
          .number()
          .int()
          .min(
            INGRESS_TIMEOUT_SECONDS.minimum,
            `must be at least ${INGRESS_TIMEOUT_SECONDS.minimum} seconds: kernel WebSockets and uploads are cut sooner`,
          )
          .default(INGRESS_TIMEOUT_SECONDS.default)
          .describe('Proxy read/send timeout: long, so idle kernel WebSockets stay open.'),
        maxBodySize: z.string().default('512m').describe('Largest upload through the Ingress (nginx syntax).'),
      })
      .strict()
      .prefault({})
      .describe('Ingress settings (exposure.mode ingress).'),
    httpRoute: z
      .object({
        gatewayName: dnsName.default('thinkube-gateway').describe('Parent Gateway of the route.'),
        gatewayNamespace: dnsLabel.default('gateway').describe('Namespace of the parent Gateway.'),
        sectionName: dnsLabel.optional().describe('Listener of the Gateway to attach to; all when omitted.'),
        requestTimeout: z
          .string()
          .regex(GATEWAY_API_DURATION, 'must be a Gateway API duration such as "1h"')
          .default(DEFAULT_REQUEST_TIMEOUT)
          .describe('Request timeout of the route; long, so kernel WebSockets are not cut.'),
      })
      .strict()
      .prefault({})
      .describe('HTTPRoute settings (exposure.mode httproute).'),
  })
  .strict();

export const storageSchema = z
  .object({
    home: z
      .object({
        storageClassName: dnsName.default('jupyterhub-home').describe('StorageClass made for user homes.'),
        provisioner: z
          .string()
          .min(1)
          .default(DEFAULT_HOME_PROVISIONER)
          .describe('Provisioner of the home StorageClass.'),
        parameters: safeRecord(z.string(), z.string())
          .default({})
          .describe('Provisioner parameters of the home StorageClass.'),
        capacity: byteQuantity
          .default('10Gi')
          .describe(
            "The smallest home: the chart's singleuser.storage.capacity, and the floor under every role's limits.homeStorage (each user's home is made at the role's size).",
          ),
        mountPath: mountPath.default('/home/jovyan').describe('Where the home is mounted.'),
      })
      .strict()
      .prefault({})
      .describe('StorageClass and size of the per-user home volumes.'),
    shared: z
      .object({
        enabled: z.boolean().default(true).describe('Mount one shared ReadWriteMany volume in every server.'),
        pvcName: dnsName.default('jupyterhub-shared').describe('Name of the shared PVC.'),
        storageClassName: dnsName
          .default('juicefs-sc')
          .describe('StorageClass of the shared volume; must support ReadWriteMany (JuiceFS, NFS, CephFS).'),
        capacity: byteQuantity.default('100Gi').describe('Size of the shared volume.'),
        mountPath: mountPath
          .default('/home/jovyan/shared')
          .describe('Where the shared volume is mounted in user servers.'),
      })
      .strict()
      .prefault({})
      .describe('The shared ReadWriteMany volume for common notebooks and data.'),
    hubDatabase: z
      .object({
        capacity: byteQuantity.default('1Gi').describe('Size of the hub database PVC (sqlite).'),
        storageClassName: dnsName
          .optional()
          .describe('StorageClass of the hub database PVC. Default: the home StorageClass.'),
      })
      .strict()
      .prefault({})
      .describe('The hub database volume.'),
  })
  .strict();

export const gpuSchema = z
  .object({
    enabled: z.boolean().default(false).describe('Offer GPU profiles; without this, GPU profiles are left out.'),
    resourceName: z
      .string()
      .regex(/^[a-z0-9.-]+\/[a-z0-9.-]+$/, 'must be an extended resource name such as "nvidia.com/gpu"')
      .default(DEFAULT_GPU_RESOURCE)
      .describe('Extended resource that GPU profiles ask for.'),
    nodeSelector: safeRecord(qualifiedName, labelValue)
      .default({ 'nvidia.com/gpu.present': 'true' })
      .describe('Node labels GPU servers are scheduled on.'),
    tolerations: z
      .array(toleration)
      .default([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }])
      .describe('Taints of GPU nodes that GPU servers tolerate.'),
    runtimeClassName: dnsName
      .optional()
      .describe('RuntimeClass for GPU servers (e.g. `nvidia` on MicroK8s with the GPU operator).'),
    capacityCacheSeconds: z
      .number()
      .int()
      .min(1)
      .max(600)
      .default(30)
      .describe(
        'How long the hub trusts its last look at the nodes: GPU profiles are offered only while some ' +
          'schedulable node has the resource in its allocatable.',
      ),
    apiTimeoutSeconds: z
      .number()
      .min(0.5)
      .max(30)
      .default(3)
      .describe('How long the hub waits for the node list; slower, and GPU profiles are hidden (logged).'),
  })
  .strict();

/** Text shown in the spawn form: plain text (the hub escapes it too; KubeSpawner's template does not). */
const plainText = z
  .string()
  .max(500, 'must be at most 500 characters')
  .regex(/^[^<>]*$/, 'must be plain text, without "<" or ">" (markup would run on the hub\'s pages)');

export const profileSchema = z
  .object({
    slug: dnsLabel.describe('Stable identifier of the profile (used in the spawn form and role lists).'),
    displayName: plainText.min(1).describe('Name shown in the spawn form (plain text).'),
    description: plainText.default('').describe('Text shown under the name (plain text).'),
    default: z.boolean().default(false).describe('Selected by default (at most one profile).'),
    cpu: z
      .object({
        guarantee: cpuCores.describe('CPU cores reserved for the server.'),
        limit: cpuCores.describe('CPU cores the server may use at most.'),
      })
      .strict()
      .describe('CPU of the server, in cores.'),
    memory: z
      .object({
        guarantee: byteQuantity.describe('Memory reserved for the server.'),
        limit: byteQuantity.describe('Memory the server may use at most.'),
      })
      .strict()
      .describe('Memory of the server, as binary quantities.'),
    gpus: z.number().int().nonnegative().default(0).describe('GPUs of the server; a GPU profile when above 0.'),
    ephemeralStorage: z
      .object({
        guarantee: byteQuantity
          .default('1Gi')
          .describe('Node disk reserved for the server (container layers, /tmp, logs).'),
        limit: byteQuantity.default('10Gi').describe('Node disk the server may fill before it is evicted.'),
      })
      .strict()
      .prefault({})
      .describe(
        "Node-local disk of the server outside its volumes. Without a limit one user can fill a node's disk " +
          '(hostpath volumes do not enforce their size either).',
      ),
  })
  .strict();

const roleSchema = (clientRole: string) =>
  z
    .object({
      clientRole: dnsLabel
        .default(clientRole)
        .describe("Client role of the hub's Keycloak client that grants this role (given to `group`, or to a person)."),
      group: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a short Keycloak group name (no "/" path)')
        .describe(
          'Top-level Keycloak group whose members have this role (its name; the hub reads the path `/<group>`).',
        ),
      profiles: z.array(dnsLabel).min(1).describe('Slugs of the profiles this role may start.'),
      limits: z
        .object({
          cpu: cpuCores.describe('Most CPU cores a server of this role may have.'),
          memory: byteQuantity.describe('Most memory a server of this role may have.'),
          gpus: z.number().int().nonnegative().describe('Most GPUs a server of this role may have.'),
          homeStorage: byteQuantity.describe(
            'Size of the home volume made for a user of this role at the first server start, and the most any server of the role may ask for. A home keeps the size it was made with (KubeSpawner never resizes a claim).',
          ),
          ephemeralStorage: byteQuantity
            .default('20Gi')
            .describe('Most node-local disk (ephemeral storage) a server of this role may use.'),
        })
        .strict()
        .describe('Caps enforced for this role: no profile or request may exceed them.'),
      sharedVolume: z.enum(['read-only', 'read-write']).describe('Access of this role to the shared volume.'),
    })
    .strict();

export const rolesSchema = z
  .object({
    admin: roleSchema('admin').describe('JupyterHub admins: may log in, are admins, largest limits.'),
    gpuUser: roleSchema('gpu-user').describe('Users who may start GPU profiles.'),
    user: roleSchema('user').describe('Everyone else who may log in.'),
  })
  .strict();

const imageName = z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be an image name such as "jupyter-notebook"');

const debianPackage = z.string().regex(/^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+)?$/, 'must be a Debian package name');

/** Python requirement name → exact version; a version range would make the image tag lie. */
const pinnedPackages = safeRecord(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?$/, 'must be a Python package name'),
  z.string().regex(/^[0-9][0-9A-Za-z.+!-]*$/, 'must be an exact version such as "2.2.3" (no ranges)'),
);

export const imageSpecSchema = z
  .object({
    name: imageName.describe('Repository name of the image inside the Harbor project.'),
    description: z
      .string()
      .max(500, 'must be at most 500 characters')
      .refine(
        isLabelSafe,
        'must be one line without control characters or backslashes (it becomes a Containerfile label)',
      )
      .default('')
      .describe('What the image is for (an OCI description label).'),
    base: z
      .object({
        repository: z
          .string()
          .regex(/^[a-z0-9]+([._/:-][a-z0-9]+)*$/, 'must be an image repository such as "dockerhub/library/debian"')
          .describe(
            'Base image. A path without a registry host is taken from the Harbor registry (its proxy-cache ' +
              'projects mirror Docker Hub and NVIDIA); `localhost/...` is a local image.',
          ),
        tag: ociTag.describe('Pinned tag of the base image.'),
        digest: z
          .string()
          .regex(/^sha256:[0-9a-f]{64}$/, 'must be a sha256 digest')
          .optional()
          .describe('Digest of the base image, pinned where known.'),
        release: z
          .enum(BASE_RELEASE_NAMES as [string, ...string[]])
          .optional()
          .describe(
            "The base's Debian or Ubuntu release, which decides its Python and C library (the wheels every " +
              'pinned package must have). Default: read from the tag (`trixie-20261110-slim`, `...-ubuntu24.04`).',
          ),
      })
      .strict()
      .superRefine((base, ctx) => {
        if (base.release === undefined && baseReleaseOfTag(base.tag) === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['tag'],
            message:
              'names no Debian or Ubuntu release this project knows the Python of: set base.release to one of ' +
              BASE_RELEASE_NAMES.join(', '),
          });
        }
      })
      .describe('The Debian or Ubuntu image the notebook image starts from (its Python comes from apt).'),
    aptPackages: z.array(debianPackage).default([]).describe('System packages (libraries the Python stack needs).'),
    devTools: z.array(debianPackage).default([]).describe('Developer tools for users (git, an editor, build tools).'),
    pythonPackages: pinnedPackages.describe(
      'The Python stack, pinned exactly; must include jupyterhub at the hub version and jupyterlab.',
    ),
    labExtensions: pinnedPackages.default({}).describe('JupyterLab extensions (pip packages), pinned exactly.'),
    pipVersion: z
      .string()
      .regex(/^[0-9]+\.[0-9]+(\.[0-9]+)?$/, 'must be an exact pip version')
      .default('25.3')
      .describe("pip in the image, for users' own `pip install --user`."),
    uvVersion: z
      .string()
      .regex(/^[0-9]+\.[0-9]+\.[0-9]+$/, 'must be an exact uv version')
      .default('0.13.9')
      .describe('uv, which installs the pinned Python stack and extensions (with a build cache).'),
    gpu: z.boolean().default(false).describe('A GPU variant (its base carries CUDA).'),
    platforms: z
      .array(z.enum(Object.keys(IMAGE_PLATFORMS) as [ImagePlatform, ...ImagePlatform[]]))
      .min(1, 'must name at least one platform')
      .refine((list) => new Set(list).size === list.length, 'must not name a platform twice')
      .default([...DEFAULT_IMAGE_PLATFORMS])
      .describe(
        'The platforms built and pushed as one manifest list under the tag (Thinkube has x86-64 and arm64 ' +
          "nodes). Other platforms than the build machine's are built under emulation (qemu-user-static) or " +
          'by a builder of that platform (`npm run image -- build --builder`).',
      ),
  })
  .strict();

export const notebookImageSchema = z
  .object({
    default: imageName.default('jupyter-notebook').describe('Image of CPU profiles (a name from `images`).'),
    gpu: imageName.optional().describe('Image of GPU profiles (a name from `images`). Default: the `default` image.'),
    source: z
      .string()
      .url('must be a URL')
      .refine((u) => u.startsWith('https://'), 'must be an https:// URL')
      .refine(
        (u) => isLabelSafe(u) && !/["\s]/.test(u),
        'must be one URL without spaces, quotes, control characters or backslashes (it becomes a Containerfile label)',
      )
      .refine(withoutCredentials, CREDENTIALS_IN_URL)
      .default('https://github.com/thinkube/thinkube-jupyterhub')
      .describe('Source repository recorded in the images (org.opencontainers.image.source).'),
  })
  .strict();

const egressTarget = z
  .object({
    cidr: cidr.describe('Destination address range.'),
    ports: z.array(z.number().int().min(1).max(65535)).min(1).describe('TCP ports allowed to it.'),
  })
  .strict();

export const networkSchema = z
  .object({
    kubernetesApi: z
      .object({
        cidrs: z
          .array(cidr)
          .min(1)
          .default(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'])
          .describe(
            'Where the Kubernetes API server is, as NetworkPolicy sees it (after the Service is resolved: the ' +
              'control-plane node addresses). Narrow it to your nodes.',
          ),
        ports: z
          .array(z.number().int().min(1).max(65535))
          .min(1)
          .default([443, 6443, 16443])
          .describe('API server ports (MicroK8s serves on 16443).'),
      })
      .strict()
      .prefault({})
      .describe('The hub talks to the Kubernetes API (KubeSpawner); its egress allows only these.'),
    userPrivateEgress: z
      .array(egressTarget)
      .default([])
      .describe(
        'Private or cluster addresses user servers may reach (a model server, a database). Everything private, ' +
          'link-local, carrier-grade NAT and the cloud metadata server is closed to them otherwise.',
      ),
    proxyIngressNamespaces: z
      .array(dnsLabel)
      .optional()
      .describe(
        'Namespaces whose pods may reach the proxy (the Gateway or ingress controller). Default: ' +
          '`exposure.httpRoute.gatewayNamespace`, or `ingress` (MicroK8s) with exposure.mode ingress.',
      ),
  })
  .strict();

export const cullingSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Stop servers that have been idle.'),
    timeoutSeconds: z
      .number()
      .int()
      .min(60)
      .default(3600)
      .describe(
        'Idle time after which a server stops (at least 60). The hub learns of activity every quarter of it at ' +
          "most: from the proxy every 60 s (the chart's last_activity_interval), from the servers every 300 s.",
      ),
    everySeconds: z.number().int().positive().default(600).describe('How often the culler looks.'),
    maxAgeSeconds: z
      .number()
      .int()
      .nonnegative()
      .default(604800)
      .describe(
        'Stop servers older than this even when busy (a week by default), so that nothing granted at spawn time ' +
          '(a GPU, a writable shared volume) outlives a change in Keycloak by more than this; 0 means never.',
      ),
  })
  .strict();

/** The hub's authentication and access re-checks: how soon a change in Keycloak reaches the hub. */
export const accessSchema = z
  .object({
    authRefreshAgeSeconds: z
      .number()
      .int()
      .min(30)
      .max(3600, 'must be at most 3600 seconds: a longer age leaves a demotion unnoticed for as long')
      .default(300)
      .describe(
        "How old a user's auth state may be before a request re-reads it from Keycloak (JupyterHub's " +
          '`auth_refresh_age`); a spawn always re-reads it. The hub refuses to start with more than 3600.',
      ),
    recheckSeconds: z
      .number()
      .int()
      .min(30)
      .max(3600, 'must be at most 3600 seconds')
      .default(300)
      .describe(
        'How often the hub re-asks Keycloak about every user with a running server, requests or not: a ' +
          'disabled, deleted or demoted person loses what the role granted within this time.',
      ),
  })
  .strict();

/** Requests and limits of one of the chart's own containers. */
function containerResources(defaults: { cpu: [string, string]; memory: [string, string] }, what: string) {
  return z
    .object({
      requests: z
        .object({
          cpu: cpuQuantity.default(defaults.cpu[0]).describe('CPU reserved.'),
          memory: byteQuantity.default(defaults.memory[0]).describe('Memory reserved.'),
        })
        .strict()
        .prefault({})
        .describe('What the scheduler reserves.'),
      limits: z
        .object({
          cpu: cpuQuantity.default(defaults.cpu[1]).describe('CPU at most.'),
          memory: byteQuantity.default(defaults.memory[1]).describe('Memory at most (the container is killed above).'),
        })
        .strict()
        .prefault({})
        .describe('What the container may use at most.'),
    })
    .strict()
    .prefault({})
    .describe(what);
}

export const componentResourcesSchema = z
  .object({
    hub: containerResources({ cpu: ['200m', '1'], memory: ['512Mi', '1Gi'] }, 'The hub (JupyterHub, KubeSpawner).'),
    proxy: containerResources(
      { cpu: ['100m', '1'], memory: ['256Mi', '512Mi'] },
      'configurable-http-proxy, which every request passes through.',
    ),
    userScheduler: containerResources(
      { cpu: ['50m', '500m'], memory: ['256Mi', '512Mi'] },
      'The user scheduler (a kube-scheduler packing user pods).',
    ),
    imagePuller: containerResources(
      { cpu: ['1m', '100m'], memory: ['8Mi', '32Mi'] },
      'The continuous image puller (pause containers that keep the notebook image on every node).',
    ),
  })
  .strict();

/** Every field's own rules; config-schema.ts adds the rules that span fields. */
export const configObjectSchema = z
  .object({
    domain: dnsName.describe('Base domain of the Thinkube install, e.g. `thinkube.example.org`.'),
    hostname: dnsName.optional().describe('Public host name of the hub. Default: `notebooks.<domain>`.'),
    namespace: namespaceSchema.prefault({}).describe('The hub namespace.'),
    keycloak: keycloakSchema.prefault({}).describe('Keycloak single sign-on.'),
    harbor: harborSchema.prefault({}).describe('Harbor image registry.'),
    chart: chartSchema.prefault({}).describe('The official JupyterHub Helm chart.'),
    delivery: deliverySchema.prefault({}).describe('How the chart reaches the cluster.'),
    exposure: exposureSchema.prefault({}).describe('How the hub is reached from outside the cluster.'),
    storage: storageSchema.prefault({}).describe('User homes, shared data and the hub database.'),
    gpu: gpuSchema.prefault({}).describe('GPU nodes and GPU profiles.'),
    profiles: z.array(profileSchema).min(1).describe('Server sizes offered in the spawn form.'),
    roles: rolesSchema.describe('What each Keycloak group may do.'),
    images: z.array(imageSpecSchema).min(1).describe('Notebook images, built from these specs (npm run image).'),
    notebookImage: notebookImageSchema.prefault({}).describe('Which of `images` the hub runs.'),
    culling: cullingSchema.prefault({}).describe('Idle server culling.'),
    access: accessSchema.prefault({}).describe("How soon a change in Keycloak reaches the hub's users."),
    componentResources: componentResourcesSchema
      .prefault({})
      .describe("Requests and limits of the chart's own containers (hub, proxy, user scheduler, image puller)."),
    terraform: terraformSchema.prefault({}).describe('The Terraform stacks (identity, registry, cluster).'),
    network: networkSchema
      .prefault({})
      .describe('NetworkPolicies: what the hub, the proxy and user servers may reach.'),
  })
  .strict();

/** The configuration as written in a file (defaults not yet applied). */
export type ConfigInput = z.input<typeof configObjectSchema>;
/** The configuration after parsing: every default filled in. */
export type ParsedConfig = z.output<typeof configObjectSchema>;
export type ProfileConfig = ParsedConfig['profiles'][number];
export type RoleConfig = ParsedConfig['roles']['admin'];
export type RoleName = keyof ParsedConfig['roles'];
export type ImageSpecConfig = ParsedConfig['images'][number];
