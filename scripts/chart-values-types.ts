/**
 * Generates imports/z2jh-values.ts: the TypeScript type of the JupyterHub chart 4.4.0's values, from
 * the chart's own values.schema.json (../shared/schemas/z2jh-4.4.0, or THINKUBE_SCHEMAS_DIR), with
 * json-schema-to-typescript. Run by scripts/import-bindings.sh; CI checks the output is fresh.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = process.env.THINKUBE_SCHEMAS_DIR ?? resolve(root, '..', 'shared', 'schemas');
const types = await compileFromFile(join(schemas, 'z2jh-4.4.0', 'values.schema.json'), {
  bannerComment:
    '/* The values of the JupyterHub chart 4.4.0, generated from its values.schema.json by\n' +
    ' * json-schema-to-typescript (scripts/chart-values-types.ts). Do not edit; see imports/README.md. */',
  additionalProperties: false,
  unknownAny: true,
  format: false,
});
writeFileSync(
  join(root, 'imports', 'z2jh-values.ts'),
  types.replace('export interface Values', 'export interface Z2jhValues'),
);
console.log('wrote imports/z2jh-values.ts');
