/**
 * npm run check:imports: fails when the project's own TypeScript modules import each other in a cycle,
 * or when a building block (constructs/) imports the configuration (config/): constructs take props,
 * only the composition layer (app/) reads the config. Reads relative `import ... from './x.js'` /
 * `export ... from` statements (type-only imports included), builds the module graph, reports every
 * problem found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SOURCE_DIRS = ['main.ts', 'app', 'cli', 'config', 'constructs', 'bench', 'scripts', 'test'];

function files(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return full.endsWith('.ts') ? [full] : [];
  return readdirSync(full).flatMap((entry) => (entry === 'node_modules' ? [] : files(join(path, entry))));
}

const graph = new Map<string, string[]>();
for (const file of SOURCE_DIRS.flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) =>
    resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')),
  );
  graph.set(
    file,
    targets.filter((t) => !t.includes(`${root}/imports/`)),
  );
}

const cycles: string[][] = [];
const state = new Map<string, 'visiting' | 'done'>();
function visit(node: string, path: string[]): void {
  if (state.get(node) === 'done') return;
  if (state.get(node) === 'visiting') {
    cycles.push([...path.slice(path.indexOf(node)), node]);
    return;
  }
  state.set(node, 'visiting');
  for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  state.set(node, 'done');
}
for (const node of graph.keys()) visit(node, []);

const layering = [...graph.entries()].flatMap(([from, targets]) =>
  relative(root, from).startsWith('constructs/')
    ? targets.filter((t) => relative(root, t).startsWith('config/')).map((t) => [from, t] as const)
    : [],
);

for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
for (const [from, to] of layering) {
  console.error(
    `${relative(root, from)} imports ${relative(root, to)}: constructs take props, only app/ reads config/`,
  );
}
if (cycles.length + layering.length > 0) process.exitCode = 1;
else console.log(`no import cycles among ${graph.size} modules, and no construct imports config/`);
