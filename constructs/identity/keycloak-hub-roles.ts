import { Construct } from 'constructs';
import { DataKeycloakGroup } from '../../imports/terraform/providers/keycloak/data-keycloak-group/index.js';
import { Group } from '../../imports/terraform/providers/keycloak/group/index.js';
import { GroupRoles } from '../../imports/terraform/providers/keycloak/group-roles/index.js';
import { Role } from '../../imports/terraform/providers/keycloak/role/index.js';
import type { KeycloakHubClient } from './keycloak-hub-client.js';

/** One hub role: a client role, and the group whose members hold it. */
export interface KeycloakHubRole {
  /** Name of the client role (what the roles claim carries). */
  readonly clientRole: string;
  /** Short name of the top-level group granted the role. */
  readonly group: string;
  /** Shown in Keycloak's admin console. */
  readonly description: string;
}

export interface KeycloakHubRolesProps {
  /** Id of the realm. */
  readonly realmId: string;
  /** The hub's client, whose roles these are. */
  readonly client: KeycloakHubClient;
  /** The roles, by a stable key (the construct id of each role's objects derives from it). */
  readonly roles: Readonly<Record<string, KeycloakHubRole>>;
  /**
   * Create the groups. `false`: they exist already; they are looked up, and only the hub's role is added
   * to each (other role mappings of the group are left alone).
   * @default true
   */
  readonly createGroups?: boolean;
}

/**
 * The hub's roles as Keycloak client roles, each granted to its group. An operator can also grant a role
 * to one person directly (Users > Role mapping), without a group.
 */
export class KeycloakHubRoles extends Construct {
  /** Client role name by role key. */
  public readonly clientRoles: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: KeycloakHubRolesProps) {
    super(scope, id);
    const createGroups = props.createGroups ?? true;
    const problems: string[] = [];
    const entries = Object.entries(props.roles);
    if (entries.length === 0) problems.push('roles must hold at least one role, got none');
    for (const [key, role] of entries) {
      if (!/^[a-z][a-zA-Z0-9]*$/.test(key)) problems.push(`roles keys must be camelCase words, got "${key}"`);
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(role.group)) {
        problems.push(`roles.${key}.group must be a short group name (no "/"), got "${role.group}"`);
      }
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(role.clientRole)) {
        problems.push(`roles.${key}.clientRole must be a lower-case name such as "gpu-user", got "${role.clientRole}"`);
      }
    }
    for (const field of ['group', 'clientRole'] as const) {
      const values = entries.map(([, role]) => role[field]);
      const repeated = values.filter((v, i) => values.indexOf(v) !== i);
      if (repeated.length > 0) problems.push(`roles must not share a ${field}, got "${repeated.join('", "')}" twice`);
    }
    if (problems.length > 0) throw new Error(problems.join('; '));

    const clientRoles: Record<string, string> = {};
    for (const [key, spec] of entries) {
      // One construct per role, named after its stable key: renaming a group renames, never re-creates.
      const scopeOfRole = new Construct(this, key.charAt(0).toUpperCase() + key.slice(1));
      const role = new Role(scopeOfRole, 'ClientRole', {
        realmId: props.realmId,
        clientId: props.client.id,
        name: spec.clientRole,
        description: spec.description,
      });
      const groupId = createGroups
        ? new Group(scopeOfRole, 'Group', { realmId: props.realmId, name: spec.group }).id
        : new DataKeycloakGroup(scopeOfRole, 'Group', { realmId: props.realmId, name: spec.group }).id;
      new GroupRoles(scopeOfRole, 'Grant', {
        realmId: props.realmId,
        groupId,
        roleIds: [role.id],
        // A group this stack does not own may carry other roles: add ours, remove nothing.
        exhaustive: createGroups,
      });
      clientRoles[key] = spec.clientRole;
    }
    this.clientRoles = clientRoles;
  }
}
