/**
 * The GPU default the config schema shares with the GPU scheduling builder.
 */

/** The extended resource a GPU profile asks for: NVIDIA's device plugin's. */
export const DEFAULT_GPU_RESOURCE = 'nvidia.com/gpu';
