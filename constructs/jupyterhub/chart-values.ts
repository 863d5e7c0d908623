/**
 * The JupyterHub chart 4.4.0 values, as a type: generated from the chart's own values.schema.json (no
 * hand-written copy of the chart's structure), plus the one block the project defines itself.
 * @see https://z2jh.jupyter.org/en/stable/resources/reference.html
 */
import type { Z2jhValues } from '../../imports/z2jh-values.js';
import type { ThinkubeAccessValues } from './access-policy-schema.js';

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
