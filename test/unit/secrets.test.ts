import { describe, expect, it } from 'vitest';
import { imagePullSecret, missingHubKeys, oidcClientSecret } from '../../cli/secrets.js';
import { HUB_SECRET, IMAGE_PULL_SECRET, OIDC_CLIENT_SECRET } from '../../config/names.js';
import { type KubeObject, validateObject } from '../support/contracts.js';

function decoded(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]));
}

describe('npm run secrets: the Secrets it applies', () => {
  it('the OIDC client secret is where the hub values look for it', () => {
    const secret = oidcClientSecret('jupyterhub', 's3cret');
    expect(secret.metadata).toMatchObject({ name: OIDC_CLIENT_SECRET.name, namespace: 'jupyterhub' });
    expect(decoded(secret.data)).toEqual({ [OIDC_CLIENT_SECRET.key]: 's3cret' });
    expect(validateObject(secret as unknown as KubeObject, '1.36.0').errors).toEqual([]);
  });

  it('the pull secret is a dockerconfigjson for the Harbor registry', () => {
    const secret = imagePullSecret('jupyterhub', 'registry.example.org', 'robot$pull', 'pw');
    expect(secret.metadata.name).toBe(IMAGE_PULL_SECRET.name);
    expect(secret.type).toBe('kubernetes.io/dockerconfigjson');
    const config = JSON.parse(decoded(secret.data)['.dockerconfigjson'] as string);
    expect(config.auths['registry.example.org']).toEqual({
      username: 'robot$pull',
      password: 'pw',
      auth: Buffer.from('robot$pull:pw').toString('base64'),
    });
    expect(validateObject(secret as unknown as KubeObject, '1.28.0').errors).toEqual([]);
  });

  it('generates only the hub keys that are missing, each a fresh 32-byte hex value', () => {
    const all = decoded(missingHubKeys('jupyterhub', ['values.yaml'])?.data);
    expect(Object.keys(all).sort()).toEqual([...HUB_SECRET.generatedKeys].sort());
    for (const value of Object.values(all)) expect(value).toMatch(/^[0-9a-f]{64}$/);
    expect(decoded(missingHubKeys('jupyterhub', ['values.yaml'])?.data)).not.toEqual(all);

    const one = missingHubKeys('jupyterhub', ['values.yaml', HUB_SECRET.generatedKeys[0], HUB_SECRET.generatedKeys[1]]);
    expect(Object.keys(one?.data ?? {})).toEqual([HUB_SECRET.generatedKeys[2]]);
    expect(missingHubKeys('jupyterhub', [...HUB_SECRET.generatedKeys])).toBeUndefined();
  });
});
