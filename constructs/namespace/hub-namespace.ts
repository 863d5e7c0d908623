import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { KubeLimitRange, KubeResourceQuota, Quantity } from '../../imports/k8s.js';

/** Pod Security Standards levels. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface HubNamespaceProps {
  /** Name of the namespace the hub, proxy and user servers run in. */
  readonly name: string;
  /**
   * Pod Security Standard enforced on the namespace; `restricted` is audited and warned in any case.
   * @default 'baseline'
   * @see https://kubernetes.io/docs/concepts/security/pod-security-admission/
   */
  readonly podSecurity?: PodSecurityLevel;
  /** Defaults for containers that declare no resources (CPU as Kubernetes quantities). */
  readonly limitRange: {
    readonly defaultCpu: string;
    readonly defaultMemory: string;
    readonly defaultCpuRequest: string;
    readonly defaultMemoryRequest: string;
  };
  /**
   * A ceiling on what the whole namespace may use at once.
   * @default - no ResourceQuota
   */
  readonly quota?: {
    readonly cpu: string;
    readonly memory: string;
    readonly gpus: number;
    /** Extended resource name of GPUs, e.g. `nvidia.com/gpu`. */
    readonly gpuResourceName: string;
    readonly storage: string;
    readonly persistentVolumeClaims: number;
  };
}

/** The hub namespace, with Pod Security labels, container defaults and an optional quota. */
export class HubNamespace extends Construct {
  /** The namespace name, for charts that put objects in it. */
  public readonly namespaceName: string;

  constructor(scope: Construct, id: string, props: HubNamespaceProps) {
    super(scope, id);
    const podSecurity = props.podSecurity ?? 'baseline';
    this.namespaceName = props.name;

    new kplus.Namespace(this, 'Namespace', {
      metadata: {
        name: props.name,
        labels: {
          'pod-security.kubernetes.io/enforce': podSecurity,
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
      },
    });

    new KubeLimitRange(this, 'ContainerDefaults', {
      metadata: { name: 'container-defaults', namespace: props.name },
      spec: {
        limits: [
          {
            type: 'Container',
            default: {
              cpu: Quantity.fromString(props.limitRange.defaultCpu),
              memory: Quantity.fromString(props.limitRange.defaultMemory),
            },
            defaultRequest: {
              cpu: Quantity.fromString(props.limitRange.defaultCpuRequest),
              memory: Quantity.fromString(props.limitRange.defaultMemoryRequest),
            },
          },
        ],
      },
    });

    if (props.quota) {
      const q = props.quota;
      new KubeResourceQuota(this, 'Quota', {
        metadata: { name: 'jupyterhub-quota', namespace: props.name },
        spec: {
          hard: {
            'limits.cpu': Quantity.fromString(q.cpu),
            'limits.memory': Quantity.fromString(q.memory),
            [`requests.${q.gpuResourceName}`]: Quantity.fromNumber(q.gpus),
            'requests.storage': Quantity.fromString(q.storage),
            persistentvolumeclaims: Quantity.fromNumber(q.persistentVolumeClaims),
          },
        },
      });
    }
  }
}
