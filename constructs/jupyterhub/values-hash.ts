/**
 * The hash of the chart values that restarts the hub exactly when its configuration changes. The chart's
 * own checksum annotations hash random secrets and are dropped (see names.ts); this one hashes the values.
 */
import { createHash } from 'node:crypto';
import { VALUES_HASH_ANNOTATION } from '../names.js';

/** JSON with object keys sorted, so equal values always hash the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The values with the hub pod annotated by their hash (the hub is the pod that reads them). */
export function withValuesHash<V extends { readonly hub: object }>(values: V) {
  return { ...values, hub: { ...values.hub, annotations: { [VALUES_HASH_ANNOTATION]: sha256(stableJson(values)) } } };
}
