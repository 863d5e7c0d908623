import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';

/**
 * The label that marks the namespace holding the Terraform state Secrets (kubernetes backend): uninstall
 * finds it by this label and never deletes it, whatever --purge-user-data says.
 */
export const STATE_NAMESPACE_LABEL = { 'thinkube.io/holds': 'terraform-state' } as const;

export interface TerraformStateNamespaceProps {
  /** Name of the namespace; never the hub's (the hub's Role may read every Secret of its namespace). */
  readonly name: string;
}

/**
 * A namespace of its own for the stacks' state (the Keycloak client secret, the robot secrets, the hub
 * keys): the chart gives the hub a Role that reads Secrets in the hub namespace, and nothing of this
 * project is granted anything here. No pod runs in it (Pod Security `restricted` enforced all the same).
 */
export class TerraformStateNamespace extends Construct {
  public readonly namespaceName: string;

  constructor(scope: Construct, id: string, props: TerraformStateNamespaceProps) {
    super(scope, id);
    this.namespaceName = props.name;
    new kplus.Namespace(this, 'Namespace', {
      metadata: {
        name: props.name,
        labels: {
          ...STATE_NAMESPACE_LABEL,
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
      },
    });
  }
}
