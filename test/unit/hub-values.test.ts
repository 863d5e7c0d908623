import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubChartValues } from '../../app/hub-values.js';
import { keycloakEndpoints } from '../../constructs/identity/oidc-rules.js';
import { IMAGE_PULL_SECRET, OIDC_CLIENT_SECRET, VALUES_HASH_ANNOTATION } from '../../constructs/names.js';
import { REAL_CHART } from '../support/real-chart.js';
import { configWith, defaultConfig } from '../support/synth.js';

describe('hubChartValues', () => {
  it('defaults: GenericOAuthenticator against the realm, with PKCE, groups and refreshed auth state', () => {
    const values = hubChartValues(defaultConfig());
    const auth = values.hub.config.GenericOAuthenticator as Record<string, unknown>;
    const realm = 'https://auth.thinkube.example.org/realms/thinkube/protocol/openid-connect';
    expect(values.hub.config.JupyterHub).toEqual({
      authenticator_class: 'generic-oauth',
      admin_access: true,
      last_activity_interval: 60,
    });
    expect(auth).toMatchObject({
      client_id: 'jupyterhub',
      oauth_callback_url: 'https://notebooks.thinkube.example.org/hub/oauth_callback',
      authorize_url: `${realm}/auth`,
      token_url: `${realm}/token`,
      userdata_url: `${realm}/userinfo`,
      username_claim: 'preferred_username',
      scope: ['openid', 'profile', 'email'],
      enable_pkce: true,
      manage_groups: true,
      allowed_groups: ['jupyterhub-admins', 'jupyterhub-gpu-users', 'jupyterhub-users'],
      admin_groups: ['jupyterhub-admins'],
      enable_auth_state: true,
      refresh_pre_spawn: true,
    });
    expect(auth.logout_redirect_url).toBe(
      `${realm}/logout?post_logout_redirect_uri=https%3A%2F%2Fnotebooks.thinkube.example.org%2Fhub%2F&client_id=jupyterhub`,
    );
  });

  it("keycloak.backchannelUrl: the hub's own calls go to the in-cluster Service, the browser's to the public URL", () => {
    const values = hubChartValues(
      configWith('keycloak: { backchannelUrl: "http://keycloak.keycloak.svc.cluster.local:8080" }'),
    );
    const auth = values.hub.config.GenericOAuthenticator as Record<string, unknown>;
    const back = 'http://keycloak.keycloak.svc.cluster.local:8080/realms/thinkube/protocol/openid-connect';
    const front = 'https://auth.thinkube.example.org/realms/thinkube/protocol/openid-connect';
    expect(auth).toMatchObject({
      authorize_url: `${front}/auth`,
      token_url: `${back}/token`,
      userdata_url: `${back}/userinfo`,
    });
    expect(auth.logout_redirect_url).toMatch(new RegExp(`^${front}/logout\\?`));
    expect(keycloakEndpoints('https://auth.example.org', 'r').token).toBe(
      'https://auth.example.org/realms/r/protocol/openid-connect/token',
    );
  });

  it('defaults: the hub Python is mounted and wired in, with the roles as data', () => {
    const values = hubChartValues(defaultConfig());
    const module = values.hub.extraFiles['thinkube-access'];
    // Beside the chart's own jupyterhub_config.py, whose folder the chart puts on sys.path: the snippet
    // imports the module from there, as the chart imports z2jh.
    const deployment = readFileSync(join(REAL_CHART, 'templates', 'hub', 'deployment.yaml'), 'utf8');
    const configDir = /mountPath: (\S+)\/jupyterhub_config\.py/.exec(deployment)?.[1];
    expect(configDir).toBe('/usr/local/etc/jupyterhub');
    expect(module?.mountPath).toBe(`${configDir}/thinkube_access.py`);
    expect(module?.stringData).toContain('class AccessPolicy');
    expect(values.hub.extraConfig['thinkube-access']).toContain('AccessPolicy.from_values(');
    expect(values.custom.thinkube.sharedVolumeName).toBe('shared');
    expect(values.custom.thinkube.roles.user).toMatchObject({ group: 'jupyterhub-users', profiles: ['cpu-small'] });
  });

  it('defaults: secrets only by reference, never inline', () => {
    const values = hubChartValues(defaultConfig());
    expect(values.hub.extraEnv.OAUTH_CLIENT_SECRET).toEqual({ valueFrom: { secretKeyRef: OIDC_CLIENT_SECRET } });
    expect(values.singleuser.image.pullSecrets).toEqual([IMAGE_PULL_SECRET.name]);
    const { extraFiles: _files, extraConfig: _code, ...hubSettings } = values.hub;
    const text = JSON.stringify({ ...values, hub: hubSettings });
    for (const key of ['client_secret', 'cookieSecret', 'secretToken', 'cookie_secret', 'auth_token', 'CryptKeeper']) {
      expect(text).not.toContain(key);
    }
  });

  it('defaults: Harbor image, dynamic homes, the shared volume read-only, ClusterIP proxy, no chart ingress', () => {
    const values = hubChartValues(defaultConfig());
    expect(values.singleuser.image.name).toBe('registry.thinkube.example.org/thinkube/jupyter-notebook');
    expect(values.singleuser.image.tag).toMatch(/^spec-[0-9a-f]{12}$/);
    expect(values.singleuser.storage).toMatchObject({
      type: 'dynamic',
      capacity: '10Gi',
      dynamic: { storageClass: 'jupyterhub-home' },
      extraVolumes: { shared: { name: 'shared', persistentVolumeClaim: { claimName: 'jupyterhub-shared' } } },
      extraVolumeMounts: { shared: { name: 'shared', mountPath: '/home/jovyan/shared', readOnly: true } },
    });
    // The hub database outlives Argo CD's pruning, a cascading delete of the Application and helm uninstall.
    expect(values.hub.db).toEqual({
      type: 'sqlite-pvc',
      pvc: {
        annotations: {
          'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false',
          'helm.sh/resource-policy': 'keep',
        },
        storage: '1Gi',
        storageClassName: 'jupyterhub-home',
      },
    });
    expect(values.proxy.service.type).toBe('ClusterIP');
    expect(values.ingress.enabled).toBe(false);
    expect(values.prePuller).toMatchObject({ hook: { enabled: false }, pullProfileListImages: false });
    // The chart's own containers are sized from the config (checkov CKV_K8S_10..13).
    expect(values.prePuller.resources).toEqual({
      requests: { cpu: '1m', memory: '8Mi' },
      limits: { cpu: '100m', memory: '32Mi' },
    });
    expect(values.hub.resources).toEqual({
      requests: { cpu: '200m', memory: '512Mi' },
      limits: { cpu: '1', memory: '1Gi' },
    });
    expect(values.proxy.chp.resources.limits).toEqual({ cpu: '1', memory: '512Mi' });
    expect(values.scheduling.userScheduler.resources.requests).toEqual({ cpu: '50m', memory: '256Mi' });
    expect(values.cull).toEqual({ enabled: true, users: false, timeout: 3600, every: 600, maxAge: 604800 });
  });

  it("defaults: the hub reads the proxy's activity every 60 s, the chart's own interval, and servers report every 300 s", () => {
    const values = hubChartValues(defaultConfig());
    expect(values.hub.config.JupyterHub.last_activity_interval).toBe(60);
    expect(values.singleuser.extraEnv).toEqual({ JUPYTERHUB_ACTIVITY_INTERVAL: '300' });
  });

  it('custom: a short idle timeout makes the hub learn of activity four times within it, so a server in use is never culled', () => {
    const values = hubChartValues(configWith('culling: { timeoutSeconds: 120, everySeconds: 30 }'));
    expect(values.cull).toMatchObject({ timeout: 120, every: 30 });
    expect(values.hub.config.JupyterHub.last_activity_interval).toBe(30);
    expect(values.singleuser.extraEnv).toEqual({ JUPYTERHUB_ACTIVITY_INTERVAL: '30' });
  });

  it('defaults: hub egress is DNS, Keycloak by namespace and by address, and the Kubernetes API only', () => {
    const values = hubChartValues(defaultConfig());
    expect(values.hub.networkPolicy.enabled).toBe(true);
    expect(Object.entries(values.hub.networkPolicy.egressAllowRules).filter(([, on]) => on)).toEqual([
      ['dnsPortsKubeSystemNamespace', true],
    ]);
    const ports = [443, 8080, 8443].map((port) => ({ port, protocol: 'TCP' }));
    expect(values.hub.networkPolicy.egress).toEqual([
      { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'keycloak' } } }], ports },
      { to: [{ ipBlock: { cidr: '192.168.191.0/24' } }], ports },
      {
        to: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((cidr) => ({ ipBlock: { cidr } })),
        ports: [443, 6443, 16443].map((port) => ({ port, protocol: 'TCP' })),
      },
    ]);
  });

  it('custom: ingress mode admits the proxy from the ingress controller namespace', () => {
    const values = hubChartValues(configWith('exposure: { mode: ingress }'));
    expect(values.proxy.chp.networkPolicy.allowedIngressPorts).toEqual([]);
    expect(values.proxy.chp.networkPolicy.ingress).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } }],
        ports: [{ port: 'http' }],
      },
    ]);
  });

  it('defaults: profiles with GPU scheduling when GPUs are on', () => {
    const values = hubChartValues(defaultConfig());
    expect(values.singleuser.profileList.map((p) => p.slug)).toEqual(['cpu-small', 'cpu-large', 'gpu']);
    const gpu = values.singleuser.profileList[2] as { kubespawner_override: Record<string, unknown> };
    expect(gpu.kubespawner_override).toMatchObject({
      extra_resource_limits: { 'nvidia.com/gpu': '1' },
      node_selector: { 'nvidia.com/gpu.present': 'true' },
      // The chart's user tolerations stay: a profile's list replaces KubeSpawner's whole list.
      tolerations: [
        { key: 'hub.jupyter.org/dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
        { key: 'hub.jupyter.org_dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
        { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      ],
      extra_pod_config: { runtimeClassName: 'nvidia' },
      mem_limit: '32G',
    });
  });

  it('custom: no GPUs means no GPU profile; no shared volume means no extra mounts', () => {
    const values = hubChartValues(configWith('gpu: { enabled: false }\nstorage: { shared: { enabled: false } }'));
    expect(values.singleuser.profileList.map((p) => p.slug)).toEqual(['cpu-small', 'cpu-large']);
    expect(JSON.stringify(values.singleuser.profileList)).not.toContain('nvidia');
    expect(values.singleuser.storage.extraVolumes).toEqual({});
    expect(values.singleuser.storage.extraVolumeMounts).toEqual({});
  });

  it('custom: explicit Keycloak URL, realm and client id flow into every URL', () => {
    const values = hubChartValues(
      configWith(
        'keycloak: { url: "https://sso.lab.example.net", realm: lab, clientId: hub }\nhostname: hub.lab.example.net',
      ),
    );
    const auth = values.hub.config.GenericOAuthenticator;
    expect(auth.authorize_url).toBe(keycloakEndpoints('https://sso.lab.example.net', 'lab').authorize);
    expect(auth.logout_redirect_url).toContain('client_id=hub');
    expect(auth.oauth_callback_url).toBe('https://hub.lab.example.net/hub/oauth_callback');
  });

  it('hashes the values into a hub annotation, which changes with the config and only then', () => {
    const a = hubChartValues(defaultConfig()).hub.annotations[VALUES_HASH_ANNOTATION];
    const b = hubChartValues(defaultConfig()).hub.annotations[VALUES_HASH_ANNOTATION];
    const c = hubChartValues(configWith('culling: { timeoutSeconds: 7200 }')).hub.annotations[VALUES_HASH_ANNOTATION];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

describe('hubChartValues guards', () => {
  it('fails if there is no profile to size the default server from', () => {
    expect(() => hubChartValues({ ...defaultConfig(), profiles: [] })).toThrow(
      'profiles must hold at least one profile, got none',
    );
  });
});
