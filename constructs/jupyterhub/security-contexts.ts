/**
 * The security contexts the project puts on the chart's pods, beyond what the chart sets: what Pod
 * Security "restricted" asks, and read-only root filesystems where a component writes nothing.
 */

/** Pod-level security context of the chart's helper pods (their containers already run as nobody). */
export const RESTRICTED_POD = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } as const;

/** A container that writes nothing outside its volumes. */
export const READ_ONLY_ROOT = { readOnlyRootFilesystem: true } as const;

/**
 * What Pod Security "restricted" asks of a user server (the chart sets the user and the privilege
 * escalation; these complete it). KubeSpawner merges it over what it generates.
 */
export const USER_SERVER_CONTAINER = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
} as const;
