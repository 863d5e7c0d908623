/**
 * How the chart is delivered, and the defaults of each delivery mode, in a module of their own so that
 * the config schema uses the same values without loading cdk8s and the Argo CD bindings.
 */

/** `argocd`: an Argo CD Application renders the chart in the cluster; `helm`: rendered at synth time. */
export const DELIVERY_MODES = ['argocd', 'helm'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const DEFAULT_DELIVERY_MODE: DeliveryMode = 'argocd';

/** The Application's settings when none are given. */
export const ARGOCD_DEFAULTS = {
  namespace: 'argocd',
  project: 'default',
  destinationServer: 'https://kubernetes.default.svc',
  selfHeal: true,
  prune: true,
} as const;

/** The helm CLI's settings when none are given; a helm v3 built from source otherwise assumes 1.20. */
export const HELM_DEFAULTS = { executable: 'helm', kubeVersion: '1.33.0' } as const;
