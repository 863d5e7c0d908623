import type { Construct } from 'constructs';
import { type DataTerraformRemoteStateConfig, TerraformBackend, TerraformRemoteState } from '../cdktf.js';

export interface KubernetesBackendProps {
  /** Suffix of the state Secret's name: `tfstate-<workspace>-<suffix>`. One per stack. */
  readonly secretSuffix: string;
  /** Namespace the state Secret (and its lock Lease) live in. */
  readonly namespace: string;
}

/**
 * Terraform's `kubernetes` backend: the stack's state in a Secret of the cluster, locked with a Lease.
 * cdktf 0.21 ships no class for it; this one is the same few lines its other backends are. The
 * connection comes from the environment (`KUBE_CONFIG_PATH`, `KUBE_CTX`, or in-cluster), never from here.
 * @see https://opentofu.org/docs/language/settings/backends/kubernetes/
 */
export class KubernetesBackend extends TerraformBackend {
  private readonly props: KubernetesBackendProps;

  constructor(scope: Construct, props: KubernetesBackendProps) {
    super(scope, 'backend', 'kubernetes');
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.secretSuffix)) {
      throw new Error(`secretSuffix must be a DNS-1123 label, got "${props.secretSuffix}"`);
    }
    this.props = props;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { secret_suffix: this.props.secretSuffix, namespace: this.props.namespace };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return this.synthesizeAttributes();
  }

  /** How another stack reads this one's outputs (cdktf cross-stack references). */
  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new DataTerraformRemoteStateKubernetes(scope, name, {
      secret_suffix: this.props.secretSuffix,
      namespace: this.props.namespace,
    });
  }
}

class DataTerraformRemoteStateKubernetes extends TerraformRemoteState {
  constructor(scope: Construct, id: string, config: DataTerraformRemoteStateConfig & Record<string, string>) {
    super(scope, id, 'kubernetes', config);
  }
}
