import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { Construct } from 'constructs';
import { Fn } from '../cdktf.js';

export interface RegistryPullSecretProps {
  /** Namespace the user pods run in. */
  readonly namespace: string;
  /** Name of the Secret (`singleuser.image.pullSecrets` in the chart values). */
  readonly secretName: string;
  /** Registry host the credentials are for, e.g. `registry.thinkube.example.org`. */
  readonly registry: string;
  /** Robot user name: a reference to the registry stack's pull robot. */
  readonly username: string;
  /** Robot secret: a reference to the registry stack's pull robot. */
  readonly password: string;
  /**
   * Labels of the Secret.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A `kubernetes.io/dockerconfigjson` Secret for the pull-only robot, owned whole by the cluster stack.
 * @see https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets
 */
export class RegistryPullSecret extends Construct {
  /** Name of the Secret written. */
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: RegistryPullSecretProps) {
    super(scope, id);
    if (!/^[a-z0-9.-]+(:[0-9]+)?$/.test(props.registry)) {
      throw new Error(`registry must be a registry host such as "registry.example.org", got "${props.registry}"`);
    }
    this.secretName = props.secretName;
    const auth = Fn.base64encode(Fn.join(':', [props.username, props.password]));
    new SecretV1(this, 'Secret', {
      metadata: { name: props.secretName, namespace: props.namespace, labels: { ...(props.labels ?? {}) } },
      type: 'kubernetes.io/dockerconfigjson',
      data: {
        '.dockerconfigjson': Fn.jsonencode({
          auths: { [props.registry]: { username: props.username, password: props.password, auth } },
        }),
      },
    });
  }
}
