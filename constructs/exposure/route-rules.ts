/**
 * What the hub's route (HTTPRoute or Ingress) accepts and defaults to, in a module of its own so that the
 * config schema uses the same values without loading cdk8s and the Kubernetes bindings.
 */

/** A Gateway API duration (GEP-2257), such as "1h" or "30m15s". */
export const GATEWAY_API_DURATION = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;
/** The HTTPRoute's request timeout: long, so kernel WebSockets are not cut. */
export const DEFAULT_REQUEST_TIMEOUT = '1h';

/** Proxy timeouts of the Ingress: kernel WebSockets and uploads are cut by anything shorter than the minimum. */
export const INGRESS_TIMEOUT_SECONDS = { minimum: 60, default: 3600 } as const;
/** The IngressClass: MicroK8s' ingress add-on calls its class `public`. */
export const DEFAULT_INGRESS_CLASS = 'public';
