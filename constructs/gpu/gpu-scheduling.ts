/**
 * What a GPU server needs beyond a CPU one: the GPU limit, placement on GPU nodes, tolerating their
 * taints, and (where the cluster needs it) the NVIDIA runtime class.
 */
import { DEFAULT_GPU_RESOURCE } from './gpu-rules.js';

export interface GpuSchedulingProps {
  /**
   * Extended resource name of the GPUs.
   * @default 'nvidia.com/gpu'
   */
  readonly resourceName?: string;
  /** Node labels GPU servers are scheduled on. */
  readonly nodeSelector: Record<string, string>;
  /** Taints of GPU nodes that GPU servers tolerate. */
  readonly tolerations: readonly GpuToleration[];
  /**
   * RuntimeClass that exposes the GPUs to containers.
   * @default - the cluster's default runtime
   */
  readonly runtimeClassName?: string;
  /**
   * Tolerations every user server has (the chart's `scheduling.userPods.tolerations`). A profile's list
   * replaces KubeSpawner's whole list, so a GPU profile repeats them before its own.
   * @default []
   */
  readonly userTolerations?: readonly GpuToleration[];
}

export interface GpuToleration {
  readonly key: string;
  readonly operator: 'Exists' | 'Equal';
  readonly value?: string;
  readonly effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** The KubeSpawner overrides of a server with `gpus` GPUs (snake_case, as KubeSpawner names traits). */
export function gpuSpawnerOverride(gpus: number, props: GpuSchedulingProps): Record<string, unknown> {
  if (!Number.isInteger(gpus) || gpus < 1) {
    throw new Error(`a GPU profile needs a whole number of GPUs of at least 1, got ${gpus}`);
  }
  const resourceName = props.resourceName ?? DEFAULT_GPU_RESOURCE;
  const override: Record<string, unknown> = {
    extra_resource_limits: { [resourceName]: String(gpus) },
    node_selector: { ...props.nodeSelector },
    // Profile overrides replace lists (CHART-NOTES): the user tolerations first, then the GPU nodes'.
    tolerations: [...(props.userTolerations ?? []), ...props.tolerations].map((t) => ({ ...t })),
  };
  if (props.runtimeClassName !== undefined) {
    override.extra_pod_config = { runtimeClassName: props.runtimeClassName };
  }
  return override;
}
