/**
 * npm run check:imports: fails when the project's own TypeScript modules import each other in a cycle,
 * when a building block (constructs/) imports the configuration (config/): constructs take props, only
 * the composition layer (app/) reads the config; or when the configuration imports more of constructs/
 * than their rules: config/ may import only the `*-rules.ts` modules and the two shared leaf modules
 * (names.ts, quantities.ts), and nothing config/ reaches may load cdk8s, cdk8s-plus, cdktf, constructs
 * or the generated bindings (loading a config file must not load the frameworks).
 * Reads relative `import ... from './x.js'` / `export ... from` statements (type-only imports included),
 * builds the module graph, reports every problem found.
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

/** The packages and generated bindings the configuration must never load. */
const FRAMEWORKS = /^(cdk8s|cdk8s-plus-27|cdktf|constructs|@cdktf\/.*)$/;
/** What config/ may import from constructs/: the rules modules and two leaf modules of plain data. */
const CONFIG_MAY_IMPORT = (path: string) =>
  /^constructs\/.*-rules\.ts$/.test(path) || path === 'constructs/names.ts' || path === 'constructs/quantities.ts';

const graph = new Map<string, string[]>();
/** Per module, the frameworks it loads itself (a package of FRAMEWORKS, or a file of imports/). */
const frameworks = new Map<string, string[]>();
for (const file of SOURCE_DIRS.flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  const targets = specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
  graph.set(
    file,
    targets.filter((t) => !t.includes(`${root}/imports/`)),
  );
  frameworks.set(file, [
    ...specifiers.filter((s) => FRAMEWORKS.test(s)),
    ...targets.filter((t) => t.includes(`${root}/imports/`)).map((t) => relative(root, t)),
  ]);
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

const fromConfig = [...graph.keys()].filter((f) => relative(root, f).startsWith('config/'));
const configImports = fromConfig.flatMap((from) =>
  (graph.get(from) ?? [])
    .filter((t) => relative(root, t).startsWith('constructs/') && !CONFIG_MAY_IMPORT(relative(root, t)))
    .map((t) => [from, t] as const),
);
// Every module config/ reaches, with the path it is reached by, and the frameworks any of them loads.
const reached = new Map<string, string[]>();
const queue: [string, string[]][] = fromConfig.map((f) => [f, [f]]);
for (let next = queue.shift(); next; next = queue.shift()) {
  const [node, path] = next;
  if (reached.has(node)) continue;
  reached.set(node, path);
  for (const target of graph.get(node) ?? []) queue.push([target, [...path, target]]);
}
const configFrameworks = [...reached.entries()].flatMap(([node, path]) =>
  (frameworks.get(node) ?? []).map((framework) => ({ framework, path })),
);

for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
for (const [from, to] of layering) {
  console.error(
    `${relative(root, from)} imports ${relative(root, to)}: constructs take props, only app/ reads config/`,
  );
}
for (const [from, to] of configImports) {
  console.error(
    `${relative(root, from)} imports ${relative(root, to)}: config/ takes only rules from constructs/ (a *-rules.ts module beside the construct)`,
  );
}
for (const { framework, path } of configFrameworks) {
  console.error(`loading the config loads ${framework}: ${path.map((f) => relative(root, f)).join(' -> ')}`);
}
if (cycles.length + layering.length + configImports.length + configFrameworks.length > 0) process.exitCode = 1;
else {
  console.log(
    `no import cycles among ${graph.size} modules, no construct imports config/, and config/ reaches ` +
      `${reached.size} modules, none of them a framework`,
  );
}
