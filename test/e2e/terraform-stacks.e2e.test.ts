/**
 * The three Terraform stacks applied for real, the way an operator does it: `cdktf deploy` from the
 * repository root with the project's config, OpenTofu 1.12.6 and the providers built from source.
 *
 * - identity against Keycloak 26.7.3: applied into an existing realm, then proven to work through the
 *   authorization-code flow with PKCE (role and short group names in the ID token and userinfo, for a
 *   group member and for a person granted the role directly), a foreign redirect URI and a request
 *   without PKCE refused, a second plan without changes, and `cdktf destroy identity` leaving the realm.
 * - registry against Harbor v2.15.2 (built from source): planned without Harbor (the provider calls no
 *   API before apply), applied into the existing project: a pull-only and a push robot, expiring, whose
 *   tokens carry exactly their actions; a second plan without changes; `cdktf destroy registry` removes
 *   the robots and leaves the project.
 * - cluster against kube-apiserver 1.36.3: the Secrets the values reference and the chart's generated
 *   hub keys; a second plan without changes; the keys survive a re-apply of the chart, a second deploy,
 *   a key deleted by hand, a one-key rotation and a chart that adds a key; the kubernetes backend.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HUB_KEY_READERS,
  HUB_KEYS_HASH_ANNOTATION,
  HUB_SECRET,
  HUB_SECRET_FIELD_MANAGER,
  IMAGE_PULL_SECRET,
  OIDC_CLIENT_SECRET,
} from '../../constructs/names.js';
import { REAL_CHART } from '../support/real-chart.js';
import { configYamlWith, HELM_BIN, REPO_ROOT } from '../support/synth.js';
import { type HarborServer, startHarbor } from './support/harbor-server.js';
import { type KeycloakServer, startKeycloak } from './support/keycloak-server.js';
import { type KubeApiServer, startKubeApiServer } from './support/kube-apiserver.js';
import { authorize, logInWithCode } from './support/oidc-login.js';
import { createTerraformProject, requireTerraformTools, type TerraformProject } from './support/terraform-cli.js';
import { findClient } from './support/test-realm.js';

const REALM = 'thinkube';
const CLIENT_ID = 'jupyterhub';
const PUBLIC_CALLBACK = 'https://notebooks.thinkube.example.org/hub/oauth_callback';
const NAMESPACE = 'jupyterhub';
/** terraform.stateNamespace's default. */
const STATE_NAMESPACE = 'thinkube-jupyterhub-state';
const DEPLOY = ['--auto-approve', '--skip-provider-lock'];
/** What the real chart itself puts into its `hub` Secret. */
const CHART_SECRET_KEYS = ['thinkube-access', 'thinkube-access-schema', 'values.yaml'];

let keycloak: KeycloakServer;
let cluster: KubeApiServer;
let harbor: HarborServer;
let project: TerraformProject;
const people = {
  ada: { password: 'ada-password-1', group: 'jupyterhub-admins' },
  dee: { password: 'dee-password-1', clientRole: 'user' },
};

beforeAll(async () => {
  requireTerraformTools();
  [keycloak, cluster, harbor] = await Promise.all([startKeycloak(), startKubeApiServer(), startHarbor()]);
  // Thinkube's core owns the image project; the registry stack only adds robots to it.
  await harbor.api('POST', '/projects', { project_name: 'thinkube', metadata: { public: 'false' } });
  // Another private project of the platform's: no robot of the hub's may touch it.
  await harbor.api('POST', '/projects', { project_name: 'platform', metadata: { public: 'false' } });
  // Thinkube's core made the realm and the people; the stack must find the realm, not make it.
  await keycloak.admin('POST', '', { realm: REALM, enabled: true });
  for (const [username, person] of Object.entries(people)) {
    await keycloak.admin('POST', `/${REALM}/users`, {
      username,
      enabled: true,
      email: `${username}@example.org`,
      emailVerified: true,
      firstName: username,
      lastName: 'Tester',
      credentials: [{ type: 'password', value: person.password, temporary: false }],
    });
  }
  // Helm mode with the real chart, so that the chart's own `hub` Secret is there to write keys into.
  project = createTerraformProject(
    configYamlWith(`
delivery: { mode: helm, helm: { chartRef: "${REAL_CHART}", executable: "${HELM_BIN}" } }
harbor: { registry: "${harbor.host}" }
`),
  );
}, 300_000);

afterAll(async () => {
  await Promise.all([keycloak?.stop(), cluster?.stop(), harbor?.stop()]);
}, 60_000);

const keycloakEnv = () => ({ ...keycloak.providerEnv, TF_VAR_keycloak_url: keycloak.url });
const kubeEnv = () => ({ KUBE_CONFIG_PATH: cluster.kubeconfig });
const harborEnv = () => ({ ...harbor.providerEnv, TF_VAR_harbor_url: harbor.url });

/** The actions Harbor's token service grants `username` on a repository of the project (its RBAC). */
async function grantedActions(username: string, password: string, repository = 'thinkube/probe') {
  const response = await fetch(
    `${harbor.url}/service/token?service=harbor-registry&scope=repository:${repository}:pull,push`,
    { headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } },
  );
  if (response.status !== 200) return { status: response.status, actions: [] as string[] };
  const { token } = (await response.json()) as { token: string };
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    access: { name: string; actions: string[] }[];
  };
  return { status: 200, actions: (claims.access.find((a) => a.name === repository)?.actions ?? []).sort() };
}

/** What a `docker login` / `skopeo login` to Harbor's registry endpoint answers for these credentials. */
async function registryLogin(username: string, password: string): Promise<number> {
  const response = await fetch(`${harbor.url}/v2/`, {
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
  });
  return response.status;
}

async function projectRobots(): Promise<HarborRobotModel[]> {
  const { project_id } = (await (await harbor.api('GET', '/projects/thinkube')).json()) as { project_id: number };
  return (await (
    await harbor.api('GET', `/robots?q=Level%3Dproject,ProjectID%3D${project_id}`)
  ).json()) as HarborRobotModel[];
}

interface HarborRobotModel {
  name: string;
  duration: number;
  expires_at: number;
  permissions: { kind: string; namespace: string; access: { resource: string; action: string }[] }[];
}

async function userId(username: string): Promise<string> {
  const found = (await (await keycloak.admin('GET', `/${REALM}/users?exact=true&username=${username}`)).json()) as {
    id: string;
  }[];
  return found[0]?.id ?? '';
}

/** The hub's login, done by hand: authorization code with PKCE against the client the stack made. */
async function logInAs(username: keyof typeof people) {
  return logInWithCode({
    keycloakUrl: keycloak.url,
    realm: REALM,
    clientId: CLIENT_ID,
    clientSecret: await clientSecret(),
    redirectUri: PUBLIC_CALLBACK,
    username,
    password: people[username].password,
  });
}

async function clientSecret(): Promise<string> {
  const client = await findClient(keycloak, REALM, CLIENT_ID);
  return (
    (await (await keycloak.admin('GET', `/${REALM}/clients/${client.id}/client-secret`)).json()) as { value: string }
  ).value;
}

describe('identity stack on Keycloak 26.7.3', () => {
  it('cdktf deploy identity creates the client, roles, groups and mappers in the existing realm', async () => {
    const run = await project.cdktf(['deploy', 'identity', ...DEPLOY], keycloakEnv());
    expect(run.stdout).toMatch(/Apply complete! Resources: 15 added, 0 changed, 0 destroyed/);
    const client = await findClient(keycloak, REALM, CLIENT_ID);
    expect(client).toMatchObject({
      publicClient: false,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      redirectUris: [PUBLIC_CALLBACK],
      webOrigins: ['https://notebooks.thinkube.example.org'],
    });
    expect((client.attributes as Record<string, string>)['pkce.code.challenge.method']).toBe('S256');
    const roles = (await (await keycloak.admin('GET', `/${REALM}/clients/${client.id}/roles`)).json()) as {
      name: string;
    }[];
    expect(roles.map((r) => r.name).sort()).toEqual(['admin', 'gpu-user', 'user']);
    // The secret is Keycloak's own, and what the stack hands to the cluster stack is exactly it.
    const output = await project.tofu('identity', ['output', '-json']);
    const outputs = JSON.parse(output.stdout) as Record<string, { value: string; sensitive: boolean }>;
    const [secretOutput] = Object.values(outputs);
    expect(secretOutput?.sensitive).toBe(true);
    expect(secretOutput?.value).toBe(await clientSecret());
  });

  it("a group member gets the role and the group's full path in the ID token and userinfo (code flow, PKCE)", async () => {
    const groups = (await (await keycloak.admin('GET', `/${REALM}/groups?search=${people.ada.group}`)).json()) as {
      id: string;
      name: string;
    }[];
    const group = groups.find((g) => g.name === people.ada.group);
    await keycloak.admin('PUT', `/${REALM}/users/${await userId('ada')}/groups/${group?.id}`);

    const login = await logInAs('ada');
    for (const claims of [login.idToken, login.userinfo]) {
      expect(claims).toMatchObject({
        preferred_username: 'ada',
        email: 'ada@example.org',
        name: 'ada Tester',
        groups: ['/jupyterhub-admins'],
        hub_roles: ['admin'],
      });
    }
  });

  it('a person granted the role directly, in no group, gets the role and no group', async () => {
    const client = await findClient(keycloak, REALM, CLIENT_ID);
    const role = await (
      await keycloak.admin('GET', `/${REALM}/clients/${client.id}/roles/${people.dee.clientRole}`)
    ).json();
    await keycloak.admin('POST', `/${REALM}/users/${await userId('dee')}/role-mappings/clients/${client.id}`, [role]);

    const login = await logInAs('dee');
    for (const claims of [login.idToken, login.userinfo]) {
      expect(claims).toMatchObject({ preferred_username: 'dee', hub_roles: ['user'] });
      // Keycloak leaves an empty groups claim out.
      expect(claims.groups ?? []).toEqual([]);
    }
  });

  it('refuses a redirect URI it was not given, and a request without PKCE', async () => {
    const foreign = await authorize({
      keycloakUrl: keycloak.url,
      realm: REALM,
      clientId: CLIENT_ID,
      redirectUri: 'https://notebooks.attacker.example.net/hub/oauth_callback',
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('Invalid parameter: redirect_uri');

    const withoutPkce = await authorize({
      keycloakUrl: keycloak.url,
      realm: REALM,
      clientId: CLIENT_ID,
      redirectUri: PUBLIC_CALLBACK,
      pkce: false,
    });
    expect(withoutPkce.status).toBe(302);
    const back = new URL(withoutPkce.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(PUBLIC_CALLBACK);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toContain('code_challenge_method');
  });

  it('a second plan shows no changes', async () => {
    const plan = await project.tofu('identity', ['plan', '-detailed-exitcode', '-input=false'], keycloakEnv(), true);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes.');
  });
});

describe('registry stack on Harbor v2.15.2', () => {
  it('validates and plans least-privilege, expiring robots without calling Harbor', async () => {
    await project.cdktf(['synth']);
    await project.tofu('registry', ['init', '-input=false']);
    expect((await project.tofu('registry', ['validate'])).stdout).toContain('The configuration is valid.');
    // A closed port as Harbor: planning new robots must not need it.
    const plan = await project.tofu(
      'registry',
      ['plan', '-input=false', '-detailed-exitcode', '-out=registry.tfplan'],
      {
        TF_VAR_harbor_url: 'http://127.0.0.1:9',
        HARBOR_USERNAME: 'admin',
        HARBOR_PASSWORD: 'unused',
      },
      true,
    );
    expect(plan.status, plan.stdout + plan.stderr).toBe(2);
    const shown = JSON.parse((await project.tofu('registry', ['show', '-json', 'registry.tfplan'])).stdout) as {
      resource_changes: { type: string; change: { actions: string[]; after: Record<string, unknown> } }[];
    };
    const robots = shown.resource_changes.filter((r) => r.type === 'harbor_robot_account');
    expect(
      robots.map((r) => [r.change.actions, r.change.after.name, r.change.after.level, r.change.after.duration]),
    ).toEqual([
      [['create'], 'jupyterhub-pull', 'project', 365],
      [['create'], 'jupyterhub-push', 'project', 90],
    ]);
    const access = robots.map(
      (r) => (r.change.after.permissions as { access: { action: string }[]; namespace: string }[])[0],
    );
    expect(access.map((p) => [p?.namespace, p?.access.map((a) => a.action).sort()])).toEqual([
      ['thinkube', ['pull']],
      ['thinkube', ['pull', 'push']],
    ]);
    expect(shown.resource_changes.map((r) => r.type)).not.toContain('harbor_project');
  });

  it('cdktf deploy registry adds a pull-only and a push robot to the existing project, both expiring', async () => {
    const run = await project.cdktf(['deploy', 'registry', ...DEPLOY], harborEnv());
    expect(run.stdout).toMatch(/Apply complete! Resources: 2 added, 0 changed, 0 destroyed/);
    const robots = await projectRobots();
    const byName = Object.fromEntries(robots.map((r) => [r.name, r]));
    const year = Date.now() / 1000 + 365 * 86400;
    expect(byName['robot$thinkube+jupyterhub-pull']).toMatchObject({
      duration: 365,
      permissions: [{ kind: 'project', namespace: 'thinkube', access: [{ resource: 'repository', action: 'pull' }] }],
    });
    expect(Math.abs((byName['robot$thinkube+jupyterhub-pull']?.expires_at ?? 0) - year)).toBeLessThan(3600);
    expect(byName['robot$thinkube+jupyterhub-push']?.duration).toBe(90);
    expect(
      byName['robot$thinkube+jupyterhub-push']?.permissions[0]?.access.map((a) => `${a.resource}:${a.action}`).sort(),
    ).toEqual(['repository:pull', 'repository:push']);
  });

  it('Harbor grants each robot exactly its actions, and refuses a wrong secret', async () => {
    const outputs = JSON.parse((await project.tofu('registry', ['output', '-json'], harborEnv())).stdout) as Record<
      string,
      { value: string }
    >;
    // The outputs cdktf made for the cluster stack's cross-stack references to the pull robot.
    const value = (suffix: string) =>
      Object.entries(outputs).find(([k]) => k.includes('PullRobot') && k.endsWith(suffix))?.[1].value ?? '';
    const push = { name: outputs.push_robot_name?.value ?? '', secret: outputs.push_robot_secret?.value ?? '' };
    const pull = { name: value('full_name'), secret: value('secret') };
    expect(pull.name).toBe('robot$thinkube+jupyterhub-pull');
    expect(await grantedActions(push.name, push.secret)).toEqual({ status: 200, actions: ['pull', 'push'] });
    expect(await grantedActions(pull.name, pull.secret)).toEqual({ status: 200, actions: ['pull'] });
    expect(await registryLogin(pull.name, pull.secret)).toBe(200);
    expect(await registryLogin(pull.name, `${pull.secret}x`)).toBe(401);
    expect(await grantedActions(pull.name, `${pull.secret}x`)).toMatchObject({ actions: [] });
    // Nothing outside the project.
    expect(await grantedActions(push.name, push.secret, 'platform/base')).toEqual({ status: 200, actions: [] });
  });

  it('a second plan shows no changes', async () => {
    const plan = await project.tofu('registry', ['plan', '-detailed-exitcode', '-input=false'], harborEnv(), true);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });
});

function secretData(name: string): Record<string, string> {
  const data = JSON.parse(cluster.kubectl(['-n', NAMESPACE, 'get', 'secret', name, '-o', 'json']).stdout).data ?? {};
  return Object.fromEntries(Object.entries<string>(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]));
}

/** The hash of the keys the Deployment's pods read, as the cluster stack annotated its pod template. */
function keysHashOf(deployment: string): string {
  const template = JSON.parse(cluster.kubectl(['-n', NAMESPACE, 'get', 'deployment', deployment, '-o', 'json']).stdout)
    .spec.template.metadata.annotations as Record<string, string>;
  return template[HUB_KEYS_HASH_ANNOTATION] ?? '';
}

function applyChart(): void {
  for (const file of ['0000-namespace.k8s.yaml', '0003-jupyterhub.k8s.yaml']) {
    cluster.kubectl(['apply', '--server-side', '-f', join(project.dir, 'dist', 'k8s', file)]);
  }
}

describe('cluster stack on kube-apiserver 1.36.3', () => {
  beforeAll(() => {
    // The operator's order: synth, apply dist/k8s (namespace and the chart with its `hub` Secret), then the stack.
    const synth = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'main.ts'),
        '--config',
        project.configFile,
        '--out',
        join(project.dir, 'dist'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    if (synth.status !== 0) throw new Error(synth.stderr);
    applyChart();
  });

  it('cdktf deploy cluster writes the Secrets the values reference and the generated hub keys', async () => {
    // The chart's own keys only: its values, and the access module and its schema mounted from them (hub.extraFiles).
    expect(Object.keys(secretData(HUB_SECRET.name)).sort()).toEqual(CHART_SECRET_KEYS);
    const run = await project.cdktf(['deploy', 'cluster', ...DEPLOY, '--ignore-missing-stack-dependencies'], kubeEnv());
    // The Secrets, the three keys, and the hub's and proxy's pod-template hashes of the keys they read.
    expect(run.stdout).toMatch(/Apply complete! Resources: 8 added, 0 changed, 0 destroyed/);

    expect(secretData(OIDC_CLIENT_SECRET.name)).toEqual({ [OIDC_CLIENT_SECRET.key]: await clientSecret() });
    const pull = JSON.parse(
      cluster.kubectl(['-n', NAMESPACE, 'get', 'secret', IMAGE_PULL_SECRET.name, '-o', 'json']).stdout,
    );
    expect(pull.type).toBe('kubernetes.io/dockerconfigjson');
    const auths = JSON.parse(Buffer.from(pull.data['.dockerconfigjson'], 'base64').toString()).auths;
    // The pull robot of the registry stack, for the registry host the image references name.
    expect(Object.keys(auths)).toEqual([harbor.host]);
    const { username, password, auth } = auths[harbor.host];
    expect(username).toBe('robot$thinkube+jupyterhub-pull');
    expect(Buffer.from(auth, 'base64').toString()).toBe(`${username}:${password}`);
    expect(await grantedActions(username, password)).toEqual({ status: 200, actions: ['pull'] });

    const hub = secretData(HUB_SECRET.name);
    expect(Object.keys(hub).sort()).toEqual([...HUB_SECRET.generatedKeys, ...CHART_SECRET_KEYS].sort());
    for (const key of HUB_SECRET.generatedKeys) expect(hub[key]).toMatch(/^[0-9a-f]{64}$/);
    // Each reader's pods carry the hash of what they read: a new one rolls them onto the keys.
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(keysHashOf('hub')).toBe(sha256(HUB_SECRET.generatedKeys.map((k) => hub[k]).join(',')));
    expect(keysHashOf('proxy')).toBe(sha256(hub['hub.config.ConfigurableHTTPProxy.auth_token'] as string));
    const managed = JSON.parse(
      cluster.kubectl(['-n', NAMESPACE, 'get', 'secret', HUB_SECRET.name, '--show-managed-fields', '-o', 'json'])
        .stdout,
    ).metadata.managedFields as { manager: string; fieldsV1: { 'f:data'?: Record<string, unknown> } }[];
    const ours = managed.find((f) => f.manager === HUB_SECRET_FIELD_MANAGER);
    expect(Object.keys(ours?.fieldsV1['f:data'] ?? {}).sort()).toEqual(
      HUB_SECRET.generatedKeys.map((k) => `f:${k}`).sort(),
    );
    // Nothing secret on the terminal.
    expect(`${run.stdout}${run.stderr}`).not.toContain(hub[HUB_SECRET.generatedKeys[0]] as string);
  });

  it('a second plan shows no changes', async () => {
    const plan = await project.tofu('cluster', ['plan', '-detailed-exitcode', '-input=false'], kubeEnv(), true);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('the keys survive a re-apply of the chart and a second cdktf deploy', async () => {
    const before = secretData(HUB_SECRET.name);
    applyChart();
    await project.cdktf(['deploy', 'cluster', ...DEPLOY, '--ignore-missing-stack-dependencies'], kubeEnv());
    expect(secretData(HUB_SECRET.name)).toEqual(before);
  });

  it('a key deleted by hand comes back with its value; the other keys stay (no key is ever dropped)', async () => {
    const before = secretData(HUB_SECRET.name);
    const [lost] = HUB_SECRET.generatedKeys;
    cluster.kubectl([
      '-n',
      NAMESPACE,
      'patch',
      'secret',
      HUB_SECRET.name,
      '--type=json',
      '-p',
      JSON.stringify([{ op: 'remove', path: `/data/${(lost as string).replaceAll('/', '~1')}` }]),
    ]);
    expect(Object.keys(secretData(HUB_SECRET.name))).not.toContain(lost);
    const run = await project.cdktf(['deploy', 'cluster', ...DEPLOY, '--ignore-missing-stack-dependencies'], kubeEnv());
    expect(run.stdout).toMatch(/Apply complete! Resources: 0 added, 1 changed, 0 destroyed/);
    expect(secretData(HUB_SECRET.name)).toEqual(before);
  });

  it('rotating one key changes that key only', async () => {
    const before = secretData(HUB_SECRET.name);
    const hashes = () => Object.fromEntries(HUB_KEY_READERS.map((r) => [r.deployment, keysHashOf(r.deployment)]));
    const hashesBefore = hashes();
    const state = JSON.parse((await project.tofu('cluster', ['show', '-json'])).stdout) as {
      values: { root_module: { resources: { address: string; type: string }[] } };
    };
    const bytes = state.values.root_module.resources.filter((r) => r.type === 'random_bytes').map((r) => r.address);
    const cookie = bytes.find((a) => a.includes('cookiesecret'));
    expect(cookie).toBeDefined();
    await project.tofu('cluster', ['apply', '-auto-approve', '-input=false', `-replace=${cookie}`], kubeEnv());
    const after = secretData(HUB_SECRET.name);
    for (const key of HUB_SECRET.generatedKeys) {
      if (key === 'hub.config.JupyterHub.cookie_secret') expect(after[key]).not.toBe(before[key]);
      else expect(after[key]).toBe(before[key]);
    }
    // The hub reads the cookie secret: its pods are rolled onto the new key; the proxy's are left alone.
    expect(hashes()).toEqual({ hub: expect.not.stringMatching(hashesBefore.hub as string), proxy: hashesBefore.proxy });
  });
});

describe('terraform.backend: kubernetes', () => {
  it("keeps each stack state in a Secret of a namespace of its own, which the hub's ServiceAccount cannot read (issue 20.6); plans read it back with no changes", async () => {
    const inCluster = createTerraformProject(
      `${readFileSync(project.configFile, 'utf8')}\nterraform: { backend: kubernetes }\n`,
    );
    await inCluster.cdktf(['synth']);
    // The operator's order (deploy workflow): the namespaces file first, which now holds the state's too.
    const synth = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'main.ts'),
        '--config',
        inCluster.configFile,
        '--out',
        join(inCluster.dir, 'dist'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(synth.status, synth.stderr).toBe(0);
    cluster.kubectl(['apply', '--server-side', '-f', join(inCluster.dir, 'dist', 'k8s', '0000-namespace.k8s.yaml')]);
    // Moving an install's state into the cluster: each stack's local state pushed into its backend.
    for (const stack of ['identity', 'registry', 'cluster']) {
      await inCluster.tofu(stack, ['init', '-input=false'], kubeEnv());
      await inCluster.tofu(
        stack,
        ['state', 'push', join(project.dir, '.terraform-state', `${stack}.tfstate`)],
        kubeEnv(),
      );
    }
    const secretsIn = (namespace: string) =>
      JSON.parse(cluster.kubectl(['-n', namespace, 'get', 'secrets', '-o', 'json']).stdout).items.map(
        (s: { metadata: { name: string } }) => s.metadata.name,
      );
    for (const stack of ['identity', 'registry', 'cluster']) {
      expect(secretsIn(STATE_NAMESPACE)).toContain(`tfstate-default-thinkube-jupyterhub-${stack}`);
      expect(secretsIn(NAMESPACE)).not.toContain(`tfstate-default-thinkube-jupyterhub-${stack}`);
    }
    // The chart's hub Role (applied with the release) reads Secrets in the hub namespace, and only there.
    const canHubRead = (namespace: string) =>
      cluster
        .kubectl(['auth', 'can-i', 'get', 'secrets', '-n', namespace, `--as=system:serviceaccount:${NAMESPACE}:hub`], {
          allowFailure: true,
        })
        .stdout.trim();
    expect(canHubRead(NAMESPACE)).toBe('yes');
    expect(canHubRead(STATE_NAMESPACE)).toBe('no');
    // The cluster stack now reads its own state and the identity and registry outputs from the cluster.
    const plan = await inCluster.tofu('cluster', ['plan', '-detailed-exitcode', '-input=false'], kubeEnv(), true);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    const identityPlan = await inCluster.tofu(
      'identity',
      ['plan', '-detailed-exitcode', '-input=false'],
      { ...kubeEnv(), ...keycloakEnv() },
      true,
    );
    expect(identityPlan.status, identityPlan.stdout + identityPlan.stderr).toBe(0);
  });
});

describe('cdktf destroy identity', () => {
  it('removes the client, roles and groups and leaves the realm and its people', async () => {
    // The cluster stack still reads identity's state; an uninstall would destroy it first.
    const run = await project.cdktf(
      ['destroy', 'identity', ...DEPLOY, '--ignore-missing-stack-dependencies'],
      keycloakEnv(),
    );
    expect(run.stdout).toMatch(/Destroy complete! Resources: 15 destroyed/);
    const clients = (await (
      await keycloak.admin('GET', `/${REALM}/clients?clientId=${CLIENT_ID}`)
    ).json()) as unknown[];
    expect(clients).toEqual([]);
    const groups = (await (await keycloak.admin('GET', `/${REALM}/groups`)).json()) as { name: string }[];
    expect(groups.map((g) => g.name)).not.toContain('jupyterhub-admins');
    expect((await keycloak.admin('GET', `/${REALM}`)).status).toBe(200);
    expect(await userId('ada')).not.toBe('');
  });
});

describe('cdktf destroy registry', () => {
  it("removes the robots and leaves the project (Thinkube core's) in place", async () => {
    const run = await project.cdktf(
      ['destroy', 'registry', ...DEPLOY, '--ignore-missing-stack-dependencies'],
      harborEnv(),
    );
    expect(run.stdout).toMatch(/Destroy complete! Resources: 2 destroyed/);
    expect(await projectRobots()).toEqual([]);
    expect((await harbor.api('GET', '/projects/thinkube')).status).toBe(200);
  });
});

describe('harbor.createProject: the registry stack owns the project', () => {
  it('creates a private project with the robots in it, and destroys both when the project is empty', async () => {
    const owned = createTerraformProject(
      configYamlWith(`harbor: { registry: "${harbor.host}", project: notebooks, createProject: true }`),
    );
    const run = await owned.cdktf(['deploy', 'registry', ...DEPLOY], harborEnv());
    expect(run.stdout).toMatch(/Apply complete! Resources: 3 added, 0 changed, 0 destroyed/);
    const created = (await (await harbor.api('GET', '/projects/notebooks')).json()) as {
      metadata: Record<string, string>;
    };
    expect(created.metadata).toMatchObject({ public: 'false', auto_scan: 'true' });
    const outputs = JSON.parse((await owned.tofu('registry', ['output', '-json'], harborEnv())).stdout);
    expect(outputs.push_robot_name.value).toBe('robot$notebooks+jupyterhub-push');
    expect(await grantedActions(outputs.push_robot_name.value, outputs.push_robot_secret.value, 'notebooks/x')).toEqual(
      {
        status: 200,
        actions: ['pull', 'push'],
      },
    );

    const destroyed = await owned.cdktf(
      ['destroy', 'registry', ...DEPLOY, '--ignore-missing-stack-dependencies'],
      harborEnv(),
    );
    expect(destroyed.stdout).toMatch(/Destroy complete! Resources: 3 destroyed/);
    expect((await harbor.api('GET', '/projects/notebooks')).status).toBe(404);
  });
});
