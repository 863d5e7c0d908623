/**
 * How often the hub learns that a server is in use, which the idle culler judges by.
 */

/** Chart 4.4.0's JupyterHub.last_activity_interval (its jupyterhub_config.py sets 60 over JupyterHub's 300). */
export const CHART_LAST_ACTIVITY_INTERVAL_SECONDS = 60;
/** jupyterhub-singleuser's default interval for its activity reports to the hub. */
export const SERVER_ACTIVITY_INTERVAL_SECONDS = 300;

/**
 * How often the hub learns that a server is in use: from the proxy's per-route traffic (`hub`,
 * JupyterHub.last_activity_interval, which also puts back the routes a restarted proxy lost) and from
 * the server's own reports of kernel and API activity (`server`, JUPYTERHUB_ACTIVITY_INTERVAL). The idle
 * culler judges by what the hub last learnt, so a short timeout with the 300 s reports would stop a
 * server whose kernel is busy with no browser attached: each is a quarter of the timeout at most, and
 * never longer than its default (the default 3600 s timeout keeps 60 s and 300 s).
 */
export function activityIntervals(cullTimeoutSeconds: number): { hub: number; server: number } {
  const quarter = Math.floor(cullTimeoutSeconds / 4);
  return {
    hub: Math.min(CHART_LAST_ACTIVITY_INTERVAL_SECONDS, quarter),
    server: Math.min(SERVER_ACTIVITY_INTERVAL_SECONDS, quarter),
  };
}
