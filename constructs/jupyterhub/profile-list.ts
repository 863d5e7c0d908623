import { type GpuSchedulingProps, gpuSpawnerOverride } from '../gpu/gpu-scheduling.js';
import { toSpawnerMemory } from '../quantities.js';

/** One server size, in the project's terms. */
export interface ServerProfile {
  readonly slug: string;
  readonly displayName: string;
  readonly description: string;
  readonly default: boolean;
  readonly cpu: { readonly guarantee: number; readonly limit: number };
  readonly memory: { readonly guarantee: string; readonly limit: string };
  readonly gpus: number;
  /** Node-local disk outside volumes (Kubernetes quantities). */
  readonly ephemeralStorage: { readonly guarantee: string; readonly limit: string };
}

/** The extended resource KubeSpawner requests for node-local disk. */
export const EPHEMERAL_STORAGE = 'ephemeral-storage';

/** An entry of the chart's `singleuser.profileList` (KubeSpawner's `profile_list`). */
export interface KubeSpawnerProfile {
  slug: string;
  display_name: string;
  description: string;
  default?: boolean;
  kubespawner_override: Record<string, unknown>;
}

/**
 * The spawn form's profiles. GPU profiles are kept only when the cluster has GPUs (`gpu` given);
 * without GPUs they are left out rather than offered and left Pending forever. `gpuImage` (a full
 * image reference) replaces the default image in GPU profiles.
 */
export function profileList(
  profiles: readonly ServerProfile[],
  gpu?: GpuSchedulingProps,
  gpuImage?: string,
): KubeSpawnerProfile[] {
  return profiles
    .filter((profile) => profile.gpus === 0 || gpu !== undefined)
    .map((profile) => {
      const override: Record<string, unknown> = {
        cpu_guarantee: profile.cpu.guarantee,
        cpu_limit: profile.cpu.limit,
        mem_guarantee: toSpawnerMemory(profile.memory.guarantee),
        mem_limit: toSpawnerMemory(profile.memory.limit),
        extra_resource_guarantees: { [EPHEMERAL_STORAGE]: profile.ephemeralStorage.guarantee },
        extra_resource_limits: { [EPHEMERAL_STORAGE]: profile.ephemeralStorage.limit },
      };
      if (profile.gpus > 0 && gpu) {
        const gpuOverride = gpuSpawnerOverride(profile.gpus, gpu);
        Object.assign(override, gpuOverride, {
          // Both limits: KubeSpawner replaces a whole dict from a profile, it does not merge it.
          extra_resource_limits: {
            ...(override.extra_resource_limits as Record<string, string>),
            ...((gpuOverride as { extra_resource_limits?: Record<string, string> }).extra_resource_limits ?? {}),
          },
        });
        // GPU servers run the CUDA variant of the notebook image when there is one.
        if (gpuImage) override.image = gpuImage;
      }
      return {
        slug: profile.slug,
        display_name: profile.displayName,
        description: profile.description,
        ...(profile.default ? { default: true } : {}),
        kubespawner_override: override,
      };
    });
}
