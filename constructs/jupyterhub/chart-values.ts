/**
 * The JupyterHub chart 4.4.0 values, as a type: generated from the chart's own values.schema.json (no
 * hand-written copy of the chart's structure), plus the one block the project defines itself.
 * @see https://z2jh.jupyter.org/en/stable/resources/reference.html
 */
import type { Z2jhValues } from '../../imports/z2jh-values.js';

/** The role policy hub/thinkube_access.py reads from `custom.thinkube`. */
export interface ThinkubeAccessValues {
  readonly groupsClaim: string;
  /** Userinfo claim with the hub client's roles (the identity stack's mapper). */
  readonly rolesClaim: string;
  /** Name of the shared volume mount to make writable per role; null when there is none. */
  readonly sharedVolumeName: string | null;
  /** GPU profiles are offered and started only where a node can take them; null when GPUs are off. */
  readonly gpu: {
    readonly resourceName: string;
    readonly capacityCacheSeconds: number;
    readonly apiTimeoutSeconds: number;
  } | null;
  /** How often the hub re-checks the owners of running servers with the identity provider, in seconds. */
  readonly recheckSeconds: number;
  readonly roles: Record<
    'admin' | 'gpuUser' | 'user',
    {
      readonly clientRole: string;
      readonly group: string;
      readonly profiles: readonly string[];
      readonly limits: {
        readonly cpu: number;
        readonly memory: string;
        readonly gpus: number;
        readonly homeStorage: string;
        readonly ephemeralStorage: string;
      };
      readonly sharedVolume: 'read-only' | 'read-write';
    }
  >;
}

/**
 * What a values file may give: any part of the chart's values (helm merges it over values.yaml), typed
 * from the chart's own values.schema.json (imports/z2jh-values.ts, generated). The app builds its values
 * with `satisfies HubChartValues`, so a field of the wrong type, an enum member the chart does not accept,
 * or (where the schema closes an object) an unknown field is a compile error; fields the schema leaves
 * open are caught by the values-schema test (validateChartValues).
 */
export type ChartValues = DeepPartial<Z2jhValues>;

/** The chart's values with the project's own `custom.thinkube` block, which the chart leaves free-form. */
export type HubChartValues = ChartValues & { readonly custom: { readonly thinkube: ThinkubeAccessValues } };

type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
