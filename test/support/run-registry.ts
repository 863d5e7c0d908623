/**
 * The servers a test run started, and their folders, so that none outlives the run however it ends
 * (issue 26.6). Every server a test starts runs in a process group of its own (startProcess); its group
 * id is written into the run's folder while it runs and taken out when the test stops it. A server's
 * folder (its data, sockets, logs) is made with scratchDir and recorded the same way. The run's global
 * teardown, its exit on SIGINT/SIGTERM, and the next run's start (for a run that was killed outright)
 * stop every group still written there, then remove every folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Where each run keeps its folder, named after the vitest process that owns it. */
export const RUNS_ROOT = process.env.THINKUBE_TEST_RUNS_ROOT ?? join(tmpdir(), 'thinkube-test-runs');
/** Set by the global setup for the workers: this run's folder. */
export const RUN_DIR_ENV = 'THINKUBE_TEST_RUN_DIR';

const entry = (dir: string, pgid: number) => join(dir, `pg-${pgid}`);
const folderEntry = (dir: string, folder: string) => join(dir, `dir-${basename(folder)}`);
/** Only folders made by scratchDir are ever removed by a reap: directly in the temporary folder, ours by name. */
const isScratch = (folder: string) => dirname(folder) === tmpdir() && basename(folder).startsWith('thinkube-');

/** Records a server's process group in this run's folder (nothing outside a run, e.g. a script). */
export function registerProcessGroup(pgid: number, name: string): void {
  const dir = process.env[RUN_DIR_ENV];
  if (!dir || !existsSync(dir)) return;
  writeFileSync(entry(dir, pgid), name);
}

/** Takes a stopped server's process group out of this run's folder. */
export function unregisterProcessGroup(pgid: number): void {
  const dir = process.env[RUN_DIR_ENV];
  if (dir) rmSync(entry(dir, pgid), { force: true });
}

/**
 * A new folder `<tmp>/<prefix>XXXXXX` for a server's data (prefix: "thinkube-..."), recorded for the run:
 * removed at its end if the test did not remove it with removeScratchDir.
 */
export function scratchDir(prefix: string): string {
  if (!prefix.startsWith('thinkube-')) throw new Error(`a scratch folder's prefix starts with "thinkube-": ${prefix}`);
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const dir = process.env[RUN_DIR_ENV];
  if (dir && existsSync(dir)) writeFileSync(folderEntry(dir, folder), folder);
  return folder;
}

/** Removes a folder made by scratchDir and takes it out of the run's record. */
export function removeScratchDir(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  const dir = process.env[RUN_DIR_ENV];
  if (dir) rmSync(folderEntry(dir, folder), { force: true });
}

function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops every process group still recorded in `dir` (SIGTERM, SIGKILL after `graceMs`), then removes the
 * scratch folders recorded there and `dir` itself; returns what was stopped and removed, as
 * "name (group N)" and "folder F". Synchronous, so an exit listener can run it.
 */
export function reapRun(dir: string, graceMs = 10_000): string[] {
  if (!existsSync(dir)) return [];
  const groups = readdirSync(dir)
    .filter((file) => file.startsWith('pg-'))
    .map((file) => ({ pgid: Number(file.slice(3)), name: readFileSync(join(dir, file), 'utf8') }))
    .filter(({ pgid }) => Number.isInteger(pgid) && pgid > 1 && alive(pgid));
  for (const { pgid } of groups) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {}
  }
  const deadline = Date.now() + graceMs;
  while (groups.some(({ pgid }) => alive(pgid)) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  for (const { pgid } of groups.filter(({ pgid }) => alive(pgid))) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {}
  }
  // The servers are gone: nothing writes into their folders any more.
  const folders = readdirSync(dir)
    .filter((file) => file.startsWith('dir-'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .filter((folder) => isScratch(folder) && existsSync(folder));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return [...groups.map(({ pgid, name }) => `${name} (group ${pgid})`), ...folders.map((folder) => `folder ${folder}`)];
}

/** The folders of earlier runs whose vitest process is gone (killed outright, with no teardown). */
export function orphanedRuns(): string[] {
  if (!existsSync(RUNS_ROOT)) return [];
  return readdirSync(RUNS_ROOT)
    .filter((name) => {
      const owner = Number(name);
      if (!Number.isInteger(owner) || owner === process.pid) return false;
      try {
        process.kill(owner, 0);
        return false;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code !== 'EPERM';
      }
    })
    .map((name) => join(RUNS_ROOT, name));
}

/** This run's folder, made fresh. */
export function newRunDir(): string {
  const dir = join(RUNS_ROOT, String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
