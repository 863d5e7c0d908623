/**
 * Keeps, of what `cdktf get` wrote into imports/terraform/providers/, only the resource modules the
 * project imports. `cdktf get` generates every resource and data source of a provider (161 modules,
 * 72,000 lines); the project uses 14. The rest would be most of the repository's tracked files and of
 * what the type-checker reads, and nobody reviews them. Run by scripts/import-bindings.sh after
 * `cdktf get`; CI regenerates and compares, so the committed set is always exactly what is imported.
 *
 * "Imported" is read from the project's own TypeScript (every folder but imports/, dist/ and
 * node_modules/): a specifier ending in imports/terraform/providers/<provider>/<module>/index.js. A new
 * import of a pruned module fails to type-check until `npm run import` has run again, which is the
 * intended order. The provider-level index.ts and lazy-index.ts go too: they re-export every module with
 * extension-less paths that the project's NodeNext settings reject, so nothing could load them.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const providersDir = join(root, 'imports', 'terraform', 'providers');
const SKIPPED_FOLDERS = new Set(['node_modules', 'imports', 'dist', '.git', 'test-results']);
const IMPORTED_MODULE = /imports\/terraform\/providers\/([a-z0-9-]+)\/([a-z0-9-]+)\/index\.js['"]/g;

function projectSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (SKIPPED_FOLDERS.has(entry)) return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return projectSources(path);
    return /\.(ts|mts|tsx)$/.test(entry) ? [path] : [];
  });
}

const imported = new Map<string, Set<string>>();
for (const file of projectSources(root)) {
  for (const [, provider = '', module = ''] of readFileSync(file, 'utf8').matchAll(IMPORTED_MODULE)) {
    imported.set(provider, (imported.get(provider) ?? new Set()).add(module));
  }
}

for (const provider of readdirSync(providersDir).sort()) {
  const dir = join(providersDir, provider);
  const kept = imported.get(provider) ?? new Set<string>();
  for (const module of kept) {
    if (!statSync(join(dir, module), { throwIfNoEntry: false })?.isDirectory()) {
      console.error(
        `the project imports ${relative(root, join(dir, module))}, which cdktf get did not generate: ` +
          'check the module name against the provider version in cdktf.json',
      );
      process.exit(1);
    }
  }
  let removed = 0;
  for (const entry of readdirSync(dir)) {
    if (kept.has(entry)) continue;
    rmSync(join(dir, entry), { recursive: true });
    removed += 1;
  }
  console.log(
    `imports/terraform/providers/${provider}: kept ${kept.size} imported modules, removed ${removed} entries`,
  );
}
