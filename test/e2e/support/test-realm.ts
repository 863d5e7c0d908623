/**
 * The realm the end-to-end tests log in through. The test makes only what Thinkube's core would have
 * made before this project arrives: an empty realm (standing in for `thinkube`), one group of its own
 * and the people. Everything of the hub's (client, roles, groups, mappers) comes from the project's
 * identity stack, applied with `cdktf deploy identity`; the test then does what an operator does in
 * Keycloak's console: puts people into the hub's groups, or grants one person a hub role directly.
 */
import { randomBytes } from 'node:crypto';
import type { ThinkubeConfig } from '../../../config/load.js';
import { configYamlWith } from '../../support/synth.js';
import type { KeycloakServer } from './keycloak-server.js';
import { createTerraformProject, type TerraformProject } from './terraform-cli.js';

export interface TestUser {
  readonly username: string;
  readonly password: string;
  /** Groups the operator puts the user in (the hub's groups come from the identity stack). */
  readonly groups: readonly string[];
  /** Client roles of the hub's client granted to the user directly, without a group. */
  readonly clientRoles: readonly string[];
}

export interface TestRealm {
  readonly realm: string;
  readonly clientId: string;
  /** The secret Keycloak generated for the client the stack made (read back through the admin API). */
  readonly clientSecret: string;
  readonly users: { admin: TestUser; user: TestUser; gpuUser: TestUser; outsider: TestUser; direct: TestUser };
  /** The Terraform project that applied the identity stack (its state, for a later plan). */
  readonly identity: TerraformProject;
}

export interface TestRealmOptions {
  /** Origins the hub is reached at in the test, e.g. http://127.0.0.1:8123 (keycloak.extraHubOrigins). */
  readonly hubOrigins: readonly string[];
  /** Access token lifespan: short, so a test can watch the hub refresh it. */
  readonly accessTokenLifespanSeconds: number;
}

/** Not one of the hub's groups: a group the platform has for its own reasons. */
const OTHER_GROUP = 'staff';

/** The people of the tests, one per role and a few edges, each with a fresh password. */
export function testUsers(config: ThinkubeConfig): TestRealm['users'] {
  const password = () => randomBytes(12).toString('base64url');
  const user = (username: string, groups: string[], clientRoles: string[] = []): TestUser => ({
    username,
    password: password(),
    groups,
    clientRoles,
  });
  return {
    admin: user('ada', [config.roles.admin.group]),
    user: user('bob', [config.roles.user.group]),
    gpuUser: user('gus', [config.roles.gpuUser.group]),
    outsider: user('eve', [OTHER_GROUP]),
    direct: user('dee', [], [config.roles.user.clientRole]),
  };
}

export async function createTestRealm(
  kc: KeycloakServer,
  config: ThinkubeConfig,
  options: TestRealmOptions,
): Promise<TestRealm> {
  const realm = config.keycloak.realm;
  const users = testUsers(config);

  // What exists before the project: the realm, a group of the platform's own.
  await kc.admin('DELETE', `/${realm}`);
  await kc.admin('POST', '', {
    realm,
    enabled: true,
    accessTokenLifespan: options.accessTokenLifespanSeconds,
    ssoSessionIdleTimeout: 1800,
  });
  await kc.admin('POST', `/${realm}/groups`, { name: OTHER_GROUP });

  // The hub's client, roles, groups and mappers: the project's identity stack, applied for real.
  const identity = createTerraformProject(
    configYamlWith(`keycloak: { extraHubOrigins: ${JSON.stringify(options.hubOrigins)} }`),
  );
  await identity.cdktf(['deploy', 'identity', '--auto-approve', '--skip-provider-lock'], {
    ...kc.providerEnv,
    TF_VAR_keycloak_url: kc.url,
  });

  await addPeople(kc, config, Object.values(users));
  const client = await findClient(kc, realm, config.keycloak.clientId);
  const secret = (await (await kc.admin('GET', `/${realm}/clients/${client.id}/client-secret`)).json()) as {
    value: string;
  };
  return { realm, clientId: config.keycloak.clientId, clientSecret: secret.value, users, identity };
}

/** The people, each with a password, then the operator's part (grantHubAccess). */
export async function addPeople(kc: KeycloakServer, config: ThinkubeConfig, users: readonly TestUser[]): Promise<void> {
  const realm = config.keycloak.realm;
  for (const u of users) {
    await kc.admin('POST', `/${realm}/users`, {
      username: u.username,
      enabled: true,
      email: `${u.username}@example.org`,
      emailVerified: true,
      firstName: u.username,
      lastName: 'Tester',
      credentials: [{ type: 'password', value: u.password, temporary: false }],
    });
  }
  await grantHubAccess(kc, config, users);
}

/**
 * The operator's part in Keycloak's console once the identity stack has made the hub's groups and roles
 * (again, after a reinstall made them anew): membership, and a role granted to one person directly.
 */
export async function grantHubAccess(
  kc: KeycloakServer,
  config: ThinkubeConfig,
  users: readonly TestUser[],
): Promise<void> {
  const realm = config.keycloak.realm;
  const groups = (await (await kc.admin('GET', `/${realm}/groups?briefRepresentation=true`)).json()) as {
    id: string;
    name: string;
  }[];
  const client = await findClient(kc, realm, config.keycloak.clientId);
  for (const u of users) {
    const [found] = (await (
      await kc.admin('GET', `/${realm}/users?exact=true&username=${encodeURIComponent(u.username)}`)
    ).json()) as { id: string }[];
    if (!found) throw new Error(`no user ${u.username} in realm ${realm}`);
    for (const name of u.groups) {
      const group = groups.find((g) => g.name === name);
      if (!group) throw new Error(`group ${name} is not in realm ${realm} after the identity stack`);
      await kc.admin('PUT', `/${realm}/users/${found.id}/groups/${group.id}`);
    }
    if (u.clientRoles.length > 0) {
      const roles = [];
      for (const name of u.clientRoles) {
        roles.push(await (await kc.admin('GET', `/${realm}/clients/${client.id}/roles/${name}`)).json());
      }
      await kc.admin('POST', `/${realm}/users/${found.id}/role-mappings/clients/${client.id}`, roles);
    }
  }
}

/** The client's representation (internal id and all) by its OpenID client id. */
export async function findClient(
  kc: KeycloakServer,
  realm: string,
  clientId: string,
): Promise<{ id: string } & Record<string, unknown>> {
  const found = (await (
    await kc.admin('GET', `/${realm}/clients?clientId=${encodeURIComponent(clientId)}`)
  ).json()) as ({
    id: string;
  } & Record<string, unknown>)[];
  const [client] = found;
  if (!client) throw new Error(`no client ${clientId} in realm ${realm}`);
  return client;
}
