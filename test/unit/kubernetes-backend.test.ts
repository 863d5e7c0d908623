import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TerraformOutput, TerraformStack, TerraformTesting, TerraformVariable } from '../../constructs/cdktf.js';
import { KubernetesBackend } from '../../constructs/terraform-state/kubernetes-backend.js';

describe('KubernetesBackend', () => {
  it("writes Terraform's kubernetes backend block: the state Secret's suffix and namespace, no connection", () => {
    const app = TerraformTesting.app();
    const stack = new TerraformStack(app, 'identity');
    new KubernetesBackend(stack, { secretSuffix: 'identity', namespace: 'jupyterhub-tfstate' });
    const synthesized = JSON.parse(TerraformTesting.synth(stack)) as { terraform: { backend: unknown } };
    expect(synthesized.terraform.backend).toEqual({
      kubernetes: { secret_suffix: 'identity', namespace: 'jupyterhub-tfstate' },
    });
  });

  it('is how another stack reads this one: a kubernetes remote state with the same Secret', () => {
    const app = TerraformTesting.app();
    const producer = new TerraformStack(app, 'registry');
    new KubernetesBackend(producer, { secretSuffix: 'registry', namespace: 'state' });
    const robot = new TerraformVariable(producer, 'robot', { type: 'string' });
    const consumer = new TerraformStack(app, 'cluster');
    new KubernetesBackend(consumer, { secretSuffix: 'cluster', namespace: 'state' });
    new TerraformOutput(consumer, 'copy', { value: robot.stringValue });
    app.synth();
    const synthesized = JSON.parse(readFileSync(join(app.outdir, 'stacks', 'cluster', 'cdk.tf.json'), 'utf8')) as {
      data: { terraform_remote_state: Record<string, { backend: string; config: Record<string, string> }> };
    };
    const [remote] = Object.values(synthesized.data.terraform_remote_state);
    expect(remote?.backend).toBe('kubernetes');
    expect(remote?.config).toMatchObject({ secret_suffix: 'registry', namespace: 'state' });
  });

  it('refuses a suffix that cannot be part of a Secret name', () => {
    const stack = new TerraformStack(TerraformTesting.app(), 's');
    expect(() => new KubernetesBackend(stack, { secretSuffix: 'Not_A_Label', namespace: 'state' })).toThrow(
      'secretSuffix must be a DNS-1123 label, got "Not_A_Label"',
    );
  });
});
