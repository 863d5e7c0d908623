import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { Construct } from 'constructs';

export interface ArgoCdChartRepositoryProps {
  /** Namespace Argo CD runs in: it reads repository Secrets from there only. */
  readonly argoCdNamespace: string;
  /** Name of the Secret. */
  readonly secretName: string;
  /** Name Argo CD shows for the repository. */
  readonly displayName: string;
  /**
   * The Helm OCI repository as the Application's repoURL names it, without a scheme, e.g.
   * `registry.thinkube.example.org/thinkube/charts`.
   */
  readonly repository: string;
  /** Robot user name: a reference to the registry stack's pull robot. */
  readonly username: string;
  /** Robot secret: a reference to the registry stack's pull robot. */
  readonly password: string;
  /**
   * The registry answers plain HTTP only (a lab or test registry): Argo CD is told to pull over HTTP.
   * @default false
   */
  readonly plainHttp?: boolean;
  /** @default {} */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * Argo CD's credential for the chart mirrored into Harbor: a repository Secret (Argo CD finds it by its
 * `argocd.argoproj.io/secret-type` label and matches it to an Application by URL) for a Helm repository
 * served as OCI, holding the pull robot's login, so Argo CD reads the chart and nothing else.
 * @see https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#helm
 */
export class ArgoCdChartRepository extends Construct {
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: ArgoCdChartRepositoryProps) {
    super(scope, id);
    if (props.repository.includes('://')) {
      throw new Error(
        `repository must be an OCI repository without a scheme such as "registry.example.org/thinkube/charts", got "${props.repository}"`,
      );
    }
    this.secretName = props.secretName;
    new SecretV1(this, 'Secret', {
      metadata: {
        name: props.secretName,
        namespace: props.argoCdNamespace,
        labels: { ...(props.labels ?? {}), 'argocd.argoproj.io/secret-type': 'repository' },
      },
      type: 'Opaque',
      data: {
        type: 'helm',
        name: props.displayName,
        url: props.repository,
        enableOCI: 'true',
        username: props.username,
        password: props.password,
        ...(props.plainHttp ? { insecureOCIForceHttp: 'true' } : {}),
      },
    });
  }
}
