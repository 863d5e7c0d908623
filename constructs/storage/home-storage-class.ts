import { Construct } from 'constructs';
import { KubeStorageClass } from '../../imports/k8s.js';
import { DEFAULT_HOME_PROVISIONER } from './storage-rules.js';

export interface HomeStorageClassProps {
  /** Name of the StorageClass; the chart's dynamic home PVCs and the hub database PVC use it. */
  readonly name: string;
  /**
   * Provisioner that creates the volumes.
   * @default 'microk8s.io/hostpath'
   */
  readonly provisioner?: string;
  /**
   * Provisioner parameters.
   * @default {}
   */
  readonly parameters?: Record<string, string>;
}

/**
 * The StorageClass for user homes. `Retain` keeps a user's volume even when the PVC is deleted (by an
 * admin deleting the user, or a namespace mistake); `WaitForFirstConsumer` places the volume on the node
 * the server is scheduled to, which hostpath provisioning needs; expansion lets an admin grow a home.
 */
export class HomeStorageClass extends Construct {
  public readonly storageClassName: string;

  constructor(scope: Construct, id: string, props: HomeStorageClassProps) {
    super(scope, id);
    this.storageClassName = props.name;
    new KubeStorageClass(this, 'StorageClass', {
      metadata: { name: props.name },
      provisioner: props.provisioner ?? DEFAULT_HOME_PROVISIONER,
      parameters: props.parameters ?? {},
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    });
  }
}
