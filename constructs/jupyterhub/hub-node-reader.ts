import { Construct } from 'constructs';
import { KubeClusterRole, KubeClusterRoleBinding } from '../../imports/k8s.js';
import { PART_OF_LABELS } from '../names.js';

export interface HubNodeReaderProps {
  /** Namespace of the hub, where its ServiceAccount is. */
  readonly namespace: string;
  /**
   * The hub's ServiceAccount (the chart's `hub`).
   * @default 'hub'
   */
  readonly serviceAccount?: string;
}

/**
 * Lets the hub read nodes (get, list; nothing else): it offers a GPU profile only while some
 * schedulable node has the GPU resource, and refuses a GPU spawn no node can take. The chart's own
 * RBAC is namespaced and cannot grant this (nodes are cluster-scoped).
 */
export class HubNodeReader extends Construct {
  public readonly clusterRoleName: string;

  constructor(scope: Construct, id: string, props: HubNodeReaderProps) {
    super(scope, id);
    this.clusterRoleName = `${props.namespace}-hub-node-reader`;
    new KubeClusterRole(this, 'Role', {
      metadata: { name: this.clusterRoleName, labels: { ...PART_OF_LABELS } },
      rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list'] }],
    });
    new KubeClusterRoleBinding(this, 'Binding', {
      metadata: { name: this.clusterRoleName, labels: { ...PART_OF_LABELS } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.clusterRoleName },
      subjects: [{ kind: 'ServiceAccount', name: props.serviceAccount ?? 'hub', namespace: props.namespace }],
    });
  }
}
