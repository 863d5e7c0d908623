/**
 * The chart's own images (hub, proxy, user scheduler, ...) and where they are pulled from. By default the
 * values leave them to the chart, which pulls them from quay.io and registry.k8s.io. A homelab that pulls
 * through its Harbor (a proxy-cache project per upstream registry) or an air-gapped one names a mirror per
 * registry in `chart.images.mirrors`; `chart.images.tags` pins another tag of one of them.
 */
import { IMAGE_PULL_SECRET } from '../names.js';
import { CHART_IMAGES, type ChartImage } from './chart-image-rules.js';

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
