import type { Z2jhValues } from '../../imports/z2jh-values.js';
import type { GpuToleration } from '../gpu/gpu-scheduling.js';
import type { KubeSpawnerProfile } from './profile-list.js';
/**
 * Types of the parts of the JupyterHub chart 4.4.0 values this project sets. The full contract is the
 * chart's own values.schema.json, which the tests validate every generated value set against (merged
 * over the chart's values.yaml, as `helm install` does).
 * @see https://z2jh.jupyter.org/en/stable/resources/reference.html
 */

export interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}

export interface EnvFromSecret {
  readonly valueFrom: { readonly secretKeyRef: SecretKeyRef };
}

export interface NetworkPolicyPort {
  readonly port: number | string;
  readonly protocol?: 'TCP';
}

export interface NetworkPolicyEgressRule {
  readonly to: readonly Record<string, unknown>[];
  readonly ports?: readonly NetworkPolicyPort[];
}

export interface NetworkPolicyIngressRule {
  readonly from: readonly Record<string, unknown>[];
  readonly ports: readonly NetworkPolicyPort[];
}

/** The chart's switches for its built-in egress rules (z2jh `networkPolicy.egressAllowRules`). */
export interface EgressAllowRules {
  readonly cloudMetadataServer: boolean;
  readonly dnsPortsCloudMetadataServer: boolean;
  readonly dnsPortsKubeSystemNamespace: boolean;
  readonly dnsPortsPrivateIPs: boolean;
  readonly nonPrivateIPs: boolean;
  readonly privateIPs: boolean;
}

export interface ChartNetworkPolicy {
  readonly enabled: true;
  readonly egressAllowRules: EgressAllowRules;
  readonly egress: readonly NetworkPolicyEgressRule[];
  readonly ingress?: readonly NetworkPolicyIngressRule[];
  readonly allowedIngressPorts?: readonly string[];
}

/** The role policy hub/thinkube_access.py reads from `custom.thinkube`. */
export interface ThinkubeAccessValues {
  readonly groupsClaim: string;
  /** Userinfo claim with the hub client's roles (the identity stack's mapper). */
  readonly rolesClaim: string;
  /** Name of the shared volume mount to make writable per role; null when there is none. */
  readonly sharedVolumeName: string | null;
  readonly roles: Record<
    'admin' | 'gpuUser' | 'user',
    {
      readonly clientRole: string;
      readonly group: string;
      readonly profiles: readonly string[];
      readonly limits: {
        readonly cpu: number;
        readonly memory: string;
        readonly gpus: number;
        readonly homeStorage: string;
      };
      readonly sharedVolume: 'read-only' | 'read-write';
    }
  >;
}

export interface HubChartValues {
  readonly fullnameOverride: string;
  readonly hub: {
    readonly config: Record<string, Record<string, unknown>>;
    readonly extraEnv: Record<string, EnvFromSecret | string>;
    readonly annotations: Record<string, string>;
    readonly db: {
      readonly type: 'sqlite-pvc';
      readonly pvc: { readonly storage: string; readonly storageClassName: string };
    };
    readonly networkPolicy: ChartNetworkPolicy;
    readonly extraFiles: Record<string, { readonly mountPath: string; readonly stringData: string }>;
    readonly extraConfig: Record<string, string>;
  };
  readonly custom: { readonly thinkube: ThinkubeAccessValues };
  readonly proxy: {
    readonly service: { readonly type: 'ClusterIP' };
    readonly chp: { readonly networkPolicy: ChartNetworkPolicy };
  };
  readonly singleuser: {
    readonly image: { readonly name: string; readonly tag: string; readonly pullSecrets: readonly string[] };
    readonly cloudMetadata: { readonly blockWithIptables: boolean };
    readonly networkPolicy: ChartNetworkPolicy;
    readonly startTimeout: number;
    readonly cpu: { readonly guarantee: number; readonly limit: number };
    readonly memory: { readonly guarantee: string; readonly limit: string };
    /** KubeSpawner's extra_resource_guarantees/limits for every server (node-local disk). */
    readonly extraResource: {
      readonly guarantees: Readonly<Record<string, string>>;
      readonly limits: Readonly<Record<string, string>>;
    };
    readonly storage: {
      readonly type: 'dynamic';
      readonly capacity: string;
      readonly homeMountPath: string;
      readonly dynamic: { readonly storageClass: string; readonly storageAccessModes: readonly ['ReadWriteOnce'] };
      readonly extraVolumes: Record<string, Record<string, unknown>>;
      readonly extraVolumeMounts: Record<string, Record<string, unknown>>;
    };
    readonly profileList: readonly KubeSpawnerProfile[];
  };
  readonly prePuller: { readonly hook: { readonly enabled: false }; readonly pullProfileListImages: false };
  readonly scheduling: { readonly userPods: { readonly tolerations: readonly GpuToleration[] } };
  readonly ingress: { readonly enabled: false };
  readonly httpRoute: { readonly enabled: false };
  readonly cull: {
    readonly enabled: boolean;
    readonly users: false;
    readonly timeout: number;
    readonly every: number;
    readonly maxAge: number;
  };
}

/**
 * The project's values must be values the chart accepts: checked against the type generated from the
 * chart's own values.schema.json (imports/z2jh-values.ts) when the project compiles, so a value of a
 * type or an enum member the chart does not accept is a type error here. (TypeScript lets a type carry
 * fields its target lacks; unknown fields are caught by the values-schema test, validateChartValues.)
 */
export type ChartAccepts<V extends ChartValuesOverride> = V;

/** What a values file may give: any part of the chart's values (helm merges it over values.yaml). */
type ChartValuesOverride = DeepPartial<Z2jhValues>;
type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type CheckedHubChartValues = ChartAccepts<HubChartValues>;
