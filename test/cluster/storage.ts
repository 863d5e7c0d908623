/**
 * Dynamic storage, as the platform has it: rancher's local-path-provisioner, twice.
 *
 * - `rancher.io/local-path` provisions node-local directories (ReadWriteOnce), as the platform's home
 *   provisioner does; test configs point `storage.home.provisioner` at it, and the project's own
 *   StorageClass (Retain, WaitForFirstConsumer) decides the rest.
 * - `thinkube.test/shared-path` provisions directories of one file system every node sees
 *   (`sharedFileSystemPath`: every access mode, ReadWriteMany included), standing in for the platform's
 *   JuiceFS; the cluster makes the StorageClass the default config names for the shared volume
 *   (`juicefs-sc`) on it, with Retain, so a default install's shared claim binds unchanged.
 *
 * Both run as pods (their own ServiceAccount, the verbs they use and no others) in `local-path-storage`;
 * the directories they make are created and removed by helper pods on the busybox image.
 */
import { join } from 'node:path';
import { nodeImage } from './layout.js';

export const STORAGE_NAMESPACE = 'local-path-storage';
export const NODE_LOCAL_PROVISIONER = 'rancher.io/local-path';
export const SHARED_PROVISIONER = 'thinkube.test/shared-path';
/** The StorageClass the default config names for the shared volume (the platform's JuiceFS). */
export const SHARED_STORAGE_CLASS = 'juicefs-sc';

const SERVICE_ACCOUNT = 'local-path-provisioner';

/** Where the volumes' directories are on the node (under the cluster's data, removed by `down`). */
export function storageDirs(dataDir: string) {
  return { nodeLocal: join(dataDir, 'volumes', 'node-local'), shared: join(dataDir, 'volumes', 'shared') };
}

const SETUP = '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "$VOL_DIR"\n';
const TEARDOWN = '#!/bin/sh\nset -eu\nrm -rf "$VOL_DIR"\n';

function helperPod(): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'helper-pod' },
    spec: {
      priorityClassName: 'system-node-critical',
      containers: [{ name: 'helper-pod', image: nodeImage('busybox'), imagePullPolicy: 'IfNotPresent' }],
    },
  });
}

function provisioner(name: string, provisionerName: string, config: object): object[] {
  const configMap = `${name}-config`;
  const labels = { app: name };
  return [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: configMap, namespace: STORAGE_NAMESPACE },
      data: {
        'config.json': JSON.stringify(config),
        setup: SETUP,
        teardown: TEARDOWN,
        'helperPod.yaml': helperPod(),
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: STORAGE_NAMESPACE, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: SERVICE_ACCOUNT,
            priorityClassName: 'system-cluster-critical',
            securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'provisioner',
                image: nodeImage('local-path-provisioner'),
                imagePullPolicy: 'IfNotPresent',
                args: [
                  'start',
                  '--config=/etc/config/config.json',
                  `--provisioner-name=${provisionerName}`,
                  `--namespace=${STORAGE_NAMESPACE}`,
                  `--configmap-name=${configMap}`,
                  `--service-account-name=${SERVICE_ACCOUNT}`,
                  `--helper-image=${nodeImage('busybox')}`,
                ],
                // Re-read the helper pod's template from the mounted ConfigMap (the upstream README's advice).
                env: [{ name: 'CONFIG_MOUNT_PATH', value: '/etc/config/' }],
                resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMounts: [{ name: 'config', mountPath: '/etc/config', readOnly: true }],
              },
            ],
            volumes: [{ name: 'config', configMap: { name: configMap } }],
          },
        },
      },
    },
  ];
}

export function storageObjects(dataDir: string): object[] {
  const dirs = storageDirs(dataDir);
  return [
    // No Pod Security label: the helper pods mount the volumes' parent directory from the node.
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: STORAGE_NAMESPACE } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: SERVICE_ACCOUNT, namespace: STORAGE_NAMESPACE } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'thinkube-test:local-path-provisioner' },
      rules: [
        {
          apiGroups: [''],
          resources: ['nodes', 'persistentvolumeclaims', 'configmaps'],
          verbs: ['get', 'list', 'watch'],
        },
        {
          apiGroups: [''],
          resources: ['persistentvolumes'],
          verbs: ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'],
        },
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['get', 'list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'thinkube-test:local-path-provisioner' },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'thinkube-test:local-path-provisioner',
      },
      subjects: [{ kind: 'ServiceAccount', name: SERVICE_ACCOUNT, namespace: STORAGE_NAMESPACE }],
    },
    {
      // Helper pods are made, watched, read (their logs on failure) and removed in its own namespace only.
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'local-path-provisioner-helpers', namespace: STORAGE_NAMESPACE },
      rules: [
        {
          apiGroups: [''],
          resources: ['pods'],
          verbs: ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'],
        },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'local-path-provisioner-helpers', namespace: STORAGE_NAMESPACE },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'local-path-provisioner-helpers' },
      subjects: [{ kind: 'ServiceAccount', name: SERVICE_ACCOUNT, namespace: STORAGE_NAMESPACE }],
    },
    ...provisioner('node-local-provisioner', NODE_LOCAL_PROVISIONER, {
      nodePathMap: [{ node: 'DEFAULT_PATH_FOR_NON_LISTED_NODES', paths: [dirs.nodeLocal] }],
    }),
    ...provisioner('shared-provisioner', SHARED_PROVISIONER, { nodePathMap: [], sharedFileSystemPath: dirs.shared }),
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: SHARED_STORAGE_CLASS, labels: { 'thinkube.io/test-cluster': 'true' } },
      provisioner: SHARED_PROVISIONER,
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
    },
  ];
}
