/**
 * Every synthesized Terraform stack, for the default configuration and for variants that switch on the
 * optional paths, validated by OpenTofu with the real providers (`tofu init` from the local mirror,
 * `tofu validate`): attribute names, types and required arguments as the providers themselves define them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthTerraform } from '../../app/synth-terraform.js';
import type { ThinkubeConfig } from '../../config/load.js';
import { requireTerraformTools, TOFU, terraformEnv } from '../e2e/support/terraform-cli.js';
import { configWith, defaultConfig } from '../support/synth.js';

const variants = {
  default: () => defaultConfig(),
  'existing groups, a project created here, extra hub origin, kubernetes backend': () =>
    configWith(`
keycloak: { createGroups: false, extraHubOrigins: ["http://notebooks.lan:8000"] }
harbor: { createProject: true, robots: { pullExpiresInDays: 30 } }
terraform: { backend: kubernetes }
`),
  'the chart mirrored into a plain-HTTP Harbor (Argo CD reads it with the pull robot)': () =>
    configWith(`
chart: { repository: "oci://registry.thinkube.example.org/thinkube/charts" }
harbor: { plainHttp: true }
`),
};

/** `tofu validate -json` of one stack's JSON in a folder of its own. */
function validate(stackJson: string): { valid: boolean; diagnostics: { summary: string }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'thinkube-validate-'));
  writeFileSync(join(dir, 'cdk.tf.json'), stackJson);
  const init = spawnSync(TOFU, ['init', '-backend=false', '-input=false'], {
    cwd: dir,
    encoding: 'utf8',
    env: terraformEnv(),
  });
  if (init.status !== 0) throw new Error(`tofu init failed: ${init.stderr}`);
  const run = spawnSync(TOFU, ['validate', '-json'], { cwd: dir, encoding: 'utf8', env: terraformEnv() });
  return JSON.parse(run.stdout);
}

/** The stacks as `npm run synth` writes them (cross-stack references resolved to remote state). */
function stacksOf(config: ThinkubeConfig): Record<string, string> {
  const outdir = mkdtempSync(join(tmpdir(), 'thinkube-tf-synth-'));
  synthTerraform(config, outdir);
  const read = (stack: string) => readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
  return { identity: read('identity'), registry: read('registry'), cluster: read('cluster') };
}

describe.each(Object.entries(variants))('Terraform stacks: %s', (_name, makeConfig) => {
  requireTerraformTools();
  const stacks = stacksOf(makeConfig());
  it.each(Object.keys(stacks))('%s is valid for the real providers', (stack) => {
    const result = validate(stacks[stack] as string);
    expect(result.diagnostics.map((d) => d.summary)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("the registry stack and Argo CD's chart credential (issue 23)", () => {
  const secretsOf = (stackJson: string) =>
    Object.values(
      (JSON.parse(stackJson).resource?.kubernetes_secret_v1 ?? {}) as Record<
        string,
        { metadata: object; data: object }
      >,
    );

  it('the chart mirrored into Harbor: a repository Secret in the argocd namespace with the pull robot from this stack', () => {
    const stacks = stacksOf(
      variants['the chart mirrored into a plain-HTTP Harbor (Argo CD reads it with the pull robot)'](),
    );
    const [secret, ...more] = secretsOf(stacks.registry as string);
    expect(more).toEqual([]);
    expect(secret?.metadata).toMatchObject({
      name: 'jupyterhub-chart-mirror',
      namespace: 'argocd',
      labels: { 'argocd.argoproj.io/secret-type': 'repository', 'app.kubernetes.io/managed-by': 'terraform' },
    });
    expect(secret?.data).toMatchObject({
      type: 'helm',
      url: 'registry.thinkube.example.org/thinkube/charts',
      enableOCI: 'true',
      insecureOCIForceHttp: 'true',
      username: expect.stringMatching(/^\$\{harbor_robot_account\.PullRobot_[0-9A-F]{8}\.full_name\}$/),
      password: expect.stringMatching(/^\$\{harbor_robot_account\.PullRobot_[0-9A-F]{8}\.secret\}$/),
    });
  });

  it('the published Helm repository (the default): the registry stack writes nothing into the cluster', () => {
    expect(secretsOf(stacksOf(defaultConfig()).registry as string)).toEqual([]);
  });
});

describe('tofu validate (negative control)', () => {
  it('rejects an attribute the provider does not have', () => {
    const identity = JSON.parse(stacksOf(defaultConfig()).identity as string);
    const [client] = Object.values(identity.resource.keycloak_openid_client) as Record<string, unknown>[];
    (client as Record<string, unknown>).pkce_method = 'S256';
    const result = validate(JSON.stringify(identity));
    expect(result.valid).toBe(false);
    // OpenTofu's wording for an argument the provider schema lacks, in JSON configuration.
    expect(result.diagnostics.map((d) => d.summary)).toContain('Extraneous JSON object property');
  });
});
