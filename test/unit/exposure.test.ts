import { describe, expect, it } from 'vitest';
import { HubHttpRoute } from '../../constructs/exposure/hub-http-route.js';
import { HubIngress } from '../../constructs/exposure/hub-ingress.js';
import { synthOf, testChart } from '../support/synth.js';

const base = { namespace: 'jupyterhub', hostname: 'notebooks.example.org' };

describe('HubIngress', () => {
  it('defaults: MicroK8s class, TLS secret named after the host, WebSocket-friendly timeouts, to proxy-public', () => {
    const [ingress] = synthOf(new HubIngress(testChart(), 'ing', base));
    expect(ingress.spec.ingressClassName).toBe('public');
    expect(ingress.spec.tls).toEqual([{ hosts: ['notebooks.example.org'], secretName: 'notebooks-example-org-tls' }]);
    expect(ingress.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
    });
    expect(ingress.metadata.annotations['cert-manager.io/cluster-issuer']).toBeUndefined();
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'proxy-public', port: { number: 80 } },
    });
  });

  it('custom: another class, an issuer, an existing secret and a shorter timeout', () => {
    const [ingress] = synthOf(
      new HubIngress(testChart(), 'ing', {
        ...base,
        className: 'nginx',
        clusterIssuer: 'letsencrypt-prod',
        tlsSecretName: 'wildcard-tls',
        timeoutSeconds: 600,
        maxBodySize: '2g',
      }),
    );
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls[0].secretName).toBe('wildcard-tls');
    expect(ingress.metadata.annotations).toMatchObject({
      'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '600',
      'nginx.ingress.kubernetes.io/proxy-body-size': '2g',
    });
  });

  it('fails if the timeout would cut kernel WebSockets', () => {
    expect(() => new HubIngress(testChart(), 'ing', { ...base, timeoutSeconds: 30 })).toThrow(
      'HubIngress timeoutSeconds must be a whole number of at least 60 (kernel WebSockets), got 30',
    );
  });
});

describe('HubHttpRoute', () => {
  const gateway = { name: 'thinkube-gateway', namespace: 'gateway' };

  it('defaults: attached to every listener, one-hour timeouts, to proxy-public', () => {
    const [route] = synthOf(new HubHttpRoute(testChart(), 'route', { ...base, gateway }));
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.spec.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'thinkube-gateway', namespace: 'gateway' },
    ]);
    expect(route.spec.hostnames).toEqual(['notebooks.example.org']);
    expect(route.spec.rules[0].timeouts).toEqual({ request: '1h', backendRequest: '1h' });
    expect(route.spec.rules[0].backendRefs).toEqual([{ name: 'proxy-public', port: 80 }]);
  });

  it('custom: a named listener and a longer timeout', () => {
    const [route] = synthOf(
      new HubHttpRoute(testChart(), 'route', {
        ...base,
        gateway: { ...gateway, sectionName: 'https' },
        requestTimeout: '8h',
      }),
    );
    expect(route.spec.parentRefs[0].sectionName).toBe('https');
    expect(route.spec.rules[0].timeouts.request).toBe('8h');
  });

  it('fails if the timeout is not a Gateway API duration', () => {
    expect(() => new HubHttpRoute(testChart(), 'route', { ...base, gateway, requestTimeout: '1 hour' })).toThrow(
      'HubHttpRoute requestTimeout must be a Gateway API duration such as "1h", got "1 hour"',
    );
  });
});
