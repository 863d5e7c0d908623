/**
 * Names that both halves of the project (the cdk8s manifests and the cdktf stacks) must agree on.
 * Defined once here; anything that refers to one of these objects imports it from this file.
 */

/** Secret (in the hub namespace) holding the hub's OIDC client secret, written by the cluster stack. */
export const OIDC_CLIENT_SECRET = { name: 'jupyterhub-oidc-client', key: 'client-secret' } as const;

/** The hub's route in its namespace: the HTTPRoute or the Ingress (one of them, by exposure.mode). */
export const HUB_ROUTE_NAME = 'jupyterhub';

/** `kubernetes.io/dockerconfigjson` Secret with the Harbor pull robot's credentials. */
export const IMAGE_PULL_SECRET = { name: 'harbor-pull-secret' } as const;

/**
 * The chart-managed Secret `hub` and the three keys the chart would fill with fresh random values on
 * every render outside `helm install` (z2jh issue 2887). The project never renders or stores them: the
 * cluster stack writes them once with server-side apply (see docs/decisions/0002-stable-hub-secrets.md).
 */
export const HUB_SECRET = {
  name: 'hub',
  generatedKeys: [
    'hub.config.ConfigurableHTTPProxy.auth_token',
    'hub.config.CryptKeeper.keys',
    'hub.config.JupyterHub.cookie_secret',
  ],
} as const;

/** Field manager the cluster stack uses for the generated keys; Argo CD leaves its fields alone. */
export const HUB_SECRET_FIELD_MANAGER = 'thinkube-jupyterhub-secrets';

/**
 * The chart's Deployments that read the hub keys at their start (chart 4.4.0: the hub mounts the Secret,
 * the proxy takes its token from it), rolled by the cluster stack when it writes them.
 */
export const HUB_KEY_READERS = [
  { deployment: 'hub', keys: HUB_SECRET.generatedKeys },
  { deployment: 'proxy', keys: ['hub.config.ConfigurableHTTPProxy.auth_token'] },
] as const;

/** The pod-template annotation that hashes the keys a Deployment reads (a new hash rolls its pods). */
export const HUB_KEYS_HASH_ANNOTATION = 'thinkube.io/hub-keys-sha256';

/** Pod-template annotations whose values hash the random secrets: dropped so renders are stable. */
export const RANDOM_CHECKSUM_ANNOTATIONS = ['checksum/secret', 'checksum/auth-token'] as const;

/** Annotation on the hub pod that changes exactly when the hub's values change (restarts the hub). */
export const VALUES_HASH_ANNOTATION = 'thinkube.io/hub-values-sha256';

/** Labels put on every object the project makes itself. */
export const PART_OF_LABELS = {
  'app.kubernetes.io/part-of': 'thinkube-jupyterhub',
  'app.kubernetes.io/managed-by': 'cdk8s',
} as const;

/** The JupyterHub each chart version runs: single-user images must carry it, `npm run verify` expects it. */
export const HUB_VERSION_OF_CHART: Readonly<Record<string, string>> = { '4.4.0': '5.5.0' };

/**
 * The Terraform stacks, each applied and reviewed on its own (`cdktf deploy <stack>`), in the order a
 * first install applies them: identity and registry produce what the cluster stack writes into Secrets.
 */
export const STACKS = { identity: 'identity', registry: 'registry', cluster: 'cluster' } as const;
export type StackName = (typeof STACKS)[keyof typeof STACKS];

/** Argo CD's repository Secret for the chart mirrored into Harbor, one per release (Argo CD's namespace is shared). */
export function argoCdChartRepositorySecret(releaseName: string): string {
  return `${releaseName}-chart-mirror`;
}

/**
 * On the claims that hold user data (the hub database, the shared volume): Argo CD never prunes them when
 * they leave what it syncs and never deletes them with their Application, even a cascading delete (its
 * resources finalizer, `argocd app delete`); helm keeps them on `helm uninstall`. Removing them is
 * `npm run uninstall -- --purge-user-data`.
 */
export const KEEP_USER_DATA_ANNOTATIONS = {
  'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false',
  'helm.sh/resource-policy': 'keep',
} as const;

/** Harbor robot accounts (project level; Harbor shows them as `robot$<project>+<name>`). */
export const HARBOR_ROBOTS = { pull: 'jupyterhub-pull', push: 'jupyterhub-push' } as const;

/**
 * Folder of the local Terraform state, beside the synth output folder (the repository root for `dist`):
 * outside dist/, which every synth replaces, and git-ignored, because state holds secrets.
 */
export const LOCAL_STATE_DIR = '.terraform-state';
