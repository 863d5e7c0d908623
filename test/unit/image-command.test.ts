/**
 * npm run image keeps the push robot's login only as long as the run: in a private folder (0700, the
 * file 0600) that is removed on every way out, an interrupt (Ctrl-C, SIGTERM to the process group) too.
 * A stand-in `podman` that hangs in `login` holds the run at the moment the login exists (issue 10.12).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/synth.js';

describe('npm run image: the push login', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'is removed when the run is interrupted (%s)',
    async (signal) => {
      const scratch = mkdtempSync(join(tmpdir(), 'thinkube-image-cli-'));
      const bin = join(scratch, 'bin');
      const tmp = join(scratch, 'tmp');
      for (const dir of [bin, tmp]) mkdirSync(dir);
      writeFileSync(join(bin, 'podman'), '#!/bin/sh\nsleep 60\n');
      chmodSync(join(bin, 'podman'), 0o755);
      const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cli', 'image.ts'), 'push'], {
        cwd: REPO_ROOT,
        detached: true, // its own process group, as a terminal's Ctrl-C reaches every process of the job
        env: {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          TMPDIR: tmp,
          HARBOR_PUSH_USERNAME: 'robot$thinkube+jupyterhub-push',
          HARBOR_PUSH_PASSWORD: 'not-a-real-secret',
        },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Wait until the login file exists (the stand-in podman then hangs in `login`); the folder alone
      // appears a moment before the file is written.
      const deadline = Date.now() + 20_000;
      let folders: string[] = [];
      while (folders.length === 0 && Date.now() < deadline) {
        folders = readdirSync(tmp).filter(
          (f) => f.startsWith('thinkube-auth-') && existsSync(join(tmp, f, 'auth.json')),
        );
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(folders).toHaveLength(1);
      const folder = join(tmp, folders[0] as string);
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(join(folder, 'auth.json')).mode & 0o777).toBe(0o600);

      process.kill(-(child.pid as number), signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(tmp).filter((f) => f.startsWith('thinkube-auth-'))).toEqual([]);
    },
    30_000,
  );
});
