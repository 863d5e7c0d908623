/**
 * The chart's own images and the registries they come from, in a module of their own so that the config
 * schema names the same mirrors and repositories without loading the values builder.
 */

/**
 * The images chart 4.4.0's values.yaml names for the pods this project's values run, by the value that
 * holds each (a unit test reads the real chart's values.yaml against this table). The chart's others stay
 * off here: traefik and secret-sync (autohttps; TLS ends at the Gateway), network-tools (the iptables
 * metadata block, replaced by NetworkPolicy) and image-awaiter (the pre-pull hook).
 */
export const CHART_IMAGES = {
  hub: { name: 'quay.io/jupyterhub/k8s-hub', tag: '4.4.0', value: 'hub.image' },
  proxy: { name: 'quay.io/jupyterhub/configurable-http-proxy', tag: '5.2.0', value: 'proxy.chp.image' },
  userScheduler: { name: 'registry.k8s.io/kube-scheduler', tag: 'v1.30.14', value: 'scheduling.userScheduler.image' },
  userPlaceholder: { name: 'registry.k8s.io/pause', tag: '3.10.1', value: 'scheduling.userPlaceholder.image' },
  prePullerPause: { name: 'registry.k8s.io/pause', tag: '3.10.1', value: 'prePuller.pause.image' },
} as const;
export type ChartImage = keyof typeof CHART_IMAGES;

/** The registries chart 4.4.0 pulls from (a mirror may be named for each). */
export const CHART_REGISTRIES = ['quay.io', 'registry.k8s.io'] as const;
/** The chart's image repositories (a tag may be pinned for each). */
export const CHART_REPOSITORIES = [...new Set(Object.values(CHART_IMAGES).map((image) => image.name))] as [
  string,
  ...string[],
];
