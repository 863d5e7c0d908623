/**
 * The storage defaults and limits the config schema shares with the storage constructs, in a module of
 * their own so that loading the config does not load cdk8s-plus.
 */

/** The provisioner of the home StorageClass: MicroK8s' hostpath provisioner, which Thinkube runs. */
export const DEFAULT_HOME_PROVISIONER = 'microk8s.io/hostpath';

/** The smallest shared volume: the claim is written in whole Gi. */
export const SHARED_VOLUME_MINIMUM = '1Gi';
