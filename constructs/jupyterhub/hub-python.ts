/**
 * The Python the hub runs, loaded from hub/ at synth time into the chart values: the module as a
 * mounted file (hub.extraFiles) and the snippet that wires it in (hub.extraConfig). Keeping them as
 * real .py files lets pytest test them against the real JupyterHub, OAuthenticator and KubeSpawner.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the chart mounts the access-policy module inside the hub container: the chart's configuration
 * directory, beside z2jh.py, which the chart's jupyterhub_config.py puts on sys.path.
 */
export const ACCESS_MODULE_MOUNT_PATH = '/usr/local/etc/jupyterhub/thinkube_access.py';
/** custom.thinkube's JSON Schema, beside the module, which validates the block against it at start. */
export const ACCESS_SCHEMA_MOUNT_PATH = '/usr/local/etc/jupyterhub/thinkube_access.schema.json';

export interface HubPython {
  readonly extraFiles: Record<string, { mountPath: string; stringData: string }>;
  readonly extraConfig: Record<string, string>;
}

/** The hub's Python from `hubDir` (the project's hub/ folder), as chart values. */
export function hubPython(hubDir: string): HubPython {
  return {
    extraFiles: {
      'thinkube-access': {
        mountPath: ACCESS_MODULE_MOUNT_PATH,
        stringData: readFileSync(join(hubDir, 'thinkube_access.py'), 'utf8'),
      },
      'thinkube-access-schema': {
        mountPath: ACCESS_SCHEMA_MOUNT_PATH,
        stringData: readFileSync(join(hubDir, 'thinkube_access.schema.json'), 'utf8'),
      },
    },
    extraConfig: {
      'thinkube-access': readFileSync(join(hubDir, 'extra_config', 'thinkube_access.py'), 'utf8'),
    },
  };
}
