/**
 * The chart's own images for an install on the test cluster: the archives scripts/tools/chart-images.sh
 * built (hub, proxy, user scheduler, each under the chart's own tag) and the cluster's pause, copied into a test Harbor's project by its
 * admin, as a homelab's proxy-cache project would hold them, and the Harbor made reachable by the node's
 * containerd. Returns the `chart.images` config that points the release at them.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IMAGES, type ChartImage } from '../../../constructs/jupyterhub/chart-image-rules.js';
import { NODE_IMAGES_DIR } from '../../cluster/layout.js';
import type { HarborServer } from './harbor-server.js';
import { bridgeIntoNode, pullOverHttp } from './node-bridge.js';
import { CACHE } from './processes.js';

const CHART_IMAGES_DIR = join(CACHE, 'chart-images');

export interface ChartImagesInHarbor {
  /** `chart.images` of the install's config. */
  readonly config: {
    mirrors: Record<string, string>;
    tags: Record<string, string>;
    pullWithSecret: true;
  };
  /** The proxy's image (configurable-http-proxy) in Harbor. */
  readonly proxyImage: string;
  /** Closes the node's way to Harbor (Harbor itself is the caller's). */
  stop(): Promise<void>;
}

function archive(dir: string, name: string, tool: string): string {
  const file = join(dir, `${name}.tar`);
  if (!existsSync(file) || statSync(file).size === 0) {
    throw new Error(`${file} is missing: run bash scripts/install-tools.sh ${tool}`);
  }
  return file;
}

function skopeoCopy(harbor: HarborServer, file: string, reference: string): Promise<void> {
  const args = [
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    '--dest-creds',
    `${harbor.admin.username}:${harbor.admin.password}`,
  ];
  return new Promise((resolve, reject) =>
    execFile(
      'skopeo',
      [...args, `oci-archive:${file}`, `docker://${reference}`],
      { timeout: 600_000 },
      (error, _out, stderr) => (error ? reject(new Error(`skopeo copy ${file} ${reference}: ${stderr}`)) : resolve()),
    ),
  );
}

/** Pushes the chart's images into `project` (which must exist) and lets the node pull from `harbor`. */
export async function chartImagesInHarbor(harbor: HarborServer, project: string): Promise<ChartImagesInHarbor> {
  // The cluster's own pause program, not the chart's pause 3.10.1: its tag says so.
  const pause = 'thinkube-1';
  const mirror = `${harbor.host}/${project}`;
  const at = (image: ChartImage, tag: string = CHART_IMAGES[image].tag) =>
    `${mirror}/${CHART_IMAGES[image].name.replace(/^quay\.io\//, 'quay/').replace(/^registry\.k8s\.io\//, 'k8s/')}:${tag}`;
  const pushes: [string, string][] = [
    [archive(CHART_IMAGES_DIR, 'hub', 'chart-images'), at('hub')],
    [archive(CHART_IMAGES_DIR, 'proxy', 'chart-images'), at('proxy')],
    [archive(CHART_IMAGES_DIR, 'user-scheduler', 'chart-images'), at('userScheduler')],
    [archive(NODE_IMAGES_DIR, 'pause', 'cluster-images'), at('prePullerPause', pause)],
  ];
  for (const [file, reference] of pushes) await skopeoCopy(harbor, file, reference);
  // containerd reaches Harbor at the host's own address for it, over plain HTTP.
  const bridge = await bridgeIntoNode(`harbor-${harbor.host.split(':')[1]}`, Number(harbor.host.split(':')[1]));
  const undoHttp = pullOverHttp(harbor.host);
  return {
    config: {
      mirrors: { 'quay.io': `${mirror}/quay`, 'registry.k8s.io': `${mirror}/k8s` },
      tags: { [CHART_IMAGES.prePullerPause.name]: pause },
      pullWithSecret: true,
    },
    proxyImage: at('proxy'),
    async stop() {
      undoHttp();
      await bridge.stop();
    },
  };
}
