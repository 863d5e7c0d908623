/**
 * The section builders of the chart values (constructs/jupyterhub/*-values.ts), each from its own narrow
 * props, without a config: what each section says for the inputs that change it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hubChartValues } from '../../app/hub-values.js';
import { accessPolicySchema } from '../../constructs/jupyterhub/access-policy-schema.js';
import { accessPolicyValues } from '../../constructs/jupyterhub/access-policy-values.js';
import { activityIntervals } from '../../constructs/jupyterhub/activity-intervals.js';
import { authenticationValues } from '../../constructs/jupyterhub/authentication-values.js';
import {
  hubNetworkPolicy,
  NON_PUBLIC_IPV4,
  proxyNetworkPolicy,
  singleuserNetworkPolicy,
} from '../../constructs/jupyterhub/network-policy-values.js';
import type { ServerProfile } from '../../constructs/jupyterhub/profile-list.js';
import { SHARED_VOLUME_NAME, singleuserValues } from '../../constructs/jupyterhub/singleuser-values.js';
import { sha256, stableJson, withValuesHash } from '../../constructs/jupyterhub/values-hash.js';
import { OIDC_CLIENT_SECRET, VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { configWith, defaultConfig, REPO_ROOT } from '../support/synth.js';

const auth = {
  keycloakUrl: 'https://auth.example.org',
  realm: 'lab',
  clientId: 'hub',
  usernameClaim: 'preferred_username',
  scopes: ['openid', 'profile'],
  hubOrigin: 'https://notebooks.example.org',
  roleGroups: { admin: 'admins', gpuUser: 'gpu-users', user: 'users' },
  authRefreshAgeSeconds: 300,
};

describe('authenticationValues', () => {
  it('sends the browser to the public URL and the hub to the back channel, with the one callback', () => {
    const values = authenticationValues({ ...auth, backchannelUrl: 'http://keycloak.keycloak.svc:8080' });
    const oauth = values.GenericOAuthenticator;
    expect(oauth.authorize_url).toBe('https://auth.example.org/realms/lab/protocol/openid-connect/auth');
    expect(oauth.token_url).toBe('http://keycloak.keycloak.svc:8080/realms/lab/protocol/openid-connect/token');
    expect(oauth.userdata_url).toBe('http://keycloak.keycloak.svc:8080/realms/lab/protocol/openid-connect/userinfo');
    expect(oauth.oauth_callback_url).toBe('https://notebooks.example.org/hub/oauth_callback');
    expect(oauth.logout_redirect_url).toBe(
      'https://auth.example.org/realms/lab/protocol/openid-connect/logout' +
        '?post_logout_redirect_uri=https%3A%2F%2Fnotebooks.example.org%2Fhub%2F&client_id=hub',
    );
  });

  it('lets every role log in, makes only the admin role admin, and takes the secret from its Secret', () => {
    const values = authenticationValues(auth);
    expect(values.GenericOAuthenticator.allowed_groups).toEqual(['admins', 'gpu-users', 'users']);
    expect(values.GenericOAuthenticator.admin_groups).toEqual(['admins']);
    expect(values.GenericOAuthenticator.token_url).toBe(
      'https://auth.example.org/realms/lab/protocol/openid-connect/token',
    );
    expect(JSON.stringify(values)).not.toContain('client_secret');
    expect(values.extraEnv.OAUTH_CLIENT_SECRET.valueFrom.secretKeyRef).toEqual(OIDC_CLIENT_SECRET);
  });
});

describe('network policy sections', () => {
  it('hub: Keycloak by namespace, and by address range only when one is given; the API server', () => {
    const api = { cidrs: ['10.152.183.1/32'], ports: [443, 16443] };
    const inCluster = hubNetworkPolicy({
      kubernetesApi: api,
      keycloak: { namespace: 'keycloak', cidrs: [], ports: [8080] },
    });
    expect(inCluster.egress).toEqual([
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'keycloak' } } }],
        ports: [{ port: 8080, protocol: 'TCP' }],
      },
      {
        to: [{ ipBlock: { cidr: '10.152.183.1/32' } }],
        ports: [
          { port: 443, protocol: 'TCP' },
          { port: 16443, protocol: 'TCP' },
        ],
      },
    ]);
    const outside = hubNetworkPolicy({
      kubernetesApi: api,
      keycloak: { namespace: 'keycloak', cidrs: ['192.168.1.10/32'], ports: [443] },
    });
    expect(outside.egress).toHaveLength(3);
    expect(outside.egress[1]).toEqual({
      to: [{ ipBlock: { cidr: '192.168.1.10/32' } }],
      ports: [{ port: 443, protocol: 'TCP' }],
    });
    expect(outside.egressAllowRules.nonPrivateIPs).toBe(false);
  });

  it('proxy: in from the named namespaces only, out to nothing but DNS', () => {
    const policy = proxyNetworkPolicy(['gateway', 'ingress']);
    expect(policy.ingress).toEqual([
      {
        from: ['gateway', 'ingress'].map((name) => ({
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
        })),
        ports: [{ port: 'http' }],
      },
    ]);
    expect(policy.allowedIngressPorts).toEqual([]);
    expect(policy.egress).toEqual([]);
  });

  it('servers: the public internet without any non-public range, plus the private targets given', () => {
    const policy = singleuserNetworkPolicy([{ cidr: '192.168.1.20/32', ports: [5432] }]);
    expect(policy.egress[0]).toEqual({ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...NON_PUBLIC_IPV4] } }] });
    expect(NON_PUBLIC_IPV4).toContain('192.168.0.0/16');
    expect(policy.egress[1]).toEqual({
      to: [{ ipBlock: { cidr: '192.168.1.20/32' } }],
      ports: [{ port: 5432, protocol: 'TCP' }],
    });
    expect(singleuserNetworkPolicy([]).egress).toHaveLength(1);
  });
});

describe('singleuserValues', () => {
  const profile: ServerProfile = {
    slug: 'small',
    displayName: 'Small',
    description: '',
    default: true,
    cpu: { guarantee: 0.5, limit: 2 },
    memory: { guarantee: '1Gi', limit: '4Gi' },
    gpus: 0,
    ephemeralStorage: { guarantee: '1Gi', limit: '10Gi' },
  };
  const props = {
    image: { repository: 'harbor.example.org/thinkube/jupyter-notebook', tag: 'spec-0123456789ab' },
    pullSecret: 'harbor-pull-secret',
    activityIntervalSeconds: 75,
    privateEgress: [],
    defaultProfile: profile,
    profiles: [],
    home: { storageClass: 'jupyterhub-home', capacity: '10Gi', mountPath: '/home/jovyan' },
  };

  it('mounts the shared claim read-only under its name when there is one, and nothing when there is none', () => {
    const shared = singleuserValues({
      ...props,
      shared: { claimName: 'jupyterhub-shared', mountPath: '/home/jovyan/shared' },
    });
    expect(shared.storage.extraVolumes).toEqual({
      [SHARED_VOLUME_NAME]: { name: SHARED_VOLUME_NAME, persistentVolumeClaim: { claimName: 'jupyterhub-shared' } },
    });
    expect(shared.storage.extraVolumeMounts[SHARED_VOLUME_NAME]).toEqual({
      name: SHARED_VOLUME_NAME,
      mountPath: '/home/jovyan/shared',
      readOnly: true,
    });
    const alone = singleuserValues(props);
    expect(alone.storage.extraVolumes).toEqual({});
    expect(alone.storage.extraVolumeMounts).toEqual({});
  });

  it('sizes a server without a profile as the default profile, in the spawner units', () => {
    const values = singleuserValues(props);
    expect(values.cpu).toEqual({ guarantee: 0.5, limit: 2 });
    expect(values.memory).toEqual({ guarantee: '1G', limit: '4G' });
    expect(values.extraResource.limits).toEqual({ 'ephemeral-storage': '10Gi' });
    expect(values.extraEnv.JUPYTERHUB_ACTIVITY_INTERVAL).toBe('75');
    expect(values.image).toEqual({
      name: props.image.repository,
      tag: props.image.tag,
      pullSecrets: ['harbor-pull-secret'],
    });
  });
});

describe('accessPolicyValues', () => {
  it('names the shared volume only when servers mount it, and GPUs as null when they are off', () => {
    const roles = {} as Parameters<typeof accessPolicyValues>[0]['roles'];
    const base = { groupsClaim: 'groups', rolesClaim: 'hub_roles', roles, recheckSeconds: 300 };
    expect(accessPolicyValues({ ...base, sharedVolume: true }).sharedVolumeName).toBe(SHARED_VOLUME_NAME);
    expect(accessPolicyValues({ ...base, sharedVolume: false }).sharedVolumeName).toBeNull();
    expect(accessPolicyValues({ ...base, sharedVolume: false }).gpu).toBeNull();
    const gpu = { resourceName: 'nvidia.com/gpu', capacityCacheSeconds: 30, apiTimeoutSeconds: 5 };
    expect(accessPolicyValues({ ...base, sharedVolume: false, gpu }).gpu).toEqual(gpu);
  });
});

describe('activityIntervals', () => {
  it('keeps the defaults for the default timeout, and a quarter of a short one', () => {
    expect(activityIntervals(3600)).toEqual({ hub: 60, server: 300 });
    expect(activityIntervals(200)).toEqual({ hub: 50, server: 50 });
  });
});

describe('withValuesHash', () => {
  it('annotates the hub with the hash of the values, the same for the same values in any key order', () => {
    const a = withValuesHash({ hub: { b: 1, a: 2 }, cull: { timeout: 3600 } });
    const b = withValuesHash({ cull: { timeout: 3600 }, hub: { a: 2, b: 1 } });
    expect(a.hub.annotations[VALUES_HASH_ANNOTATION]).toBe(b.hub.annotations[VALUES_HASH_ANNOTATION]);
    expect(a.hub.annotations[VALUES_HASH_ANNOTATION]).toBe(
      sha256(stableJson({ hub: { a: 2, b: 1 }, cull: { timeout: 3600 } })),
    );
    const changed = withValuesHash({ hub: { b: 1, a: 2 }, cull: { timeout: 1800 } });
    expect(changed.hub.annotations[VALUES_HASH_ANNOTATION]).not.toBe(a.hub.annotations[VALUES_HASH_ANNOTATION]);
  });
});

describe('custom.thinkube, the contract with the hub (access-policy-schema.ts)', () => {
  it('the block the app synthesizes fits the schema, with and without GPUs and the shared volume', () => {
    for (const config of [
      defaultConfig(),
      configWith('gpu: { enabled: false }\nstorage: { shared: { enabled: false } }'),
    ]) {
      const block = hubChartValues(config).custom.thinkube;
      expect(accessPolicySchema.parse(block)).toEqual(block);
    }
  });

  it('refuses a block that lacks a field the hub reads, or has one it does not know', () => {
    const block = structuredClone(hubChartValues(defaultConfig()).custom.thinkube) as Record<string, unknown>;
    const roles = block.roles as Record<string, { limits: Record<string, unknown> }>;
    delete roles.user?.limits.ephemeralStorage;
    block.quota = 3;
    const issues = accessPolicySchema.safeParse(block).error?.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
    expect(issues).toEqual(
      expect.arrayContaining(['roles.user.limits.ephemeralStorage: invalid_type', ': unrecognized_keys']),
    );
  });

  it('hub/thinkube_access.schema.json is the JSON Schema of that declaration (npm run schema:hub)', () => {
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'hub', 'thinkube_access.schema.json'), 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(accessPolicySchema, { target: 'draft-2020-12' }));
  });
});
