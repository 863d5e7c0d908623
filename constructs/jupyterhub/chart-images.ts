/**
 * The chart's own images (hub, proxy, user scheduler, ...) and where they are pulled from. By default the
 * values leave them to the chart, which pulls them from quay.io and registry.k8s.io. A homelab that pulls
 * through its Harbor (a proxy-cache project per upstream registry) or an air-gapped one names a mirror per
 * registry in `chart.images.mirrors`; `chart.images.tags` pins another tag of one of them.
 */
import { IMAGE_PULL_SECRET } from '../names.js';

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

/** `chart.images` of the config. */
export interface ChartImageSources {
  readonly mirrors: Readonly<Partial<Record<string, string>>>;
  readonly tags: Readonly<Partial<Record<string, string>>>;
  readonly pullWithSecret: boolean;
}

/** `quay.io/jupyterhub/k8s-hub` as its registry and the path below it. */
function upstream(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  return { registry: name.slice(0, slash), path: name.slice(slash + 1) };
}

/**
 * The `image` value (and pull Secrets) for one of the chart's images, or nothing when the config leaves it
 * as the chart has it, so a config without mirrors renders exactly the chart's defaults.
 */
export function chartImage(
  images: ChartImageSources,
  image: ChartImage,
): { image?: { name: string; tag: string; pullSecrets?: string[] } } {
  const chart = CHART_IMAGES[image];
  const { mirrors, tags, pullWithSecret } = images;
  const { registry, path } = upstream(chart.name);
  const mirror = mirrors[registry];
  const tag = tags[chart.name];
  if (mirror === undefined && tag === undefined && !pullWithSecret) return {};
  return {
    image: {
      name: mirror === undefined ? chart.name : `${mirror}/${path}`,
      tag: tag ?? chart.tag,
      ...(pullWithSecret ? { pullSecrets: [IMAGE_PULL_SECRET.name] } : {}),
    },
  };
}
