/**
 * The Terraform side of a thinkube-jupyterhub install: three stacks, each planned, reviewed and applied
 * on its own (`cdktf deploy identity|registry|cluster`), wired by cross-stack references (the cluster
 * stack reads the client secret and the pull robot from the other two stacks' state, never from config).
 *
 *   identity  Keycloak: the hub's OpenID client, its roles, groups and mappers, in the existing realm
 *   registry  Harbor: the notebook image project (existing or created), pull and push robots; with the
 *             chart mirrored into Harbor (argocd mode), Argo CD's credential for it (the pull robot's)
 *   cluster   Kubernetes: the Secrets the chart values reference, and the chart's generated hub keys
 *
 * Provider credentials come from each provider's own environment variables (KEYCLOAK_CLIENT_ID,
 * KEYCLOAK_CLIENT_SECRET or KEYCLOAK_USER/KEYCLOAK_PASSWORD; HARBOR_USERNAME/HARBOR_PASSWORD;
 * KUBE_CONFIG_PATH, KUBE_CTX), never from the config file or dist/.
 */

import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import { RandomProvider } from '@cdktf/provider-random/lib/provider/index.js';
import type { ThinkubeConfig } from '../config/load.js';
import {
  LocalBackend,
  type TerraformApp,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
} from '../constructs/cdktf.js';
import { KeycloakHubClient } from '../constructs/identity/keycloak-hub-client.js';
import { KeycloakHubRoles } from '../constructs/identity/keycloak-hub-roles.js';
import { hubOrigin } from '../constructs/identity/oidc-rules.js';
import { chartRepository } from '../constructs/jupyterhub/chart-repository-rules.js';
import {
  argoCdChartRepositorySecret,
  HARBOR_ROBOTS,
  HUB_KEY_READERS,
  HUB_KEYS_HASH_ANNOTATION,
  HUB_SECRET,
  HUB_SECRET_FIELD_MANAGER,
  IMAGE_PULL_SECRET,
  LOCAL_STATE_DIR,
  OIDC_CLIENT_SECRET,
  PART_OF_LABELS,
  STACKS,
  type StackName,
} from '../constructs/names.js';
import { ArgoCdChartRepository } from '../constructs/registry/argocd-chart-repository.js';
import { HarborImageProject } from '../constructs/registry/harbor-image-project.js';
import { HarborRobot } from '../constructs/registry/harbor-robot.js';
import { HubGeneratedKeys } from '../constructs/secrets/hub-generated-keys.js';
import { OidcClientSecret } from '../constructs/secrets/oidc-client-secret.js';
import { RegistryPullSecret } from '../constructs/secrets/registry-pull-secret.js';
import { KubernetesBackend } from '../constructs/terraform-state/kubernetes-backend.js';
import { HarborProvider } from '../imports/terraform/providers/harbor/provider/index.js';
import { DataKeycloakRealm } from '../imports/terraform/providers/keycloak/data-keycloak-realm/index.js';
import { KeycloakProvider } from '../imports/terraform/providers/keycloak/provider/index.js';

export interface HubStacks {
  readonly identity: TerraformStack;
  readonly registry: TerraformStack;
  readonly cluster: TerraformStack;
  readonly client: KeycloakHubClient;
  readonly pullRobot: HarborRobot;
  readonly pushRobot: HarborRobot;
}

const ROLE_DESCRIPTIONS = {
  admin: 'JupyterHub admin: may log in, is a hub admin, largest limits',
  gpuUser: 'JupyterHub GPU user: may start GPU profiles',
  user: 'JupyterHub user: may log in and start the basic profiles',
} as const;

/** Adds the three stacks of the install to `app`. Stack ids are stable: they name dist/terraform/stacks/*. */
export function addHubStacks(app: TerraformApp, config: ThinkubeConfig): HubStacks {
  // --- identity: Keycloak --------------------------------------------------------------------------
  const identity = stack(app, STACKS.identity, config);
  new KeycloakProvider(identity, 'Keycloak', { url: providerUrl(identity, 'keycloak_url', config.keycloak.url) });
  // Thinkube's core owns the realm: looked up, never created or destroyed here.
  const realm = new DataKeycloakRealm(identity, 'Realm', { realm: config.keycloak.realm });
  const client = new KeycloakHubClient(identity, 'HubClient', {
    realmId: realm.id,
    clientId: config.keycloak.clientId,
    hubOrigins: [hubOrigin(config.hostname), ...config.keycloak.extraHubOrigins],
    groupsClaim: config.keycloak.groupsClaim,
    rolesClaim: config.keycloak.rolesClaim,
    usernameClaim: config.keycloak.usernameClaim,
  });
  new KeycloakHubRoles(identity, 'HubRoles', {
    realmId: realm.id,
    client,
    createGroups: config.keycloak.createGroups,
    roles: {
      admin: { ...pick(config.roles.admin), description: ROLE_DESCRIPTIONS.admin },
      gpuUser: { ...pick(config.roles.gpuUser), description: ROLE_DESCRIPTIONS.gpuUser },
      user: { ...pick(config.roles.user), description: ROLE_DESCRIPTIONS.user },
    },
  });

  // --- registry: Harbor ----------------------------------------------------------------------------
  const registry = stack(app, STACKS.registry, config);
  new HarborProvider(registry, 'Harbor', {
    url: providerUrl(registry, 'harbor_url', `https://${config.harbor.registry}`),
  });
  const project = new HarborImageProject(registry, 'NotebookProject', {
    name: config.harbor.project,
    create: config.harbor.createProject,
  });
  const pullRobot = new HarborRobot(registry, 'PullRobot', {
    project: project.name,
    name: HARBOR_ROBOTS.pull,
    description: `Pulls notebook images into the ${config.namespace.name} namespace (thinkube-jupyterhub)`,
    access: [{ resource: 'repository', action: 'pull' }],
    expiresInDays: config.harbor.robots.pullExpiresInDays,
  });
  const pushRobot = new HarborRobot(registry, 'PushRobot', {
    project: project.name,
    name: HARBOR_ROBOTS.push,
    description: 'Pushes notebook images built by npm run image (thinkube-jupyterhub)',
    // Pushing needs pull too (layer existence checks and cross-repository mounts).
    access: [
      { resource: 'repository', action: 'pull' },
      { resource: 'repository', action: 'push' },
    ],
    expiresInDays: config.harbor.robots.pushExpiresInDays,
  });
  // For the operator's tools, read with `tofu output -raw <name>` into the environment: the push robot
  // for `npm run image -- push` (HARBOR_PUSH_*), the pull robot for `npm run verify` (HARBOR_PULL_*).
  new TerraformOutput(registry, 'push_robot_name', { value: pushRobot.fullName });
  new TerraformOutput(registry, 'push_robot_secret', { value: pushRobot.secret, sensitive: true });
  new TerraformOutput(registry, 'pull_robot_name', { value: pullRobot.fullName });
  new TerraformOutput(registry, 'pull_robot_secret', { value: pullRobot.secret, sensitive: true });
  // The chart mirrored into Harbor (an oci:// chart.repository, argocd mode): Argo CD reads it with the
  // pull robot. Written here, before `kubectl apply` of the Application, because Argo CD's first sync
  // needs the chart, and the cluster stack waits for that sync (decision 0002).
  const chartSource = chartRepository(config.chart.repository);
  if (config.delivery.mode === 'argocd' && chartSource.kind === 'oci') {
    new KubernetesProvider(registry, 'Kubernetes', {});
    new ArgoCdChartRepository(registry, 'ArgoCdChartRepository', {
      argoCdNamespace: config.delivery.argocd.namespace,
      secretName: argoCdChartRepositorySecret(config.chart.releaseName),
      displayName: `${config.chart.releaseName} chart mirror`,
      repository: chartSource.schemeless,
      username: pullRobot.fullName,
      password: pullRobot.secret,
      plainHttp: config.harbor.plainHttp,
      labels: PART_OF_LABELS_TERRAFORM,
    });
  }

  // --- cluster: Kubernetes Secrets -----------------------------------------------------------------
  const cluster = stack(app, STACKS.cluster, config);
  new KubernetesProvider(cluster, 'Kubernetes', {});
  new RandomProvider(cluster, 'Random', {});
  const namespace = config.namespace.name;
  new OidcClientSecret(cluster, 'OidcClientSecret', {
    namespace,
    secretName: OIDC_CLIENT_SECRET.name,
    key: OIDC_CLIENT_SECRET.key,
    clientSecret: client.clientSecret,
    labels: PART_OF_LABELS_TERRAFORM,
  });
  new RegistryPullSecret(cluster, 'PullSecret', {
    namespace,
    secretName: IMAGE_PULL_SECRET.name,
    registry: config.harbor.registry,
    username: pullRobot.fullName,
    password: pullRobot.secret,
    labels: PART_OF_LABELS_TERRAFORM,
  });
  new HubGeneratedKeys(cluster, 'HubKeys', {
    namespace,
    secretName: HUB_SECRET.name,
    keys: HUB_SECRET.generatedKeys,
    fieldManager: HUB_SECRET_FIELD_MANAGER,
    readers: HUB_KEY_READERS,
    restartAnnotation: HUB_KEYS_HASH_ANNOTATION,
  });
  cluster.addDependency(identity);
  cluster.addDependency(registry);

  return { identity, registry, cluster, client, pullRobot, pushRobot };
}

/**
 * The URL a provider talks to: by default the one the hub itself uses (config), so the stack manages
 * exactly the Keycloak or Harbor the install runs against; `TF_VAR_<name>` overrides it for an operator
 * who reaches the admin API another way. Credentials are never variables: the providers read their own
 * environment variables (KEYCLOAK_CLIENT_ID/..., HARBOR_USERNAME/...).
 */
function providerUrl(scope: TerraformStack, name: string, defaultUrl: string): string {
  return new TerraformVariable(scope, name, {
    type: 'string',
    default: defaultUrl,
    description: `Base URL the provider uses (default: the install's own; override with TF_VAR_${name}).`,
  }).stringValue;
}

const PART_OF_LABELS_TERRAFORM = { ...PART_OF_LABELS, 'app.kubernetes.io/managed-by': 'terraform' };

function pick(role: { clientRole: string; group: string }) {
  return { clientRole: role.clientRole, group: role.group };
}

/** A stack with the configured backend. State holds secrets: never under dist/, never in git. */
function stack(app: TerraformApp, name: StackName, config: ThinkubeConfig): TerraformStack {
  const s = new TerraformStack(app, name);
  if (config.terraform.backend === 'kubernetes') {
    new KubernetesBackend(s, {
      secretSuffix: `${config.terraform.stateSecretSuffix}-${name}`,
      namespace: config.terraform.stateNamespace,
    });
  } else {
    // Relative to the stack's folder (<out>/terraform/stacks/<name>): beside the output folder, so the
    // synthesized JSON holds no machine path and every synth (which replaces <out>) leaves state alone.
    new LocalBackend(s, { path: `../../../../${LOCAL_STATE_DIR}/${name}.tfstate` });
  }
  return s;
}
