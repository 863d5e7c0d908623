// Kubernetes Secret building blocks of the cluster stack (cdktf), for use from another cdktf app.
export * from './hub-generated-keys.js';
export * from './oidc-client-secret.js';
export * from './registry-pull-secret.js';
