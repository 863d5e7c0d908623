/** Kubernetes quantities as numbers, so limits can be compared while validating config. */

const BINARY_SUFFIX: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

/** Bytes of a binary quantity such as "10Gi" (the only form the config schema accepts). */
export function bytesOf(quantity: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti)$/.exec(quantity);
  if (!match) throw new Error(`not a binary byte quantity: "${quantity}"`);
  return Number(match[1]) * (BINARY_SUFFIX[match[2] as string] as number);
}

/**
 * KubeSpawner's mem_limit/mem_guarantee are JupyterHub ByteSpecifications: "4G" means 4 * 1024^3 bytes
 * and the Kubernetes spelling "4Gi" is rejected, so the binary suffix loses its "i".
 */
export function toSpawnerMemory(quantity: string): string {
  return quantity.replace(/i$/, '');
}
