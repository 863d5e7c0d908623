#!/usr/bin/env node
/**
 * Runs a TypeScript entry point of the project from a bundle: `node scripts/run-bundled.mjs main.ts [args]`.
 *
 * `npm run synth` (and `cdk8s synth` / `cdktf synth`, which run it) spend most of their time loading
 * modules: compiling TypeScript on the fly (tsx), then resolving and parsing hundreds of CommonJS files
 * of cdk8s, cdk8s-plus and cdktf. This bundles the entry point once with esbuild (the one tsx itself
 * uses) into .build/<entry>/, with code splitting so that a lazily imported part (the Terraform side)
 * stays a separate chunk loaded only when needed, and runs the bundle. The bundle is rebuilt when any of
 * its inputs (esbuild's metafile lists them, node_modules included) changed size or mtime, so it never
 * runs stale code. Building takes a fraction of a second; a fresh bundle costs a few milliseconds to
 * check. `npm run bench` measures what it saves.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts> [args...]');
  process.exit(2);
}
const entry = resolve(root, entryArg);
const name = relative(root, entry).replace(/\.ts$/, '').replaceAll('/', '-');
const buildRoot = join(root, '.build');
const current = join(buildRoot, name); // a symlink to the newest build of this entry
const STAMP = 'inputs.json';
/** Files packages read beside their own code at run time (path.join(__dirname, ...)). */
const RUNTIME_FILES = ['cdk8s/lib/_loadurl.mjs'];

/** Size and mtime of every input, hashed: any edit, checkout or npm install changes it. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    try {
      const stat = statSync(join(root, input));
      hash.update(`${input}\0${stat.size}\0${stat.mtimeMs}\n`);
    } catch {
      hash.update(`${input}\0missing\n`);
    }
  }
  return hash.digest('hex');
}

function isFresh() {
  try {
    const stamp = JSON.parse(readFileSync(join(current, STAMP), 'utf8'));
    return stamp.fingerprint === fingerprint(stamp.inputs);
  } catch {
    return false;
  }
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(buildRoot, { recursive: true });
  const outdir = join(buildRoot, `${name}-${process.pid}-${Date.now()}`);
  const result = await esbuild({
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    // Fewer bytes for V8 to scan and compile on every run; names are kept, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'error',
    // CommonJS packages inside an ES module bundle still call require() for node built-ins and read
    // __dirname (cdk8s: the helper script it runs to load YAML from a URL, copied beside the bundle).
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { dirname as __pathDirname } from 'node:path';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        'const require = __createRequire(import.meta.url);',
        'const __filename = __fileURLToPath(import.meta.url);',
        'const __dirname = __pathDirname(__filename);',
      ].join(' '),
    },
  });
  for (const helper of RUNTIME_FILES) {
    const from = createRequire(join(root, 'package.json')).resolve(helper);
    copyFileSync(from, join(outdir, basename(from)));
  }
  // This script too: how the bundle is made is an input of the bundle.
  const inputs = [...Object.keys(result.metafile.inputs), fileURLToPath(import.meta.url)]
    .map((input) => relative(root, resolve(process.cwd(), input)))
    .sort();
  writeFileSync(join(outdir, STAMP), JSON.stringify({ fingerprint: fingerprint(inputs), inputs }));
  // Swap the symlink atomically: a concurrent run keeps the build it started with.
  const link = `${current}.${process.pid}.tmp`;
  symlinkSync(basename(outdir), link);
  renameSync(link, current);
  // Older builds of this entry, unless one may still be running (kept for an hour).
  for (const old of readdirSync(buildRoot)) {
    const path = join(buildRoot, old);
    if (old.startsWith(`${name}-`) && path !== outdir && Date.now() - statSync(path).mtimeMs > 3_600_000) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

if (!existsSync(entry)) {
  console.error(`run-bundled: no entry point ${entry}`);
  process.exit(2);
}
if (!isFresh()) await build();
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(join(current, `${basename(entry, '.ts')}.js`)).href);
