/**
 * The chart's `singleuser` values: what every user server is (image, default size, home, the shared
 * folder, egress) and the spawn form's profiles.
 */
import type { GpuToleration } from '../gpu/gpu-scheduling.js';
import { toSpawnerMemory } from '../quantities.js';
import type { ChartValues } from './chart-values.js';
import { type PrivateEgressTarget, singleuserNetworkPolicy } from './network-policy-values.js';
import { EPHEMERAL_STORAGE, type KubeSpawnerProfile, type ServerProfile } from './profile-list.js';

/** Name of the shared volume in user pods (the key the access policy looks for). */
export const SHARED_VOLUME_NAME = 'shared';

export interface SingleuserProps {
  /** The default notebook image (its tag is the image spec's content hash). */
  readonly image: { readonly repository: string; readonly tag: string };
  /** The Secret the nodes pull notebook images with. */
  readonly pullSecret: string;
  /** How often a server reports its own activity to the hub, in seconds (see activityIntervals). */
  readonly activityIntervalSeconds: number;
  /** Private addresses servers may reach besides the public internet. */
  readonly privateEgress: readonly PrivateEgressTarget[];
  /** The size of a server started without a profile (the default profile's). */
  readonly defaultProfile: ServerProfile;
  /** The spawn form's profiles (profileList). */
  readonly profiles: readonly KubeSpawnerProfile[];
  /** The home: a claim per user, of this StorageClass and capacity, mounted at this path. */
  readonly home: { readonly storageClass: string; readonly capacity: string; readonly mountPath: string };
  /** The shared ReadWriteMany claim and where it is mounted; absent when there is none. */
  readonly shared?: { readonly claimName: string; readonly mountPath: string };
}

export function singleuserValues(props: SingleuserProps) {
  const shared = props.shared;
  return {
    // The tag is the image spec's content hash (dist/images/): a package change changes it here too.
    image: { name: props.image.repository, tag: props.image.tag, pullSecrets: [props.pullSecret] },
    // How often a server reports its own activity (kernels, the lab's requests) to the hub.
    extraEnv: { JUPYTERHUB_ACTIVITY_INTERVAL: String(props.activityIntervalSeconds) },
    // The iptables init container needs NET_ADMIN, which Pod Security "baseline" forbids; a homelab has
    // no cloud metadata server, and the singleuser network policy already denies private addresses.
    cloudMetadata: { blockWithIptables: false },
    // Public addresses, and only the private ones the config names; DNS only from kube-system.
    networkPolicy: singleuserNetworkPolicy(props.privateEgress),
    startTimeout: 300,
    cpu: { guarantee: props.defaultProfile.cpu.guarantee, limit: props.defaultProfile.cpu.limit },
    memory: {
      guarantee: toSpawnerMemory(props.defaultProfile.memory.guarantee),
      limit: toSpawnerMemory(props.defaultProfile.memory.limit),
    },
    // Node-local disk: without a limit one server can fill its node (profiles set their own).
    extraResource: {
      guarantees: { [EPHEMERAL_STORAGE]: props.defaultProfile.ephemeralStorage.guarantee },
      limits: { [EPHEMERAL_STORAGE]: props.defaultProfile.ephemeralStorage.limit },
    },
    storage: {
      type: 'dynamic' as const,
      capacity: props.home.capacity,
      homeMountPath: props.home.mountPath,
      dynamic: { storageClass: props.home.storageClass, storageAccessModes: ['ReadWriteOnce'] },
      // The dict form (chart 4.x) so that a profile or a later values layer can replace one entry.
      extraVolumes: shared
        ? { [SHARED_VOLUME_NAME]: { name: SHARED_VOLUME_NAME, persistentVolumeClaim: { claimName: shared.claimName } } }
        : {},
      // Read-only here; hub/thinkube_access.py makes it writable for roles with sharedVolume read-write.
      extraVolumeMounts: shared
        ? { [SHARED_VOLUME_NAME]: { name: SHARED_VOLUME_NAME, mountPath: shared.mountPath, readOnly: true } }
        : {},
    },
    profileList: [...props.profiles],
  } satisfies NonNullable<ChartValues['singleuser']>;
}

/**
 * User servers tolerate the dedicated user-node taint (z2jh 4.4.0 `scheduling.userPods.tolerations`,
 * stated so that GPU profiles, whose tolerations replace the list, can repeat it).
 */
export const USER_POD_TOLERATIONS: readonly GpuToleration[] = [
  { key: 'hub.jupyter.org/dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
  { key: 'hub.jupyter.org_dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
];
