// The project's cdk8s building blocks, for use from another cdk8s app. The Terraform (cdktf) blocks have
// their own indexes (identity/, registry/, secrets/), so that a cdk8s app never loads cdktf.
export * from './exposure/hub-http-route.js';
export * from './exposure/hub-ingress.js';
export * from './gpu/gpu-scheduling.js';
export * from './image/notebook-image.js';
export * from './jupyterhub/hub-python.js';
export * from './jupyterhub/jupyterhub-release.js';
export * from './jupyterhub/profile-list.js';
export * from './namespace/hub-namespace.js';
export * from './storage/home-storage-class.js';
export * from './storage/shared-data-volume.js';
