import { Annotations } from '@cdktf/provider-kubernetes/lib/annotations/index.js';
import { SecretV1Data } from '@cdktf/provider-kubernetes/lib/secret-v1-data/index.js';
import { Bytes } from '@cdktf/provider-random/lib/bytes/index.js';
import { Construct } from 'constructs';
import { Fn } from '../cdktf.js';

/** A Deployment whose pods read some of the keys at their start (the hub reads all, the proxy its token). */
export interface HubKeyReader {
  readonly deployment: string;
  readonly keys: readonly string[];
}

export interface HubGeneratedKeysProps {
  /** Namespace of the hub. */
  readonly namespace: string;
  /** The chart-managed Secret that holds the keys (`hub` in chart 4.4.0). It must exist already. */
  readonly secretName: string;
  /**
   * Keys the chart would otherwise fill with new random values on every render outside `helm install`.
   * Each gets its own 32 random bytes, hex-encoded (as the chart generates them), kept in state.
   */
  readonly keys: readonly string[];
  /** Server-side apply field manager that owns these keys (and only these) in the Secret. */
  readonly fieldManager: string;
  /**
   * Deployments whose pods read keys at their start: each gets the pod-template annotation
   * `restartAnnotation` with a hash of the keys it reads, so that writing those keys (the first time,
   * or a rotation) rolls its pods onto them. Without it a hub and proxy started before the keys were
   * written (in argocd mode, on the chart's own random keys of Argo CD's first sync) run on other keys
   * until something restarts them. The hash is one-way: no key can be read back from it.
   * @default - none
   */
  readonly readers?: readonly HubKeyReader[];
  /** The pod-template annotation `readers` get. @default 'thinkube.io/hub-keys-sha256' */
  readonly restartAnnotation?: string;
}

/**
 * The chart's generated hub keys, written once into its `hub` Secret under their own field manager and
 * never rotated by a render (decision 0002). Each key is its own `random_bytes`, so rotating one
 * (`tofu apply -replace=...`) or adding one (a chart upgrade) leaves the others as they are.
 */
export class HubGeneratedKeys extends Construct {
  /** Name of the Secret written into. */
  public readonly secretName: string;

  constructor(scope: Construct, id: string, props: HubGeneratedKeysProps) {
    super(scope, id);
    const problems: string[] = [];
    if (props.keys.length === 0) problems.push('keys must name at least one key, got none');
    const duplicates = props.keys.filter((key, i) => props.keys.indexOf(key) !== i);
    if (duplicates.length > 0) problems.push(`keys must be unique, got "${duplicates.join('", "')}" twice`);
    if (props.fieldManager.trim() === '') problems.push('fieldManager must not be empty, got ""');
    for (const reader of props.readers ?? []) {
      const unknown = reader.keys.filter((key) => !props.keys.includes(key));
      if (unknown.length > 0) {
        problems.push(`readers: ${reader.deployment} reads "${unknown.join('", "')}", which keys does not name`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join('; '));

    this.secretName = props.secretName;
    const data: Record<string, string> = {};
    for (const key of props.keys) {
      // The id is the key without its dots: stable as long as the chart names the key the same.
      data[key] = new Bytes(this, key.replace(/[^A-Za-z0-9]/g, ''), { length: 32 }).hex;
    }
    const written = new SecretV1Data(this, 'Keys', {
      metadata: { name: props.secretName, namespace: props.namespace },
      data,
      fieldManager: props.fieldManager,
      // Argo CD (or an earlier tool) may have written these keys first: take them over, once.
      force: true,
    });
    for (const reader of props.readers ?? []) {
      new Annotations(this, `Restart-${reader.deployment}`, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: reader.deployment, namespace: props.namespace },
        templateAnnotations: {
          [props.restartAnnotation ?? 'thinkube.io/hub-keys-sha256']: Fn.sha256(
            Fn.join(
              ',',
              reader.keys.map((key) => data[key] as string),
            ),
          ),
        },
        // Its own field: no other manager writes this annotation, kubectl's and Argo CD's applies leave it.
        fieldManager: props.fieldManager,
        force: true,
        dependsOn: [written],
      });
    }
  }
}
