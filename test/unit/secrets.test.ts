import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { TerraformTesting, TerraformVariable } from '../../constructs/cdktf.js';
import { HubGeneratedKeys } from '../../constructs/secrets/hub-generated-keys.js';
import { OidcClientSecret } from '../../constructs/secrets/oidc-client-secret.js';
import { RegistryPullSecret } from '../../constructs/secrets/registry-pull-secret.js';
import { synthScope } from '../support/terraform.js';

/** A real reference (`${var.<name>}`), standing in for another stack's output. */
const ref = (scope: Construct, name: string) => new TerraformVariable(scope, name, { type: 'string' }).stringValue;

describe('OidcClientSecret', () => {
  it('defaults: an Opaque Secret holding the referenced client secret under the key', () => {
    const stack = synthScope((scope) => {
      new OidcClientSecret(scope, 'Oidc', {
        namespace: 'jupyterhub',
        secretName: 'jupyterhub-oidc-client',
        key: 'client-secret',
        clientSecret: ref(scope, 'client_secret'),
      });
    });
    expect(
      TerraformTesting.toHaveResourceWithProperties(stack.json, 'kubernetes_secret_v1', {
        type: 'Opaque',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform expression, not a JS template
        data: { 'client-secret': '${var.client_secret}' },
        metadata: { name: 'jupyterhub-oidc-client', namespace: 'jupyterhub', labels: {} },
      }),
    ).toBe(true);
  });

  it('custom: labels', () => {
    const stack = synthScope((scope) => {
      new OidcClientSecret(scope, 'Oidc', {
        namespace: 'hub',
        secretName: 's',
        key: 'k',
        clientSecret: 'x',
        labels: { 'app.kubernetes.io/part-of': 'thinkube-jupyterhub' },
      });
    });
    expect(stack.only('kubernetes_secret_v1').metadata).toEqual({
      name: 's',
      namespace: 'hub',
      labels: { 'app.kubernetes.io/part-of': 'thinkube-jupyterhub' },
    });
  });
});

describe('RegistryPullSecret', () => {
  const props = {
    namespace: 'jupyterhub',
    secretName: 'harbor-pull-secret',
    registry: 'registry.thinkube.example.org',
  };
  const robot = (scope: Construct) => ({ username: ref(scope, 'robot_name'), password: ref(scope, 'robot_secret') });

  it('defaults: a dockerconfigjson Secret built from the robot references, no literal credential', () => {
    const stack = synthScope((scope) => {
      new RegistryPullSecret(scope, 'Pull', { ...props, ...robot(scope) });
    });
    const secret = stack.only('kubernetes_secret_v1') as { type: string; data: Record<string, string> };
    expect(secret.type).toBe('kubernetes.io/dockerconfigjson');
    expect(secret.data['.dockerconfigjson']).toBe(
      '${jsonencode({"auths" = {"registry.thinkube.example.org" = {"username" = var.robot_name, ' +
        '"password" = var.robot_secret, "auth" = base64encode(join(":", [var.robot_name, var.robot_secret]))}}})}',
    );
  });

  it('custom: a registry with a port', () => {
    const stack = synthScope((scope) => {
      new RegistryPullSecret(scope, 'Pull', { ...props, ...robot(scope), registry: '127.0.0.1:5000' });
    });
    expect(stack.only('kubernetes_secret_v1')).toMatchObject({
      data: { '.dockerconfigjson': expect.stringContaining('{"auths" = {"127.0.0.1:5000" = {') },
    });
  });

  it('fails if the registry is not a host', () => {
    expect(() =>
      synthScope((scope) => {
        new RegistryPullSecret(scope, 'Pull', { ...props, ...robot(scope), registry: 'https://registry.example.org/' });
      }),
    ).toThrow('registry must be a registry host such as "registry.example.org", got "https://registry.example.org/"');
  });
});

describe('HubGeneratedKeys', () => {
  const keys = [
    'hub.config.ConfigurableHTTPProxy.auth_token',
    'hub.config.CryptKeeper.keys',
    'hub.config.JupyterHub.cookie_secret',
  ];
  const props = { namespace: 'jupyterhub', secretName: 'hub', keys, fieldManager: 'thinkube-jupyterhub-secrets' };

  it('defaults: one random_bytes of 32 per key, written hex-encoded under the field manager', () => {
    const stack = synthScope((scope) => {
      new HubGeneratedKeys(scope, 'Keys', props);
    });
    const bytes = stack.all('random_bytes');
    expect(Object.values(bytes)).toEqual([{ length: 32 }, { length: 32 }, { length: 32 }]);
    const data = stack.only('kubernetes_secret_v1_data') as {
      data: Record<string, string>;
      field_manager: string;
      force: boolean;
      metadata: unknown;
    };
    expect(Object.keys(data.data)).toEqual(keys);
    for (const value of Object.values(data.data)) expect(value).toMatch(/^\$\{random_bytes\.[A-Za-z0-9_]+\.hex\}$/);
    expect(new Set(Object.values(data.data)).size).toBe(3);
    expect(data.field_manager).toBe('thinkube-jupyterhub-secrets');
    expect(data.force).toBe(true);
    expect(data.metadata).toEqual({ name: 'hub', namespace: 'jupyterhub' });
  });

  it('custom: a key added by a chart upgrade is one more random_bytes; the others keep their addresses', () => {
    const before = Object.keys(synthScope((scope) => new HubGeneratedKeys(scope, 'Keys', props)).all('random_bytes'));
    const after = Object.keys(
      synthScope(
        (scope) => new HubGeneratedKeys(scope, 'Keys', { ...props, keys: [...keys, 'hub.config.New.key'] }),
      ).all('random_bytes'),
    );
    expect(after.length).toBe(4);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it("custom: each reader's pod template gets a hash of the keys it reads, written after the keys", () => {
    const stack = synthScope((scope) => {
      new HubGeneratedKeys(scope, 'Keys', {
        ...props,
        readers: [
          { deployment: 'hub', keys },
          { deployment: 'proxy', keys: ['hub.config.ConfigurableHTTPProxy.auth_token'] },
        ],
        restartAnnotation: 'thinkube.io/hub-keys-sha256',
      });
    });
    const annotations = Object.values(stack.all('kubernetes_annotations')) as {
      api_version: string;
      kind: string;
      metadata: { name: string; namespace: string };
      template_annotations: Record<string, string>;
      field_manager: string;
      force: boolean;
      depends_on: string[];
    }[];
    expect(annotations.map((a) => [a.api_version, a.kind, a.metadata])).toEqual([
      ['apps/v1', 'Deployment', { name: 'hub', namespace: 'jupyterhub' }],
      ['apps/v1', 'Deployment', { name: 'proxy', namespace: 'jupyterhub' }],
    ]);
    const [hub, proxy] = annotations.map((a) => a.template_annotations['thinkube.io/hub-keys-sha256']);
    // The hub's hash covers its three keys, the proxy's only its token: Terraform's sha256 of the hex values.
    expect(hub).toMatch(
      /^\$\{sha256\(join\(",", \[random_bytes\.\w+\.hex, random_bytes\.\w+\.hex, random_bytes\.\w+\.hex\]\)\)\}$/,
    );
    expect(proxy).toMatch(/^\$\{sha256\(join\(",", \[random_bytes\.\w+\.hex\]\)\)\}$/);
    for (const a of annotations) {
      expect(a.field_manager).toBe('thinkube-jupyterhub-secrets');
      expect(a.force).toBe(true);
      expect(a.depends_on).toEqual([expect.stringMatching(/^kubernetes_secret_v1_data\./)]);
    }
  });

  it('fails if keys are missing or repeated, or the field manager is empty, naming each', () => {
    expect(() =>
      synthScope((scope) => new HubGeneratedKeys(scope, 'Keys', { ...props, keys: ['a', 'a'], fieldManager: ' ' })),
    ).toThrow('keys must be unique, got "a" twice; fieldManager must not be empty, got ""');
    expect(() => synthScope((scope) => new HubGeneratedKeys(scope, 'Keys', { ...props, keys: [] }))).toThrow(
      'keys must name at least one key, got none',
    );
    expect(() =>
      synthScope(
        (scope) =>
          new HubGeneratedKeys(scope, 'Keys', {
            ...props,
            readers: [{ deployment: 'proxy', keys: ['hub.config.Other'] }],
          }),
      ),
    ).toThrow('readers: proxy reads "hub.config.Other", which keys does not name');
  });
});
