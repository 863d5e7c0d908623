import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { Construct } from 'constructs';

export interface OidcClientSecretProps {
  /** Namespace of the hub (it must exist: `dist/k8s/0000-namespace.k8s.yaml` makes it). */
  readonly namespace: string;
  /** Name of the Secret the chart values reference (`hub.extraEnv.OAUTH_CLIENT_SECRET`). */
  readonly secretName: string;
  /** Key of the client secret in the Secret. */
  readonly key: string;
  /** The client secret: a reference to the identity stack's output, never a literal. */
  readonly clientSecret: string;
  /**
   * Labels of the Secret.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The hub's OIDC client secret as a Kubernetes Secret, owned whole by the cluster stack. */
export class OidcClientSecret extends Construct {
  /** Name of the Secret written. */
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: OidcClientSecretProps) {
    super(scope, id);
    this.secretName = props.secretName;
    new SecretV1(this, 'Secret', {
      metadata: { name: props.secretName, namespace: props.namespace, labels: { ...(props.labels ?? {}) } },
      type: 'Opaque',
      data: { [props.key]: props.clientSecret },
    });
  }
}
