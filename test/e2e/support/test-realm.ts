/**
 * The realm the end-to-end tests log in through, built from the project's configuration: the hub's
 * confidential client (standard flow only, exact redirect URI, PKCE S256, post-logout redirect), a
 * group-membership mapper that sends short group names, the three role groups, and test users.
 *
 * The Terraform identity stack is meant to apply exactly this; until its provider can be had (see the
 * README), the tests apply it through Keycloak's admin REST API.
 */
import { randomBytes } from 'node:crypto';
import type { ThinkubeConfig } from '../../../config/load.js';
import type { KeycloakServer } from './keycloak-server.js';

export interface TestUser {
  readonly username: string;
  readonly password: string;
  readonly groups: readonly string[];
}

export interface TestRealm {
  readonly realm: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly users: { admin: TestUser; user: TestUser; gpuUser: TestUser; outsider: TestUser };
}

export interface TestRealmOptions {
  /** Base URL of the hub the client redirects to, e.g. http://127.0.0.1:8123 */
  readonly hubUrl: string;
  /** Access token lifespan: short, so a test can watch the hub refresh it. */
  readonly accessTokenLifespanSeconds: number;
  /** Extra redirect URIs (e.g. a bare callback for the benchmark's baseline round trip). */
  readonly extraRedirectUris?: readonly string[];
}

export async function createTestRealm(
  kc: KeycloakServer,
  config: ThinkubeConfig,
  options: TestRealmOptions,
): Promise<TestRealm> {
  const realm = config.keycloak.realm;
  const clientId = config.keycloak.clientId;
  const clientSecret = randomBytes(24).toString('hex');
  const password = () => randomBytes(12).toString('base64url');
  const users = {
    admin: { username: 'ada', password: password(), groups: [config.roles.admin.group] },
    user: { username: 'bob', password: password(), groups: [config.roles.user.group] },
    gpuUser: { username: 'gus', password: password(), groups: [config.roles.gpuUser.group] },
    outsider: { username: 'eve', password: password(), groups: ['staff'] },
  };

  await kc.admin('DELETE', `/${realm}`);
  await kc.admin('POST', '', {
    realm,
    enabled: true,
    accessTokenLifespan: options.accessTokenLifespanSeconds,
    ssoSessionIdleTimeout: 1800,
  });

  await kc.admin('POST', `/${realm}/clients`, {
    clientId,
    name: 'JupyterHub',
    protocol: 'openid-connect',
    enabled: true,
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret: clientSecret,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    redirectUris: [`${options.hubUrl}/hub/oauth_callback`, ...(options.extraRedirectUris ?? [])],
    webOrigins: [options.hubUrl],
    attributes: {
      'pkce.code.challenge.method': 'S256',
      'post.logout.redirect.uris': `${options.hubUrl}/hub/`,
    },
    protocolMappers: [
      {
        name: 'groups',
        protocol: 'openid-connect',
        protocolMapper: 'oidc-group-membership-mapper',
        config: {
          'full.path': 'false',
          'claim.name': config.keycloak.groupsClaim,
          'id.token.claim': 'true',
          'access.token.claim': 'true',
          'userinfo.token.claim': 'true',
        },
      },
    ],
  });

  const groupIds = new Map<string, string>();
  for (const name of [config.roles.admin.group, config.roles.gpuUser.group, config.roles.user.group, 'staff']) {
    const created = await kc.admin('POST', `/${realm}/groups`, { name });
    groupIds.set(name, (created.headers.get('location') ?? '').split('/').pop() ?? '');
  }

  for (const user of Object.values(users)) {
    const created = await kc.admin('POST', `/${realm}/users`, {
      username: user.username,
      enabled: true,
      email: `${user.username}@example.org`,
      emailVerified: true,
      firstName: user.username,
      lastName: 'Tester',
      credentials: [{ type: 'password', value: user.password, temporary: false }],
    });
    const userId = (created.headers.get('location') ?? '').split('/').pop();
    for (const group of user.groups) {
      await kc.admin('PUT', `/${realm}/users/${userId}/groups/${groupIds.get(group)}`);
    }
  }
  return { realm, clientId, clientSecret, users };
}
