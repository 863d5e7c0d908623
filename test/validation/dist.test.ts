/**
 * The committed dist/ is exactly what synth produces, synth is byte-for-byte deterministic, nothing
 * secret is in it, and a bad configuration fails cleanly without touching it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { hubChartValues } from '../../app/hub-values.js';
import { HUB_SECRET } from '../../constructs/names.js';
import { REAL_CHART } from '../support/real-chart.js';
import { defaultConfig, HELM_BIN, REPO_ROOT } from '../support/synth.js';

function runSynth(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

/** Working files of tofu/cdktf runs in a stack folder: git-ignored, never part of the synth output. */
const WORKING_FILES = new Set(['.terraform', '.terraform.lock.hcl', 'plan']);

/** Every file under `dir`, relative path to content. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (WORKING_FILES.has(entry.name)) continue;
    const rel = join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, tree(dir, rel));
    else files[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return files;
}

describe('npm run synth', () => {
  const first = mkdtempSync(join(tmpdir(), 'synth-a-'));
  const second = mkdtempSync(join(tmpdir(), 'synth-b-'));
  const runs = [runSynth('--out', first), runSynth('--out', second)];

  it('succeeds on the embedded default configuration', () => {
    for (const run of runs) expect(run.stderr).toBe('');
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
  });

  it('is deterministic: two runs give the same bytes', () => {
    const a = tree(first);
    expect(Object.keys(a).length).toBeGreaterThan(3);
    expect(tree(second)).toEqual(a);
  });

  it('matches the committed dist/ (run `npm run synth` and commit when this fails)', () => {
    const committed = tree(join(REPO_ROOT, 'dist'));
    for (const name of Object.keys(committed)) if (name.startsWith('rendered/')) delete committed[name];
    expect(committed).toEqual(tree(first));
  });

  it('writes the three Terraform stacks beside the manifests and images', () => {
    expect(Object.keys(tree(join(first, 'terraform'))).sort()).toEqual([
      'manifest.json',
      'stacks/cluster/cdk.tf.json',
      'stacks/identity/cdk.tf.json',
      'stacks/registry/cdk.tf.json',
    ]);
  });

  it('puts no secret value in the Terraform stacks: Secret data and secret outputs are references only', () => {
    for (const stack of ['identity', 'registry', 'cluster']) {
      const json = JSON.parse(
        readFileSync(join(REPO_ROOT, 'dist', 'terraform', 'stacks', stack, 'cdk.tf.json'), 'utf8'),
      );
      const resources = json.resource ?? {};
      for (const type of ['kubernetes_secret_v1', 'kubernetes_secret_v1_data']) {
        for (const [id, secret] of Object.entries<{ data: Record<string, string> }>(resources[type] ?? {})) {
          for (const [key, value] of Object.entries(secret.data)) {
            expect(value, `${stack}: ${type}.${id}.data["${key}"]`).toMatch(/^\$\{.*\}$/s);
          }
        }
      }
      // No resource is given a secret literally (Keycloak and Harbor generate them).
      expect(JSON.stringify(resources), stack).not.toMatch(/"(client_secret|secret|password|secret_wo)":/);
      for (const [name, output] of Object.entries<{ value: string; sensitive?: boolean }>(json.output ?? {})) {
        if (/secret|password|token/i.test(name)) expect(output.sensitive, `${stack}: output ${name}`).toBe(true);
      }
      // No state in dist/: the backend keeps it outside the output folder.
      expect(JSON.stringify(json.terraform.backend), stack).not.toMatch(/"path":"(?!\.\.\/\.\.\/\.\.\/\.\.\/)/);
    }
  });

  it('puts no secret value in the manifests and image files', () => {
    const files = tree(join(REPO_ROOT, 'dist'));
    for (const [name, text] of Object.entries(files)) {
      if (name.startsWith('terraform/')) continue;
      for (const doc of parseAllDocuments(text)) {
        const object = doc.toJS() as {
          kind?: string;
          data?: Record<string, string>;
          stringData?: Record<string, string>;
        };
        if (object?.kind === 'Secret') {
          const keys = [...Object.keys(object.data ?? {}), ...Object.keys(object.stringData ?? {})];
          // The only data a Secret in dist/ may carry is the chart's copy of the (secret-free) values and
          // the hub.extraFiles the chart mounts from it (the access policy module, which is in git anyway).
          const extraFiles = Object.keys(hubChartValues(defaultConfig()).hub.extraFiles);
          expect(
            keys.filter((k) => k !== 'values.yaml' && !extraFiles.includes(k)),
            name,
          ).toEqual([]);
        }
      }
      for (const key of HUB_SECRET.generatedKeys) expect(text, name).not.toContain(`${key}:`);
      expect(text, name).not.toMatch(/client_secret|cookieSecret|secretToken|password:|BEGIN [A-Z ]*PRIVATE KEY/);
    }
  });
});

describe('synth --out (issue 20.8)', () => {
  it('never replaces folders it did not make, and replaces its own', () => {
    const home = mkdtempSync(join(tmpdir(), 'synth-foreign-'));
    mkdirSync(join(home, 'images'));
    writeFileSync(join(home, 'images', 'holiday.jpg'), 'precious');
    const refused = runSynth('--out', home);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `--out ${home}: ${join(home, 'images')} exists and .thinkube-synth does not, so synth did not make them ` +
        'and will not replace them; name a new or empty folder (or one synth wrote)',
    );
    expect(readFileSync(join(home, 'images', 'holiday.jpg'), 'utf8')).toBe('precious');
    expect(readdirSync(home)).toEqual(['images']);

    const own = join(home, 'out');
    expect(runSynth('--out', own).status).toBe(0);
    expect(runSynth('--out', own).status).toBe(0); // its own folders, marked: replaced
    expect(readdirSync(own).sort()).toEqual(['.thinkube-synth', 'images', 'k8s', 'terraform']);
  });
});

describe('synth with a bad configuration', () => {
  it('exits 1 with every problem listed, no stack trace, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-bad-'));
    const bad = join(out, 'bad.yaml');
    writeFileSync(bad, 'domain: Bad_Domain\nprofiles: []\nroles: {}\n');
    const run = runSynth('--config', bad, '--out', join(out, 'dist'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`invalid configuration in ${bad}:`);
    expect(run.stderr).toContain(
      'domain: must be a lower-case DNS name such as "thinkube.example.org" (got "Bad_Domain")',
    );
    expect(run.stderr).toContain('roles.admin: is required (got nothing)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['bad.yaml']);
  });

  it('exits 1 without a stack trace when a construct refuses its props, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-bad-'));
    const bad = join(out, 'bad.yaml');
    const base = readFileSync(join(REPO_ROOT, 'config', 'default.yaml'), 'utf8');
    // Valid configuration, and a construct that cannot do its work: helm mode without a helm.
    writeFileSync(bad, base.replace('  mode: argocd', '  mode: helm\n  helm: { executable: /nonexistent/helm }'));
    const run = runSynth('--config', bad, '--out', join(out, 'dist'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'synth failed: delivery.mode "helm" needs the helm CLI, but "/nonexistent/helm" did not run (ENOENT). ' +
        'Install it with scripts/install-tools.sh helm, put it on PATH, or set delivery.helm.executable; ' +
        'or use delivery.mode "argocd".',
    );
    expect(readdirSync(out)).toEqual(['bad.yaml']);
  });
});

describe('npm run render (the real chart 4.4.0 from ../shared/charts)', () => {
  const render = (out: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'cli', 'render.ts'), '--chart', REAL_CHART, '--out', out],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${dirname(HELM_BIN)}:${process.env.PATH}` } },
    );
  const [a, b] = [mkdtempSync(join(tmpdir(), 'render-a-')), mkdtempSync(join(tmpdir(), 'render-b-'))];
  const runs = [render(a), render(b)];

  it('renders twice to the same bytes, with no generated secret or checksum in it', () => {
    expect(
      runs.map((r) => r.status),
      runs.map((r) => r.stderr).join(''),
    ).toEqual([0, 0]);
    const text = readFileSync(join(a, 'jupyterhub.k8s.yaml'), 'utf8');
    expect(readFileSync(join(b, 'jupyterhub.k8s.yaml'), 'utf8')).toBe(text);
    for (const key of HUB_SECRET.generatedKeys) expect(text).not.toContain(`${key}:`);
    expect(text).not.toMatch(/checksum\/(secret|auth-token)/);
    expect(text).toContain('kind: NetworkPolicy');
  });

  it('matches the committed dist/rendered (run `npm run render -- --chart <the chart>` and commit when this fails)', () => {
    expect(readFileSync(join(REPO_ROOT, 'dist', 'rendered', 'jupyterhub.k8s.yaml'), 'utf8')).toBe(
      readFileSync(join(a, 'jupyterhub.k8s.yaml'), 'utf8'),
    );
  });
});
