/**
 * `custom.thinkube`: the block hub/thinkube_access.py reads (get_config("custom.thinkube")), the roles
 * as data, besides the profile list.
 */
import type { ThinkubeAccessValues } from './access-policy-schema.js';
import { SHARED_VOLUME_NAME } from './singleuser-values.js';

export interface AccessPolicyProps {
  readonly groupsClaim: string;
  readonly rolesClaim: string;
  /** Whether user servers mount the shared volume (the policy then sets its mode per role). */
  readonly sharedVolume: boolean;
  /** How the hub looks for GPU capacity; absent when GPUs are off. */
  readonly gpu?: ThinkubeAccessValues['gpu'];
  readonly roles: ThinkubeAccessValues['roles'];
  readonly recheckSeconds: number;
}

export function accessPolicyValues(props: AccessPolicyProps): ThinkubeAccessValues {
  return {
    groupsClaim: props.groupsClaim,
    rolesClaim: props.rolesClaim,
    sharedVolumeName: props.sharedVolume ? SHARED_VOLUME_NAME : null,
    gpu: props.gpu ?? null,
    roles: props.roles,
    recheckSeconds: props.recheckSeconds,
  };
}
