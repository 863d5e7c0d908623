/**
 * Where the project's own data files are (the embedded configuration, the hub's Python), found from
 * the running module by walking up to the project's package.json, so that the same code finds them
 * when it runs from the TypeScript sources and from the bundle in .build/ (scripts/run-bundled.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'thinkube-jupyterhub'
    ) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no thinkube-jupyterhub package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** The embedded default configuration, used when no file is given. */
export const DEFAULT_CONFIG_FILE = join(PROJECT_ROOT, 'config', 'default.yaml');

/** The Python the hub runs (thinkube_access.py, extra_config/). */
export const HUB_PYTHON_DIR = join(PROJECT_ROOT, 'hub');

/** Where scripts/install-tools.sh puts the real tools (and the commands look for them): THINKUBE_CACHE. */
export const TOOL_CACHE = process.env.THINKUBE_CACHE ?? join(homedir(), '.cache', 'thinkube-jupyterhub');
