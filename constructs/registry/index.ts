// Harbor building blocks of the registry stack (cdktf), for use from another cdktf app.

export * from './argocd-chart-repository.js';
export * from './harbor-image-project.js';
export * from './harbor-robot.js';
