/**
 * Rules that span several fields of the configuration. They run after the field-level schema passed,
 * and report through the same `path: message (got X)` channel so every problem shows at once.
 */
import type { z } from 'zod';
import { chartRepository, OCI_SCHEME, ociRepositoryProblem } from '../constructs/jupyterhub/chart-repository-rules.js';
import { HUB_VERSION_OF_CHART } from '../constructs/names.js';
import { bytesOf as strictBytesOf } from '../constructs/quantities.js';
import { SHARED_VOLUME_MINIMUM } from '../constructs/storage/storage-rules.js';
import { isAtOrUnder, type ParsedConfig, PLATFORM_NAMESPACES, RESERVED_NAMESPACES, type RoleName } from './schema.js';

type Issue = { path: (string | number)[]; message: string; received: unknown };

/**
 * Cross-field rules also run when a field already failed its own rule (zod keeps going to report
 * everything at once), so a quantity that is not parseable compares as NaN: never larger, never smaller.
 */
function bytesOf(quantity: string): number {
  try {
    return strictBytesOf(quantity);
  } catch {
    return Number.NaN;
  }
}

export function crossCheckIssues(config: ParsedConfig): Issue[] {
  const issues: Issue[] = [];
  const slugs = config.profiles.map((p) => p.slug);

  config.profiles.forEach((profile, i) => {
    if (slugs.indexOf(profile.slug) !== i) {
      issues.push({ path: ['profiles', i, 'slug'], message: 'must be unique among profiles', received: profile.slug });
    }
    if (profile.cpu.guarantee > profile.cpu.limit) {
      issues.push({
        path: ['profiles', i, 'cpu', 'guarantee'],
        message: `must not exceed cpu.limit (${profile.cpu.limit})`,
        received: profile.cpu.guarantee,
      });
    }
    if (bytesOf(profile.ephemeralStorage.guarantee) > bytesOf(profile.ephemeralStorage.limit)) {
      issues.push({
        path: ['profiles', i, 'ephemeralStorage', 'guarantee'],
        message: `must not exceed ephemeralStorage.limit (${profile.ephemeralStorage.limit})`,
        received: profile.ephemeralStorage.guarantee,
      });
    }
    if (bytesOf(profile.memory.guarantee) > bytesOf(profile.memory.limit)) {
      issues.push({
        path: ['profiles', i, 'memory', 'guarantee'],
        message: `must not exceed memory.limit (${profile.memory.limit})`,
        received: profile.memory.guarantee,
      });
    }
  });

  const defaults = config.profiles.filter((p) => p.default);
  if (defaults.length > 1) {
    issues.push({
      path: ['profiles'],
      message: 'at most one profile may have default: true',
      received: defaults.map((p) => p.slug),
    });
  }

  const groups = new Map<string, RoleName>();
  const clientRoles = new Map<string, RoleName>();
  for (const roleName of Object.keys(config.roles) as RoleName[]) {
    const role = config.roles[roleName];
    const earlier = groups.get(role.group);
    if (earlier) {
      issues.push({
        path: ['roles', roleName, 'group'],
        message: `is already the group of role "${earlier}"; each role needs its own group`,
        received: role.group,
      });
    }
    groups.set(role.group, roleName);
    const sameClientRole = clientRoles.get(role.clientRole);
    if (sameClientRole) {
      issues.push({
        path: ['roles', roleName, 'clientRole'],
        message: `is already the client role of role "${sameClientRole}"; each role needs its own client role`,
        received: role.clientRole,
      });
    }
    clientRoles.set(role.clientRole, roleName);

    role.profiles.forEach((slug, i) => {
      const profile = config.profiles.find((p) => p.slug === slug);
      const at = ['roles', roleName, 'profiles', i];
      if (!profile) {
        issues.push({
          path: at,
          message: `is not a profile; defined profiles are ${slugs.join(', ')}`,
          received: slug,
        });
        return;
      }
      if (profile.cpu.limit > role.limits.cpu) {
        issues.push({
          path: at,
          message: `profile asks for ${profile.cpu.limit} CPU but the role allows at most ${role.limits.cpu}`,
          received: slug,
        });
      }
      if (bytesOf(profile.memory.limit) > bytesOf(role.limits.memory)) {
        issues.push({
          path: at,
          message: `profile asks for ${profile.memory.limit} memory but the role allows at most ${role.limits.memory}`,
          received: slug,
        });
      }
      if (bytesOf(profile.ephemeralStorage.limit) > bytesOf(role.limits.ephemeralStorage)) {
        issues.push({
          path: at,
          message: `profile asks for ${profile.ephemeralStorage.limit} ephemeral storage but the role allows at most ${role.limits.ephemeralStorage}`,
          received: slug,
        });
      }
      if (profile.gpus > role.limits.gpus) {
        issues.push({
          path: at,
          message: `profile asks for ${profile.gpus} GPU(s) but the role allows at most ${role.limits.gpus}`,
          received: slug,
        });
      }
    });
    if (bytesOf(role.limits.homeStorage) < bytesOf(config.storage.home.capacity)) {
      issues.push({
        path: ['roles', roleName, 'limits', 'homeStorage'],
        message: `must be at least storage.home.capacity (${config.storage.home.capacity}), the smallest home`,
        received: role.limits.homeStorage,
      });
    }
  }

  const imageNames = config.images.map((image) => image.name);
  config.images.forEach((image, i) => {
    if (imageNames.indexOf(image.name) !== i) {
      issues.push({ path: ['images', i, 'name'], message: 'must be unique among images', received: image.name });
    }
    for (const required of ['jupyterhub', 'jupyterlab']) {
      if (!(required in image.pythonPackages)) {
        issues.push({
          path: ['images', i, 'pythonPackages'],
          message: `must include ${required} (the single-user server needs it)`,
          received: Object.keys(image.pythonPackages),
        });
      }
    }
    const hubVersion = image.pythonPackages.jupyterhub;
    const chartHub = HUB_VERSION_OF_CHART[config.chart.version];
    if (hubVersion !== undefined && chartHub !== undefined && hubVersion !== chartHub) {
      issues.push({
        path: ['images', i, 'pythonPackages', 'jupyterhub'],
        message: `must be ${chartHub}, the JupyterHub of chart ${config.chart.version}`,
        received: hubVersion,
      });
    }
  });
  for (const key of ['default', 'gpu'] as const) {
    const name = config.notebookImage[key];
    if (name !== undefined && !imageNames.includes(name)) {
      issues.push({
        path: ['notebookImage', key],
        message: `is not an image; defined images are ${imageNames.join(', ')}`,
        received: name,
      });
    }
  }
  // The shared volume's own minimum (SharedDataVolume refuses less), reported here with the others.
  if (config.storage.shared.enabled && bytesOf(config.storage.shared.capacity) < bytesOf(SHARED_VOLUME_MINIMUM)) {
    issues.push({
      path: ['storage', 'shared', 'capacity'],
      message: `must be at least ${SHARED_VOLUME_MINIMUM} (a shared volume for notebooks and data)`,
      received: config.storage.shared.capacity,
    });
  }

  // Two volumes on one path, or the shared volume over the home, hide a user's files.
  const { home, shared } = config.storage;
  if (shared.enabled && isAtOrUnder(home.mountPath, shared.mountPath)) {
    issues.push({
      path: ['storage', 'shared', 'mountPath'],
      message: `must lie outside storage.home.mountPath (${home.mountPath}) or inside it, not at or above it: the shared volume would hide every home`,
      received: shared.mountPath,
    });
  }
  if (config.keycloak.groupsClaim === config.keycloak.rolesClaim) {
    issues.push({
      path: ['keycloak', 'rolesClaim'],
      message: 'must differ from keycloak.groupsClaim: one claim cannot carry both groups and roles',
      received: config.keycloak.rolesClaim,
    });
  }

  // The state holds every secret of the install: never where the hub's Role reads Secrets, never the cluster's.
  const stateNamespace = config.terraform.stateNamespace;
  if (config.terraform.backend === 'kubernetes') {
    if (stateNamespace === config.namespace.name) {
      issues.push({
        path: ['terraform', 'stateNamespace'],
        message: "must not be the hub's namespace (namespace.name): the hub's Role reads every Secret there",
        received: stateNamespace,
      });
    }
    if ([...RESERVED_NAMESPACES, ...PLATFORM_NAMESPACES].includes(stateNamespace as never)) {
      issues.push({
        path: ['terraform', 'stateNamespace'],
        message: "must be a namespace of its own, not the cluster's or the platform's other parts'",
        received: stateNamespace,
      });
    }
  }

  // The hub's namespace is its own: not the platform's other parts, not Argo CD's, not Keycloak's.
  if ((PLATFORM_NAMESPACES as readonly string[]).includes(config.namespace.name)) {
    issues.push({
      path: ['namespace', 'name'],
      message: `must not be a namespace of the platform's other parts (${PLATFORM_NAMESPACES.join(', ')}): the hub relabels and fills its own namespace, and uninstall --purge-user-data empties it`,
      received: config.namespace.name,
    });
  }
  const others = [
    {
      path: 'exposure.httpRoute.gatewayNamespace',
      name: config.exposure.httpRoute.gatewayNamespace,
      applies: config.exposure.mode === 'httproute',
    },
    ...(config.network.proxyIngressNamespaces ?? []).map((name, i) => ({
      path: `network.proxyIngressNamespaces.${i}`,
      name,
      applies: true,
    })),
    {
      path: 'delivery.argocd.namespace',
      name: config.delivery.argocd.namespace,
      applies: config.delivery.mode === 'argocd',
    },
    { path: 'keycloak.networkEgress.namespace', name: config.keycloak.networkEgress.namespace, applies: true },
  ];
  for (const other of others) {
    if (other.applies && other.name === config.namespace.name) {
      issues.push({
        path: ['namespace', 'name'],
        message: `must not be the namespace of ${other.path} ("${other.name}"): the hub relabels and fills its own namespace`,
        received: config.namespace.name,
      });
    }
  }
  // The pull Secret's robot pulls from harbor.project only: a mirror elsewhere would never pull with it.
  if (config.chart.images.pullWithSecret) {
    const project = `${config.harbor.registry ?? `registry.${config.domain}`}/${config.harbor.project}`;
    for (const [registry, mirror] of Object.entries(config.chart.images.mirrors)) {
      if (mirror !== undefined && !isAtOrUnder(mirror, project)) {
        issues.push({
          path: ['chart', 'images', 'mirrors', registry],
          message: `must be inside ${project} with pullWithSecret (the pull robot may pull from that project only)`,
          received: mirror,
        });
      }
    }
  }
  issues.push(...chartMirrorIssues(config));

  return issues;
}

/**
 * An `oci://` chart.repository is the chart mirrored into Harbor: Argo CD reads it with the pull robot,
 * which may pull from harbor.project only, and helm mode names its chart in delivery.helm.chartRef.
 */
function chartMirrorIssues(config: ParsedConfig): Issue[] {
  const url = config.chart.repository;
  if (!url.startsWith(OCI_SCHEME) || ociRepositoryProblem(url) !== undefined) return [];
  const repository = chartRepository(url);
  if (repository.kind !== 'oci') return [];
  const issues: Issue[] = [];
  const path = ['chart', 'repository'];
  if (config.delivery.mode !== 'argocd') {
    issues.push({
      path,
      message:
        'may be oci:// only with delivery.mode argocd (helm mode renders at synth: name the OCI chart in ' +
        'delivery.helm.chartRef, e.g. "oci://registry.example.org/thinkube/charts/jupyterhub")',
      received: url,
    });
  }
  const harbor = config.harbor.registry ?? `registry.${config.domain}`;
  const project = `${harbor}/${config.harbor.project}`;
  if (!isAtOrUnder(repository.schemeless, project) || repository.schemeless === project) {
    issues.push({
      path,
      message: `must be a repository inside ${project}, e.g. "oci://${project}/charts" (Argo CD reads it with the pull robot, which may pull from that project only)`,
      received: url,
    });
  }
  return issues;
}

/** Hook for `schema.superRefine`: turns the issues above into zod issues. */
export function addCrossCheckIssues(config: ParsedConfig, ctx: z.RefinementCtx): void {
  for (const issue of crossCheckIssues(config)) {
    // zod leaves `input` out of the final error; `params` keeps the value the rule saw (a default included).
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message,
      input: issue.received,
      params: { received: issue.received },
    });
  }
}
