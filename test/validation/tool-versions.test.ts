/**
 * scripts/tools/versions.env is the one place a tool's version is written: the install scripts source it,
 * the tests read it (test/cluster/layout.ts pinnedVersions). What must repeat a version elsewhere (the
 * cdktf provider bindings, the prebuilt provider packages, the tool list in docs/testing.md) is checked
 * against it here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinnedVersions } from '../cluster/layout.js';
import { REPO_ROOT } from '../support/synth.js';

const versions = pinnedVersions();
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** TERRAFORM_PROVIDERS as `registry.terraform.io/<namespace>/<type>` -> version. */
function providers(): Map<string, string> {
  return new Map(
    (versions.TERRAFORM_PROVIDERS ?? '').split(/\s+/).map((spec) => {
      const [address = '', version = ''] = spec.split('=');
      return [`registry.terraform.io/${address}`, version];
    }),
  );
}

describe('one versions file (scripts/tools/versions.env)', () => {
  it('names the providers the cdktf bindings were generated for (cdktf.json, imports/terraform/versions.json)', () => {
    const pinned = providers();
    const cdktf = JSON.parse(read('cdktf.json')) as { terraformProviders: string[] };
    for (const entry of cdktf.terraformProviders) {
      const [address = '', version = ''] = entry.split('@=');
      expect(`${address} ${version}`).toBe(`${address} ${pinned.get(address)}`);
    }
    const generated = JSON.parse(read('imports/terraform/versions.json')) as Record<string, string>;
    for (const [address, version] of Object.entries(generated)) {
      expect(`${address} ${version}`).toBe(`${address} ${pinned.get(address)}`);
    }
  });

  it("names the providers the prebuilt @cdktf/provider-* packages bind (their package.json's cdktf.provider)", () => {
    const pinned = providers();
    const require = createRequire(join(REPO_ROOT, 'package.json'));
    for (const name of ['@cdktf/provider-random', '@cdktf/provider-kubernetes']) {
      const manifest = require(`${name}/package.json`) as { cdktf: { provider: { name: string; version: string } } };
      const { name: address, version } = manifest.cdktf.provider;
      expect(`${name}: ${address} ${version}`).toBe(`${name}: ${address} ${pinned.get(address)}`);
    }
  });

  it('and docs/testing.md lists every tool at its pinned version', () => {
    const docs = read('docs/testing.md');
    const named = Object.entries(versions).filter(([key]) => key.endsWith('_VERSION'));
    expect(named.length).toBeGreaterThan(10);
    for (const [key, version] of named) {
      expect(docs.includes(version.replace(/^v/, '')), `${key}=${version} is not in docs/testing.md`).toBe(true);
    }
    for (const spec of (versions.HUB_PYTHON_PACKAGES ?? '').split(/\s+/).slice(0, 3)) {
      const [name = '', version = ''] = spec.split('==');
      expect(docs, `${name} ${version}`).toContain(`\`${name}\` ${version}`);
    }
  });
});
