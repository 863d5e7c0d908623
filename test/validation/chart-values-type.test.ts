/**
 * The chart values type is the chart's own schema, not a hand-written copy: values the chart would
 * refuse do not compile. Each case type-checks a small file with the project's compiler settings; the
 * control proves the harness compiles what is right, so the failures are about the values.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
// Inside the repository so that the imports resolve as they do for the project's own code.
const dir = mkdtempSync(join(root, 'test', '.typecheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typecheck(name: string, values: string): { ok: boolean; output: string } {
  writeFileSync(
    join(dir, `${name}.ts`),
    `import type { ChartValues } from '../../constructs/jupyterhub/chart-values.js';\n` +
      `export const values = ${values} satisfies ChartValues;\n`,
  );
  writeFileSync(
    join(dir, `${name}.json`),
    JSON.stringify({ extends: '../../tsconfig.json', include: [`${name}.ts`], compilerOptions: { noEmit: true } }),
  );
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, `${name}.json`)], {
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('chart values type (generated from values.schema.json)', () => {
  it('control: values the chart accepts compile', () => {
    const result = typecheck('accepted', `{ proxy: { service: { type: 'ClusterIP' } }, cull: { timeout: 3600 } }`);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('refuses an enum member the chart does not know', () => {
    const result = typecheck('bad-enum', `{ proxy: { service: { type: 'Bogus' } } }`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-enum\.ts.*'"Bogus"' is not assignable/s);
  });

  it('refuses a value of the wrong type', () => {
    const result = typecheck('bad-type', `{ cull: { timeout: '1h' } }`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-type\.ts.*'string' is not assignable to type 'number/s);
  });

  it('refuses a field where the schema closes the object', () => {
    const result = typecheck('unknown-field', `{ cull: { timeOut: 3600 } }`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/unknown-field\.ts.*'timeOut' does not exist/s);
  });
});
