/**
 * Where the chart comes from, as `chart.repository` names it: a Helm repository over HTTPS (the chart's
 * published one by default), or an OCI repository in Harbor that `npm run chart -- mirror` filled, the
 * way an air-gapped Thinkube serves it. A small module of rules, read by the config schema, the release
 * construct, the registry stack and the mirror command alike.
 */

/** The chart's published Helm repository (Zero to JupyterHub). */
export const PUBLISHED_CHART_REPOSITORY = 'https://hub.jupyter.org/helm-chart';

export const OCI_SCHEME = 'oci://';

/** `chart.repository` taken apart. */
export type ChartRepository =
  | { readonly kind: 'helm'; readonly url: string }
  | {
      readonly kind: 'oci';
      /** The URL as written, `oci://<registry>/<path>`. */
      readonly url: string;
      /** host[:port] of the registry. */
      readonly registry: string;
      /** The repository path under the registry, e.g. `thinkube/charts`; its first segment is the Harbor project. */
      readonly path: string;
      /**
       * The repository as Argo CD names a Helm OCI repository: without a scheme (`<registry>/<path>`), in the
       * Application's repoURL and in the repository Secret alike.
       */
      readonly schemeless: string;
    };

/** host[:port] then one or more lower-case path segments, as OCI repository names are written. */
const OCI_REFERENCE =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?)((\/[a-z0-9]+([._-][a-z0-9]+)*)+)$/;

/** Why an `oci://` value is not an OCI repository reference, or undefined when it is one. */
export function ociRepositoryProblem(url: string): string | undefined {
  if (!url.startsWith(OCI_SCHEME)) return undefined;
  if (!OCI_REFERENCE.test(url.slice(OCI_SCHEME.length))) {
    return (
      'must be oci://<registry host[:port]>/<project>/<path> in lower case without a tag, ' +
      'e.g. "oci://registry.thinkube.example.org/thinkube/charts"'
    );
  }
  return undefined;
}

/** Takes a valid `chart.repository` apart (the schema has refused anything else). */
export function chartRepository(url: string): ChartRepository {
  if (!url.startsWith(OCI_SCHEME)) return { kind: 'helm', url };
  const schemeless = url.slice(OCI_SCHEME.length);
  const match = OCI_REFERENCE.exec(schemeless);
  if (!match) throw new Error(`chart.repository: ${ociRepositoryProblem(url)}, got "${url}"`);
  const registry = match[1] as string;
  return { kind: 'oci', url, registry, path: schemeless.slice(registry.length + 1), schemeless };
}
