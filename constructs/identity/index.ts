// Keycloak building blocks of the identity stack (cdktf), for use from another cdktf app.
export * from './keycloak-hub-client.js';
export * from './keycloak-hub-roles.js';
export * from './oidc-rules.js';
