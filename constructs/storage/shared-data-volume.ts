import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { KEEP_USER_DATA_ANNOTATIONS } from '../names.js';
import { bytesOf } from '../quantities.js';
import { SHARED_VOLUME_MINIMUM } from './storage-rules.js';

export interface SharedDataVolumeProps {
  /** Namespace of the hub; the PVC must live beside the user pods that mount it. */
  readonly namespace: string;
  /** Name of the PVC, referenced by the chart's `singleuser.storage.extraVolumes`. */
  readonly pvcName: string;
  /** A StorageClass that supports ReadWriteMany (JuiceFS, NFS, CephFS). */
  readonly storageClassName: string;
  /** Size as a binary quantity, e.g. `100Gi`. */
  readonly capacity: string;
}

/** One ReadWriteMany volume for notebooks and data shared by every user. */
export class SharedDataVolume extends Construct {
  public readonly pvcName: string;

  constructor(scope: Construct, id: string, props: SharedDataVolumeProps) {
    super(scope, id);
    if (bytesOf(props.capacity) < bytesOf(SHARED_VOLUME_MINIMUM)) {
      throw new Error(`SharedDataVolume capacity must be at least ${SHARED_VOLUME_MINIMUM}, got "${props.capacity}"`);
    }
    this.pvcName = props.pvcName;
    new kplus.PersistentVolumeClaim(this, 'Claim', {
      metadata: {
        name: props.pvcName,
        namespace: props.namespace,
        // When dist/k8s is itself synced by Argo CD (an app of apps), pruning or deleting that app must
        // never take the shared data with it.
        annotations: { ...KEEP_USER_DATA_ANNOTATIONS },
      },
      accessModes: [kplus.PersistentVolumeAccessMode.READ_WRITE_MANY],
      storageClassName: props.storageClassName,
      storage: Size.gibibytes(bytesOf(props.capacity) / 2 ** 30),
      volumeMode: kplus.PersistentVolumeMode.FILE_SYSTEM,
    });
  }
}
