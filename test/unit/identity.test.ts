import { describe, expect, it } from 'vitest';
import { TerraformTesting } from '../../constructs/cdktf.js';
import { KeycloakHubClient, type KeycloakHubClientProps } from '../../constructs/identity/keycloak-hub-client.js';
import { KeycloakHubRoles } from '../../constructs/identity/keycloak-hub-roles.js';
import { synthScope } from '../support/terraform.js';

const clientProps: KeycloakHubClientProps = {
  realmId: 'thinkube',
  clientId: 'jupyterhub',
  hubOrigins: ['https://notebooks.example.org'],
  groupsClaim: 'groups',
  rolesClaim: 'hub_roles',
  usernameClaim: 'preferred_username',
};

describe('KeycloakHubClient', () => {
  it('defaults: confidential, code flow only, PKCE S256, exact redirect, web origin and post-logout page', () => {
    const stack = synthScope((scope) => {
      new KeycloakHubClient(scope, 'Client', clientProps);
    });
    expect(
      TerraformTesting.toHaveResourceWithProperties(stack.json, 'keycloak_openid_client', {
        realm_id: 'thinkube',
        client_id: 'jupyterhub',
        name: 'JupyterHub',
        access_type: 'CONFIDENTIAL',
        standard_flow_enabled: true,
        implicit_flow_enabled: false,
        direct_access_grants_enabled: false,
        service_accounts_enabled: false,
        pkce_code_challenge_method: 'S256',
        valid_redirect_uris: ['https://notebooks.example.org/hub/oauth_callback'],
        web_origins: ['https://notebooks.example.org'],
        valid_post_logout_redirect_uris: ['https://notebooks.example.org/hub/'],
        full_scope_allowed: false,
      }),
    ).toBe(true);
    // The secret is Keycloak's: never typed into the configuration.
    expect(stack.only('keycloak_openid_client')).not.toHaveProperty('client_secret');
  });

  it('defaults: mappers for user name, email, full name, group paths and the client roles', () => {
    const stack = synthScope((scope) => {
      new KeycloakHubClient(scope, 'Client', clientProps);
    });
    const everywhere = { add_to_id_token: true, add_to_access_token: true, add_to_userinfo: true };
    const properties = Object.values(stack.all('keycloak_openid_user_property_protocol_mapper'));
    expect(properties.map((m) => [m.user_property, m.claim_name]).sort()).toEqual([
      ['email', 'email'],
      ['username', 'preferred_username'],
    ]);
    expect(stack.only('keycloak_openid_full_name_protocol_mapper')).toMatchObject(everywhere);
    expect(stack.only('keycloak_openid_group_membership_protocol_mapper')).toMatchObject({
      claim_name: 'groups',
      full_path: true,
      ...everywhere,
    });
    expect(stack.only('keycloak_openid_user_client_role_protocol_mapper')).toMatchObject({
      claim_name: 'hub_roles',
      multivalued: true,
      client_id_for_role_mappings: expect.stringMatching(
        /^\$\{keycloak_openid_client\.Client_[0-9A-F]{8}\.client_id\}$/,
      ),
      ...everywhere,
    });
  });

  it('custom: further hub origins each get their callback, origin and post-logout page; a display name', () => {
    const stack = synthScope((scope) => {
      new KeycloakHubClient(scope, 'Client', {
        ...clientProps,
        hubOrigins: ['https://notebooks.example.org', 'http://127.0.0.1:8123'],
        displayName: 'Notebooks',
      });
    });
    expect(stack.only('keycloak_openid_client')).toMatchObject({
      name: 'Notebooks',
      valid_redirect_uris: [
        'https://notebooks.example.org/hub/oauth_callback',
        'http://127.0.0.1:8123/hub/oauth_callback',
      ],
      web_origins: ['https://notebooks.example.org', 'http://127.0.0.1:8123'],
      valid_post_logout_redirect_uris: ['https://notebooks.example.org/hub/', 'http://127.0.0.1:8123/hub/'],
    });
  });

  it('fails if an origin has a path or a wildcard, or the claims collide, naming every problem', () => {
    expect(() =>
      synthScope((scope) => {
        new KeycloakHubClient(scope, 'Client', {
          ...clientProps,
          hubOrigins: ['https://notebooks.example.org/hub', 'https://*.example.org'],
          rolesClaim: 'groups',
        });
      }),
    ).toThrow(
      'hubOrigins must be origins such as "https://notebooks.example.org" (no path), got "https://notebooks.example.org/hub"; ' +
        'hubOrigins must be origins such as "https://notebooks.example.org" (no path), got "https://*.example.org"; ' +
        'rolesClaim must differ from groupsClaim, got "groups" for both',
    );
  });

  it('fails if no origin is given', () => {
    expect(() =>
      synthScope((scope) => {
        new KeycloakHubClient(scope, 'Client', { ...clientProps, hubOrigins: [] });
      }),
    ).toThrow('hubOrigins must hold the public origin of the hub, got none');
  });
});

describe('KeycloakHubRoles', () => {
  const roles = {
    admin: { clientRole: 'admin', group: 'jupyterhub-admins', description: 'admins' },
    user: { clientRole: 'user', group: 'jupyterhub-users', description: 'users' },
  };

  it('defaults: a client role per role, a group per role created here, the role granted to the group', () => {
    const stack = synthScope((scope) => {
      const client = new KeycloakHubClient(scope, 'Client', clientProps);
      new KeycloakHubRoles(scope, 'Roles', { realmId: 'thinkube', client, roles });
    });
    const clientRef = expect.stringMatching(/^\$\{keycloak_openid_client\.Client_[0-9A-F]{8}\.id\}$/);
    expect(Object.values(stack.all('keycloak_role')).map((r) => [r.name, r.client_id])).toEqual([
      ['admin', clientRef],
      ['user', clientRef],
    ]);
    expect(Object.values(stack.all('keycloak_group')).map((g) => g.name)).toEqual([
      'jupyterhub-admins',
      'jupyterhub-users',
    ]);
    const grants = Object.values(stack.all('keycloak_group_roles'));
    expect(grants).toHaveLength(2);
    expect(grants[0]).toMatchObject({
      exhaustive: true,
      group_id: expect.stringMatching(/^\$\{keycloak_group\.Roles_Admin_Group_[0-9A-F]{8}\.id\}$/),
      role_ids: [expect.stringMatching(/^\$\{keycloak_role\.Roles_Admin_ClientRole_[0-9A-F]{8}\.id\}$/)],
    });
  });

  it('custom: existing groups are looked up, and the grant adds the role without removing others', () => {
    const stack = synthScope((scope) => {
      const client = new KeycloakHubClient(scope, 'Client', clientProps);
      new KeycloakHubRoles(scope, 'Roles', { realmId: 'thinkube', client, roles, createGroups: false });
    });
    expect(stack.all('keycloak_group')).toEqual({});
    expect(
      TerraformTesting.toHaveDataSourceWithProperties(stack.json, 'keycloak_group', { name: 'jupyterhub-users' }),
    ).toBe(true);
    for (const grant of Object.values(stack.all('keycloak_group_roles'))) expect(grant.exhaustive).toBe(false);
  });

  it('fails if roles share a group or a client role, or a group is a path', () => {
    expect(() =>
      synthScope((scope) => {
        const client = new KeycloakHubClient(scope, 'Client', clientProps);
        new KeycloakHubRoles(scope, 'Roles', {
          realmId: 'thinkube',
          client,
          roles: {
            admin: { clientRole: 'admin', group: '/platform/admins', description: '' },
            user: { clientRole: 'admin', group: '/platform/admins', description: '' },
          },
        });
      }),
    ).toThrow(
      'roles.admin.group must be a short group name (no "/"), got "/platform/admins"; ' +
        'roles.user.group must be a short group name (no "/"), got "/platform/admins"; ' +
        'roles must not share a group, got "/platform/admins" twice; roles must not share a clientRole, got "admin" twice',
    );
  });
});
