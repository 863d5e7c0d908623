import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig, parseConfig } from '../../config/load.js';
import { configWith } from '../support/synth.js';

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

/** A file with only the required fields: one profile `s` of the given size, three roles allowed it. */
function minimalConfig(cpu: string, memory: string): string {
  return `
domain: lab.example.net
images:
  - name: jupyter-notebook
    base: { repository: dockerhub/library/debian, tag: bookworm-slim }
    pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 }
profiles:
  - { slug: s, displayName: S, cpu: ${cpu}, memory: ${memory} }
roles:
  admin: { group: a, profiles: [s], limits: { cpu: 1, memory: 2Gi, gpus: 0, homeStorage: 10Gi }, sharedVolume: read-write }
  gpuUser: { group: g, profiles: [s], limits: { cpu: 1, memory: 2Gi, gpus: 0, homeStorage: 10Gi }, sharedVolume: read-only }
  user: { group: u, profiles: [s], limits: { cpu: 1, memory: 2Gi, gpus: 0, homeStorage: 10Gi }, sharedVolume: read-only }
`;
}

describe('the embedded default configuration', () => {
  it('loads and derives host names from the domain', () => {
    const config = loadConfig();
    expect(config.domain).toBe('thinkube.example.org');
    expect(config.hostname).toBe('notebooks.thinkube.example.org');
    expect(config.keycloak.url).toBe('https://auth.thinkube.example.org');
    expect(config.keycloak.realm).toBe('thinkube');
    expect(config.keycloak.clientId).toBe('jupyterhub');
    expect(config.harbor.registry).toBe('registry.thinkube.example.org');
    expect(config.namespace.name).toBe('jupyterhub');
    expect(config.chart.version).toBe('4.4.0');
    expect(config.delivery.mode).toBe('argocd');
  });

  it('fills defaults for everything a minimal file leaves out', () => {
    const config = parseConfig(minimalConfig('{ guarantee: 1, limit: 1 }', '{ guarantee: 1Gi, limit: 2Gi }'));
    expect(config.hostname).toBe('notebooks.lab.example.net');
    expect(config.exposure.mode).toBe('httproute');
    expect(config.storage.home.provisioner).toBe('microk8s.io/hostpath');
    expect(config.gpu.enabled).toBe(false);
    expect(config.culling).toEqual({ enabled: true, timeoutSeconds: 3600, everySeconds: 600, maxAgeSeconds: 604800 });
  });

  it('keeps an explicit hostname', () => {
    expect(configWith('hostname: jupyter.lab.example.net').hostname).toBe('jupyter.lab.example.net');
  });
});

describe('bad configuration', () => {
  const cases: [string, string, string][] = [
    [
      'a domain that is not a DNS name',
      'domain: Not_A_Domain',
      'domain: must be a lower-case DNS name such as "thinkube.example.org" (got "Not_A_Domain")',
    ],
    [
      'an unknown delivery mode',
      'delivery: { mode: kustomize }',
      'delivery.mode: must be one of "argocd", "helm" (got "kustomize")',
    ],
    [
      'an unknown exposure mode',
      'exposure: { mode: loadbalancer }',
      'exposure.mode: must be one of "ingress", "httproute" (got "loadbalancer")',
    ],
    [
      'a chart version range',
      'chart: { version: "^4.4" }',
      'chart.version: must be an exact version such as "4.4.0" (got "^4.4")',
    ],
    [
      'a Keycloak URL with a trailing slash',
      'keycloak: { url: "https://auth.example.org/" }',
      'keycloak.url: must not end with "/" (got "https://auth.example.org/")',
    ],
    [
      'scopes without openid',
      'keycloak: { scopes: [profile] }',
      'keycloak.scopes: must include "openid" (got ["profile"])',
    ],
    [
      'a decimal memory quantity',
      'storage: { home: { capacity: 10GB } }',
      'storage.home.capacity: must be a binary byte quantity such as "512Mi" or "10Gi" (got "10GB")',
    ],
    [
      'a notebook image that is not defined',
      'notebookImage: { default: jupyter-minimal }',
      'notebookImage.default: is not an image; defined images are jupyter-notebook, jupyter-notebook-gpu (got "jupyter-minimal")',
    ],
    [
      'an image source that is not https (issue 20.10)',
      'notebookImage: { source: "javascript:alert(1)" }',
      'notebookImage.source: must be an https:// URL (got "javascript:alert(1)")',
    ],
    [
      'an image source that would break its Containerfile label (issue 20.10)',
      'notebookImage: { source: "https://example.org/x\\\\" }',
      'notebookImage.source: must be one URL without spaces, quotes, control characters or backslashes (it becomes a Containerfile label) (got "https://example.org/x\\\\")',
    ],
    [
      'a refresh age that would turn demotions off (issue 20.16)',
      'access: { authRefreshAgeSeconds: 99999999 }',
      'access.authRefreshAgeSeconds: must be at most 3600 seconds: a longer age leaves a demotion unnoticed for as long (got 99999999)',
    ],
    [
      'markup in a profile description (issue 20.9)',
      'profiles: [{ slug: p, displayName: P, description: "<script>x()</script>", cpu: { guarantee: 1, limit: 1 }, memory: { guarantee: 1Gi, limit: 1Gi } }]\nroles: { admin: { group: a, profiles: [p], limits: { cpu: 1, memory: 1Gi, gpus: 0, homeStorage: 1Gi }, sharedVolume: read-only }, gpuUser: { group: g, profiles: [p], limits: { cpu: 1, memory: 1Gi, gpus: 0, homeStorage: 1Gi }, sharedVolume: read-only }, user: { group: u, profiles: [p], limits: { cpu: 1, memory: 1Gi, gpus: 0, homeStorage: 1Gi }, sharedVolume: read-only } }',
      'profiles.0.description: must be plain text, without "<" or ">" (markup would run on the hub\'s pages) (got "<script>x()</script>")',
    ],
    [
      'a namespace with capitals',
      'namespace: { name: JupyterHub }',
      'namespace.name: must be a DNS-1123 label (lower-case letters, digits and "-") (got "JupyterHub")',
    ],
    [
      'a negative idle timeout',
      'culling: { timeoutSeconds: -5 }',
      'culling.timeoutSeconds: Too small: expected number to be >=60 (got -5)',
    ],
    [
      'a full group path',
      'roles: { user: { group: /jupyterhub-users } }',
      'roles.user.group: must be a short Keycloak group name (no "/" path) (got "/jupyterhub-users")',
    ],
    [
      'an unknown field',
      'storage: { homes: {} }',
      'storage: unknown field(s) "homes"; check the spelling against docs/configuration.md',
    ],
    [
      'a bad egress CIDR',
      'keycloak: { networkEgress: { cidrs: [10.0.0.1] } }',
      'keycloak.networkEgress.cidrs.0: must be an IPv4 CIDR such as "192.168.1.0/24" (got "10.0.0.1")',
    ],
    [
      'a role profile that does not exist',
      'roles: { user: { profiles: [cpu-huge] } }',
      'roles.user.profiles.0: is not a profile; defined profiles are cpu-small, cpu-large, gpu (got "cpu-huge")',
    ],
    [
      'a role given a profile above its CPU cap',
      'roles: { user: { profiles: [cpu-large] } }',
      'roles.user.profiles.0: profile asks for 8 CPU but the role allows at most 2 (got "cpu-large")',
    ],
    [
      'a home larger than a role allows',
      'storage: { home: { capacity: 30Gi } }',
      'roles.user.limits.homeStorage: must be at least storage.home.capacity (30Gi), the smallest home (got "10Gi")',
    ],
    [
      'two roles on one group',
      'roles: { gpuUser: { group: jupyterhub-users } }',
      'roles.user.group: is already the group of role "gpuUser"; each role needs its own group (got "jupyterhub-users")',
    ],
    [
      'two roles on one client role',
      'roles: { user: { clientRole: admin } }',
      'roles.user.clientRole: is already the client role of role "admin"; each role needs its own client role (got "admin")',
    ],
    [
      'a hub origin with a path',
      'keycloak: { extraHubOrigins: ["https://notebooks.lan/hub"] }',
      'keycloak.extraHubOrigins.0: must be an origin such as "https://notebooks.lan:8443" (scheme, host and optional port, no path) (got "https://notebooks.lan/hub")',
    ],
    [
      'a robot that never expires',
      'harbor: { robots: { pushExpiresInDays: -1 } }',
      'harbor.robots.pushExpiresInDays: Too small: expected number to be >=1 (got -1)',
    ],
    // Hardening (issue 10.9, 10.11): each of these was accepted before and failed later or leaked.
    [
      'a system namespace',
      'namespace: { name: kube-system }',
      'namespace.name: must not be a namespace the cluster owns (default, kube-system, kube-public, kube-node-lease): the hub relabels and fills its namespace (got "kube-system")',
    ],
    [
      "Argo CD's namespace as the hub's",
      'namespace: { name: argocd }',
      'namespace.name: must not be the namespace of delivery.argocd.namespace ("argocd"): the hub relabels and fills its own namespace (got "argocd")',
    ],
    [
      'a free-text CPU quantity',
      'namespace: { limitRange: { defaultCpu: "two" } }',
      'namespace.limitRange.defaultCpu: must be a CPU quantity such as "2", "0.5" or "500m" (got "two")',
    ],
    [
      'an impossible CIDR',
      'keycloak: { networkEgress: { cidrs: [300.1.1.1/40] } }',
      'keycloak.networkEgress.cidrs.0: must be an IPv4 CIDR: four numbers of at most 255 and a prefix of at most 32 (got "300.1.1.1/40")',
    ],
    ['an empty home', 'storage: { home: { capacity: 0Gi } }', 'storage.home.capacity: must be more than 0 (got "0Gi")'],
    [
      'a host name part over 63 characters',
      `hostname: ${'a'.repeat(64)}.example.org`,
      `hostname: each dot-separated part must be at most 63 characters (got "${'a'.repeat(64)}.example.org")`,
    ],
    [
      'an ingress timeout under a minute',
      'exposure: { ingress: { timeoutSeconds: 5 } }',
      'exposure.ingress.timeoutSeconds: must be at least 60 seconds: kernel WebSockets and uploads are cut sooner (got 5)',
    ],
    [
      'a shared volume under 1Gi',
      'storage: { shared: { capacity: 512Mi } }',
      'storage.shared.capacity: must be at least 1Gi (a shared volume for notebooks and data) (got "512Mi")',
    ],
    ['a prototype key', 'gpu: { nodeSelector: { constructor: x } }', 'line 34: "constructor" is not allowed as a key'],
    [
      'a chart repository over http',
      'chart: { repository: "http://hub.jupyter.org/helm-chart" }',
      'chart.repository: must be an https:// Helm repository URL (a chart fetched over http can be swapped on the way) or an oci:// repository such as "oci://registry.thinkube.example.org/thinkube/charts" (got "http://hub.jupyter.org/helm-chart")',
    ],
    [
      'an OCI chart repository with a tag (issue 23)',
      'chart: { repository: "oci://registry.thinkube.example.org/thinkube/charts:4.4.0" }',
      'chart.repository: must be oci://<registry host[:port]>/<project>/<path> in lower case without a tag, e.g. "oci://registry.thinkube.example.org/thinkube/charts" (got "oci://registry.thinkube.example.org/thinkube/charts:4.4.0")',
    ],
    [
      "an OCI chart mirror outside the pull robot's project (issue 23)",
      'chart: { repository: "oci://registry.thinkube.example.org/library/charts" }',
      'chart.repository: must be a repository inside registry.thinkube.example.org/thinkube, e.g. "oci://registry.thinkube.example.org/thinkube/charts" (Argo CD reads it with the pull robot, which may pull from that project only) (got "oci://registry.thinkube.example.org/library/charts")',
    ],
    [
      'an OCI chart mirror on another registry than Harbor (issue 23)',
      'chart: { repository: "oci://ghcr.io/thinkube/charts" }',
      'chart.repository: must be a repository inside registry.thinkube.example.org/thinkube, e.g. "oci://registry.thinkube.example.org/thinkube/charts" (Argo CD reads it with the pull robot, which may pull from that project only) (got "oci://ghcr.io/thinkube/charts")',
    ],
    [
      'an OCI chart repository in helm mode (issue 23)',
      'chart: { repository: "oci://registry.thinkube.example.org/thinkube/charts" }\ndelivery: { mode: helm }',
      'chart.repository: may be oci:// only with delivery.mode argocd (helm mode renders at synth: name the OCI chart in delivery.helm.chartRef, e.g. "oci://registry.example.org/thinkube/charts/jupyterhub") (got "oci://registry.thinkube.example.org/thinkube/charts")',
    ],
    [
      'credentials in a URL',
      'keycloak: { url: "https://admin:secret@auth.example.org" }',
      'keycloak.url: must not carry a user name or password (they would be written into dist/ and git) (got "https://admin:secret@auth.example.org")',
    ],
    [
      'an unknown state backend',
      'terraform: { backend: s3 }',
      'terraform.backend: must be one of "local", "kubernetes" (got "s3")',
    ],
    // Issue 20.17: accepted by synth before, refused only when a server started or the chart applied.
    [
      'a CPU cap finer than a millicore (issue 20.17)',
      'roles: { user: { limits: { cpu: 1e-12 } } }',
      'roles.user.limits.cpu: must be at least 0.001 CPU cores (one millicore, the finest Kubernetes counts) (got 1e-12)',
    ],
    [
      'a fraction of a byte (issue 20.17)',
      'namespace: { limitRange: { defaultMemory: 0.000001Ki } }',
      'namespace.limitRange.defaultMemory: must be a whole number of bytes (got "0.000001Ki")',
    ],
    [
      'a quantity past what the API server holds (issue 20.17)',
      'storage: { home: { capacity: 99999999999999999999Ti } }',
      'storage.home.capacity: must be from 1Mi to 1024Ti (got "99999999999999999999Ti")',
    ],
    [
      'an empty username claim (issue 20.17)',
      'keycloak: { usernameClaim: "" }',
      'keycloak.usernameClaim: must be a plain claim name such as "preferred_username" (not empty, no dots) (got "")',
    ],
    [
      'a Keycloak URL with a query (issue 20.17)',
      'keycloak: { url: "https://auth.example.org?x=1" }',
      'keycloak.url: must not carry a query or fragment (the hub appends paths to it) (got "https://auth.example.org?x=1")',
    ],
    [
      'a Keycloak URL over http (issue 20.17)',
      'keycloak: { url: "http://auth.example.org" }',
      'keycloak.url: must be an https:// URL (http only on localhost: tokens and passwords cross it) (got "http://auth.example.org")',
    ],
    [
      'a back-channel Keycloak URL over http to a host that is not a cluster Service',
      'keycloak: { backchannelUrl: "http://keycloak.example.org:8080" }',
      'keycloak.backchannelUrl: must be an https:// URL (http only on localhost or to a cluster Service such as http://keycloak.keycloak.svc:8080) (got "http://keycloak.example.org:8080")',
    ],
    [
      'a back-channel Keycloak URL named like a Service but not one (no namespace)',
      'keycloak: { backchannelUrl: "http://keycloak.svc:8080" }',
      'keycloak.backchannelUrl: must be an https:// URL (http only on localhost or to a cluster Service such as http://keycloak.keycloak.svc:8080) (got "http://keycloak.svc:8080")',
    ],
    [
      'a node selector key Kubernetes refuses (issue 20.17)',
      'gpu: { nodeSelector: { "bad key!": "true" } }',
      'gpu.nodeSelector.bad key!: must be a Kubernetes label key such as "nvidia.com/gpu.present" (an optional DNS prefix and "/", then letters, digits, "-", "_" or "." of at most 63) (got "bad key!")',
    ],
    [
      'a node selector value Kubernetes refuses (issue 20.17)',
      'gpu: { nodeSelector: { "nvidia.com/gpu.present": "yes please" } }',
      'gpu.nodeSelector.nvidia.com/gpu.present: must be a Kubernetes label value (letters, digits, "-", "_" and ".", alphanumeric at both ends) (got "yes please")',
    ],
    [
      'a toleration key Kubernetes refuses (issue 20.17)',
      'gpu: { tolerations: [{ key: "-gpu", operator: Exists }] }',
      'gpu.tolerations.0.key: must be a Kubernetes label key such as "nvidia.com/gpu.present" (an optional DNS prefix and "/", then letters, digits, "-", "_" or "." of at most 63) (got "-gpu")',
    ],
    [
      'an Equal toleration without a value (issue 20.17)',
      'gpu: { tolerations: [{ key: nvidia.com/gpu, operator: Equal }] }',
      'gpu.tolerations.0.value: is required with operator Equal (got nothing)',
    ],
    [
      'an empty-key toleration, which tolerates every taint (issue 20.17)',
      'gpu: { tolerations: [{ key: "", operator: Exists }] }',
      'gpu.tolerations.0.key: must be a Kubernetes label key such as "nvidia.com/gpu.present" (an optional DNS prefix and "/", then letters, digits, "-", "_" or "." of at most 63) (got "")',
    ],
    [
      'the shared volume on the home (issue 20.17)',
      'storage: { shared: { mountPath: /home/jovyan } }',
      'storage.shared.mountPath: must lie outside storage.home.mountPath (/home/jovyan) or inside it, not at or above it: the shared volume would hide every home (got "/home/jovyan")',
    ],
    [
      'the shared volume above the home (issue 20.17)',
      'storage: { shared: { mountPath: /home } }',
      'storage.shared.mountPath: must lie outside storage.home.mountPath (/home/jovyan) or inside it, not at or above it: the shared volume would hide every home (got "/home")',
    ],
    [
      "the shared volume over the image's Python (issue 20.17)",
      'storage: { shared: { mountPath: /opt/notebook } }',
      'storage.shared.mountPath: must not be or hold a directory of the image\'s system (/bin, /boot, /dev, /etc, /lib, /lib64, /proc, /run, /sbin, /sys, /tmp, /usr, /var, /opt/notebook) (got "/opt/notebook")',
    ],
    [
      'the home at / (issue 20.17)',
      'storage: { home: { mountPath: / } }',
      'storage.home.mountPath: must not be "/" (the volume would cover the whole image) (got "/")',
    ],
    [
      'a scope entry that smuggles offline_access (issue 20.17)',
      'keycloak: { scopes: ["openid offline_access"] }',
      'keycloak.scopes.0: must be one OAuth scope (no spaces, quotes or backslashes) (got "openid offline_access")',
    ],
    [
      'offline_access asked for (issue 20.17)',
      'keycloak: { scopes: [openid, offline_access] }',
      'keycloak.scopes.1: must not be offline_access: an offline token outlives the Keycloak session, and the hub re-checks access through it (got "offline_access")',
    ],
    [
      'a groups claim that is not a claim name, named by its config field (issue 20.17)',
      'keycloak: { groupsClaim: "a.b" }',
      'keycloak.groupsClaim: must be a plain claim name such as "groups" (not empty, no dots) (got "a.b")',
    ],
    [
      'one claim for groups and roles, named by its config field (issue 20.17)',
      'keycloak: { groupsClaim: hub_roles }',
      'keycloak.rolesClaim: must differ from keycloak.groupsClaim: one claim cannot carry both groups and roles (got "hub_roles")',
    ],
    [
      'a chart reference that is a helm option (issue 20.17)',
      'delivery: { helm: { chartRef: "--post-renderer=/tmp/x" } }',
      'delivery.helm.chartRef: must be a chart path or reference, not a helm option (it starts with "-") (got "--post-renderer=/tmp/x")',
    ],
    // Issue 20.5: the hub never shares a namespace with the platform's other parts.
    [
      "Harbor's namespace as the hub's (issue 20.5)",
      'namespace: { name: harbor }',
      'namespace.name: must not be a namespace of the platform\'s other parts (argocd, keycloak, harbor, gateway, ingress, envoy-gateway-system, cert-manager, juicefs, local-path-storage, gpu-operator): the hub relabels and fills its own namespace, and uninstall --purge-user-data empties it (got "harbor")',
    ],
    [
      "the gateway's namespace as the hub's (issue 20.5)",
      'namespace: { name: edge }\nexposure: { httpRoute: { gatewayNamespace: edge } }',
      'namespace.name: must not be the namespace of exposure.httpRoute.gatewayNamespace ("edge"): the hub relabels and fills its own namespace (got "edge")',
    ],
    [
      'an image base whose tag names no release this project knows the Python of (issue 22)',
      'images: [{ name: x, base: { repository: a/b, tag: "20261110" }, pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 } }]\nnotebookImage: { default: x, gpu: x }',
      'images.0.base.tag: names no Debian or Ubuntu release this project knows the Python of: set base.release to one of bookworm, trixie, jammy, noble (got "20261110")',
    ],
    [
      'an image platform no image is built for (issue 24)',
      'images: [{ name: x, base: { repository: a/b, tag: bookworm-slim }, pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 }, platforms: [linux/amd64, linux/riscv64] }]\nnotebookImage: { default: x, gpu: x }',
      'images.0.platforms.1: must be one of "linux/amd64", "linux/arm64" (got "linux/riscv64")',
    ],
    [
      'an image platform named twice (issue 24)',
      'images: [{ name: x, base: { repository: a/b, tag: bookworm-slim }, pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 }, platforms: [linux/arm64, linux/arm64] }]\nnotebookImage: { default: x, gpu: x }',
      'images.0.platforms: must not name a platform twice (got ["linux/arm64","linux/arm64"])',
    ],
    [
      'an image base release this project does not know',
      'images: [{ name: x, base: { repository: a/b, tag: "20261110", release: sid }, pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 } }]\nnotebookImage: { default: x, gpu: x }',
      'images.0.base.release: must be one of "bookworm", "trixie", "jammy", "noble" (got "sid")',
    ],
  ];

  it.each(cases)('reports %s as a specific message', (_name, patch, expected) => {
    expect(problemsOf(() => configWith(patch))).toContain(expected);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(() => configWith('domain: Bad\nchart: { version: x }\nculling: { everySeconds: 0 }'));
    expect(problems).toHaveLength(3);
  });

  it('reports a GPU profile above a role GPU cap', () => {
    expect(problemsOf(() => configWith('roles: { gpuUser: { limits: { gpus: 0 } } }'))).toContain(
      'roles.gpuUser.profiles.2: profile asks for 1 GPU(s) but the role allows at most 0 (got "gpu")',
    );
  });

  it('reports a profile whose guarantee exceeds its limit', () => {
    const problems = problemsOf(() =>
      parseConfig(minimalConfig('{ guarantee: 4, limit: 1 }', '{ guarantee: 8Gi, limit: 2Gi }')),
    );
    expect(problems).toEqual([
      'profiles.0.cpu.guarantee: must not exceed cpu.limit (1) (got 4)',
      'profiles.0.memory.guarantee: must not exceed memory.limit (2Gi) (got "8Gi")',
    ]);
  });

  describe('image specs', () => {
    const base = readFileSync(DEFAULT_CONFIG_FILE, 'utf8');
    const withEdit = (from: string, to: string) => problemsOf(() => parseConfig(base.replace(from, to)));

    it('reports a version range instead of a pin', () => {
      expect(withEdit('numpy: 2.5.5', 'numpy: ">=2"')).toEqual([
        'images.0.pythonPackages.numpy: must be an exact version such as "2.2.3" (no ranges) (got ">=2")',
      ]);
    });

    it('reports a single-user JupyterHub that is not the hub version', () => {
      expect(withEdit('jupyterhub: 5.5.0', 'jupyterhub: 5.4.0')).toEqual([
        'images.0.pythonPackages.jupyterhub: must be 5.5.0, the JupyterHub of chart 4.4.0 (got "5.4.0")',
      ]);
    });

    it('reports an image without JupyterLab', () => {
      expect(withEdit('      jupyterlab: 4.6.6\n', '')[0]).toMatch(
        /^images\.0\.pythonPackages: must include jupyterlab \(the single-user server needs it\) \(got \["jupyterhub"/,
      );
    });
  });

  it('reports a missing required field', () => {
    expect(problemsOf(() => parseConfig('profiles: []'))).toContain('domain: is required (got nothing)');
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf(() => parseConfig('domain: a\n  bad: [', 'broken.yaml'));
    expect(problems[0]).toMatch(/^line \d+: /);
  });

  it('reports an image description that would break the Containerfile', () => {
    const problems = problemsOf(() =>
      configWith(
        'images: [{ name: x, description: "line\\nbreak\\\\", base: { repository: a/b, tag: trixie }, pythonPackages: { jupyterhub: 5.5.0, jupyterlab: 4.6.6 } }]\nnotebookImage: { default: x, gpu: x }',
      ),
    );
    expect(problems).toEqual([
      'images.0.description: must be one line without control characters or backslashes (it becomes a Containerfile label) (got "line\\nbreak\\\\")',
    ]);
  });

  it('refuses YAML alias tricks with a config error, not a crash (issue 10.10)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? 'a' : `b${i - 1}`;
        return `b${i}: &b${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    expect(problemsOf(() => parseConfig(bomb))[0]).toMatch(/^aliases: /);
    expect(problemsOf(() => parseConfig('domain: *nowhere'))[0]).toMatch(/nowhere/);
    expect(problemsOf(() => parseConfig('a: &x\n  b: *x\n'))).not.toEqual([]);
  });

  it('refuses a self-referencing alias with a config error naming the field (issue 20.11)', () => {
    expect(problemsOf(() => parseConfig('domain: &d [*d]'))).toEqual([
      'domain: an alias that contains itself makes an endless value, which no field accepts',
    ]);
    expect(problemsOf(() => parseConfig('domain: a.org\nimages: &i\n  - *i\n'))).toEqual([
      'images: an alias that contains itself makes an endless value, which no field accepts',
    ]);
  });

  it('refuses a file over 256 KiB and checks duplicate keys in linear time (issue 10.10)', () => {
    expect(problemsOf(() => parseConfig(`domain: a.b\n# ${'x'.repeat(300_000)}\n`))).toEqual([
      'the file is 300015 bytes; a configuration may have at most 262144',
    ]);
    const manyKeys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const started = performance.now();
    expect(problemsOf(() => parseConfig(`${manyKeys}\nk7: 2\n`))[0]).toBe('line 20001: duplicate key "k7"');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses prototype keys anywhere in the file, with their line (issue 10.11)', () => {
    const base = readFileSync(DEFAULT_CONFIG_FILE, 'utf8');
    const withProto = base.replace('gpu:\n  enabled: true', 'gpu:\n  nodeSelector: { __proto__: x }\n  enabled: true');
    expect(problemsOf(() => parseConfig(withProto))).toEqual(['line 42: "__proto__" is not allowed as a key']);
  });

  it('reports duplicate keys', () => {
    expect(problemsOf(() => parseConfig('domain: a.b\ndomain: c.d'))).toEqual(['line 2: duplicate key "domain"']);
  });

  it('reports a file that cannot be read', () => {
    expect(problemsOf(() => loadConfig('/nonexistent/thinkube.yaml'))).toEqual(['cannot read the file: ENOENT']);
  });
});
