/**
 * What changed in the synthesized output between two states of the repository, object by object:
 * Kubernetes objects (dist/k8s, and the chart's own objects in dist/rendered), Terraform resources per
 * stack (dist/terraform/stacks/<stack>/cdk.tf.json) and notebook images (dist/images/<name>). A change
 * is a list of field paths with the old and new value; the chart values of the Argo CD Application are
 * reported as chart values paths. Secret data and any field whose name says it is sensitive are never
 * carried: only that they changed.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { parseImageDescription } from '../../app/dist-layout.js';
import { IMAGE_DESCRIPTION_FILE } from '../../constructs/image/notebook-image.js';

/** The files of dist/ at one state, by path relative to the repository (dist/k8s/0000-namespace.k8s.yaml). */
export type SynthTree = ReadonlyMap<string, string>;

export interface FieldChange {
  /** Dotted path; list entries with a name-like key are addressed by it: `profileList[slug=gpu]`. */
  readonly path: string;
  /** Absent when the field was added (before) or removed (after). `HIDDEN` for sensitive values. */
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ObjectChange {
  /** `Kind namespace/name` for Kubernetes, `type.name` for Terraform, the image name for images. */
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** For `changed`: the fields that differ. */
  readonly fields: readonly FieldChange[];
}

export interface ImageChange {
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly tagBefore?: string;
  readonly tagAfter?: string;
  /** Package and extension lines (requirements.txt, lab-extensions.txt, ...) removed and added. */
  readonly linesRemoved: readonly string[];
  readonly linesAdded: readonly string[];
  readonly containerfileChanged: boolean;
}

export interface SynthDiff {
  readonly base: string;
  readonly head: string;
  readonly kubernetes: readonly ObjectChange[];
  /** The chart values of the JupyterHub release (the Argo CD Application's valuesObject). */
  readonly chartValues: readonly FieldChange[];
  readonly rendered: readonly ObjectChange[];
  readonly terraform: Readonly<Record<string, readonly ObjectChange[]>>;
  readonly images: readonly ImageChange[];
}

/** Printed instead of a value that may be a secret. */
export const HIDDEN = '(sensitive: not shown)';

/** Field names whose values are never printed. */
const SENSITIVE_FIELD =
  /(password|passwd|secret|private_?key|credential|cookie|crypt|api_?key|auth_?key|(access|refresh|auth|api|id)_?token|^token$)/i;

const VALUES_PATH = ['spec', 'source', 'helm', 'valuesObject'] as const;

export function diffSynthTrees(base: SynthTree, head: SynthTree, labels: { base: string; head: string }): SynthDiff {
  const baseValues = chartValuesOf(base);
  const headValues = chartValuesOf(head);
  return {
    base: labels.base,
    head: labels.head,
    kubernetes: diffObjects(kubernetesObjects(base, 'dist/k8s/'), kubernetesObjects(head, 'dist/k8s/'), {
      ignore: (path) => startsWith(path, VALUES_PATH),
    }),
    chartValues: diffValues(baseValues ?? {}, headValues ?? {}, []),
    rendered: diffObjects(kubernetesObjects(base, 'dist/rendered/'), kubernetesObjects(head, 'dist/rendered/')),
    terraform: diffTerraform(base, head),
    images: diffImages(base, head),
  };
}

export function isEmpty(diff: SynthDiff): boolean {
  return (
    diff.kubernetes.length === 0 &&
    diff.chartValues.length === 0 &&
    diff.rendered.length === 0 &&
    Object.values(diff.terraform).every((changes) => changes.length === 0) &&
    diff.images.length === 0
  );
}

// -- Kubernetes ---------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

interface Keyed {
  readonly id: string;
  readonly body: unknown;
  /** Secrets: data and stringData are sensitive as a whole. */
  readonly secret: boolean;
}

function kubernetesObjects(tree: SynthTree, folder: string): Map<string, Keyed> {
  const objects = new Map<string, Keyed>();
  for (const [path, text] of [...tree].sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.startsWith(folder) || !/\.ya?ml$/.test(path)) continue;
    for (const doc of parseAllDocuments(text)) {
      const object = doc.toJS() as Json | null;
      if (!object || typeof object !== 'object' || typeof object.kind !== 'string') continue;
      const metadata = (object.metadata ?? {}) as { name?: string; namespace?: string };
      const group = String(object.apiVersion ?? '').includes('/') ? `${String(object.apiVersion).split('/')[0]} ` : '';
      const id = `${group}${object.kind} ${metadata.namespace ? `${metadata.namespace}/` : ''}${metadata.name ?? '?'}`;
      objects.set(id, { id, body: object, secret: object.kind === 'Secret' });
    }
  }
  return objects;
}

function chartValuesOf(tree: SynthTree): Json | undefined {
  for (const { body } of kubernetesObjects(tree, 'dist/k8s/').values()) {
    const object = body as Json;
    if (object.kind !== 'Application') continue;
    let node: unknown = object;
    for (const key of VALUES_PATH) node = (node as Json | undefined)?.[key];
    if (node && typeof node === 'object') return node as Json;
  }
  return undefined;
}

function diffObjects(
  base: Map<string, Keyed>,
  head: Map<string, Keyed>,
  options: { ignore?: (path: readonly string[]) => boolean } = {},
): ObjectChange[] {
  const changes: ObjectChange[] = [];
  for (const id of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const before = base.get(id);
    const after = head.get(id);
    if (!before) changes.push({ id, change: 'added', fields: [] });
    else if (!after) changes.push({ id, change: 'removed', fields: [] });
    else {
      const fields = diffValues(before.body, after.body, [], {
        secret: before.secret || after.secret,
        ...(options.ignore ? { ignore: options.ignore } : {}),
      });
      if (fields.length > 0) changes.push({ id, change: 'changed', fields });
    }
  }
  return changes;
}

// -- Terraform ----------------------------------------------------------------------------------------

const TERRAFORM_BLOCKS = ['resource', 'data', 'output', 'variable', 'provider', 'terraform'] as const;

function terraformStacks(tree: SynthTree): Map<string, Map<string, Keyed>> {
  const stacks = new Map<string, Map<string, Keyed>>();
  for (const [path, text] of tree) {
    const match = /^dist\/terraform\/stacks\/([^/]+)\/cdk\.tf\.json$/.exec(path);
    if (!match?.[1]) continue;
    const json = JSON.parse(text) as Json;
    const entries = new Map<string, Keyed>();
    for (const block of TERRAFORM_BLOCKS) {
      const section = json[block];
      if (!section || typeof section !== 'object') continue;
      if (block === 'terraform' || block === 'provider') {
        entries.set(block, { id: block, body: withoutMetadata(section), secret: false });
        continue;
      }
      for (const [typeOrName, inner] of Object.entries(section as Json)) {
        if (block === 'resource' || block === 'data') {
          for (const [name, body] of Object.entries(inner as Json)) {
            const id = `${block === 'data' ? 'data.' : ''}${typeOrName}.${name}`;
            entries.set(id, { id, body: withoutMetadata(body), secret: false });
          }
        } else {
          const id = `${block}.${typeOrName}`;
          entries.set(id, { id, body: withoutMetadata(inner), secret: false });
        }
      }
    }
    stacks.set(match[1], entries);
  }
  return stacks;
}

/** cdktf's `//` blocks name construct paths; they move with refactors and say nothing about the plan. */
function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json)
        .filter(([key]) => key !== '//')
        .map(([key, inner]) => [key, withoutMetadata(inner)]),
    );
  }
  return value;
}

function diffTerraform(base: SynthTree, head: SynthTree): Record<string, ObjectChange[]> {
  const before = terraformStacks(base);
  const after = terraformStacks(head);
  const result: Record<string, ObjectChange[]> = {};
  for (const stack of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const changes = diffObjects(before.get(stack) ?? new Map(), after.get(stack) ?? new Map());
    if (changes.length > 0) result[stack] = changes;
  }
  return result;
}

// -- Images -------------------------------------------------------------------------------------------

function imageFiles(tree: SynthTree): Map<string, Map<string, string>> {
  const images = new Map<string, Map<string, string>>();
  for (const [path, text] of tree) {
    const match = /^dist\/images\/([^/]+)\/(.+)$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const files = images.get(match[1]) ?? new Map<string, string>();
    files.set(match[2], text);
    images.set(match[1], files);
  }
  return images;
}

function diffImages(base: SynthTree, head: SynthTree): ImageChange[] {
  const before = imageFiles(base);
  const after = imageFiles(head);
  const changes: ImageChange[] = [];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(name) ?? new Map<string, string>();
    const b = after.get(name) ?? new Map<string, string>();
    const tagOf = (files: Map<string, string>) =>
      files.has(IMAGE_DESCRIPTION_FILE)
        ? parseImageDescription(files.get(IMAGE_DESCRIPTION_FILE) as string).tag
        : undefined;
    const lines = (files: Map<string, string>) =>
      new Set(
        [...files]
          .filter(([file]) => file.endsWith('.txt'))
          .flatMap(([file, text]) =>
            text
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line && !line.startsWith('#'))
              .map((line) => `${file}: ${line}`),
          ),
      );
    const linesA = lines(a);
    const linesB = lines(b);
    const linesRemoved = [...linesA].filter((line) => !linesB.has(line)).sort();
    const linesAdded = [...linesB].filter((line) => !linesA.has(line)).sort();
    const containerfileChanged = a.get('Containerfile') !== b.get('Containerfile');
    const change = a.size === 0 ? 'added' : b.size === 0 ? 'removed' : 'changed';
    if (
      change === 'changed' &&
      !containerfileChanged &&
      tagOf(a) === tagOf(b) &&
      linesAdded.length + linesRemoved.length === 0
    ) {
      continue;
    }
    const tagBefore = tagOf(a);
    const tagAfter = tagOf(b);
    changes.push({
      name,
      change,
      ...(tagBefore ? { tagBefore } : {}),
      ...(tagAfter ? { tagAfter } : {}),
      linesRemoved,
      linesAdded,
      containerfileChanged,
    });
  }
  return changes;
}

// -- Field-level diff ---------------------------------------------------------------------------------

/** Keys that name a list entry, in the order they are tried: a list whose entries all carry one is keyed by it. */
const ENTRY_KEYS = ['slug', 'name', 'key', 'id', 'mountPath'] as const;

function diffValues(
  before: unknown,
  after: unknown,
  path: readonly string[],
  options: { secret?: boolean; ignore?: (path: readonly string[]) => boolean } = {},
): FieldChange[] {
  if (options.ignore?.(path)) return [];
  if (isDeepStrictEqual(before, after)) return [];
  const sensitive = isSensitive(path, options.secret ?? false);
  if (isRecord(before) && isRecord(after)) {
    const changes: FieldChange[] = [];
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      changes.push(...diffValues(before[key], after[key], [...path, key], options));
    }
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = entryKey(before, after);
    if (key) {
      const index = (list: unknown[]) => new Map(list.map((entry) => [String((entry as Json)[key]), entry]));
      const a = index(before);
      const b = index(after);
      const changes: FieldChange[] = [];
      for (const id of [...new Set([...a.keys(), ...b.keys()])]) {
        changes.push(...diffValues(a.get(id), b.get(id), [...path, `[${key}=${id}]`], options));
      }
      return changes;
    }
  }
  const show = (value: unknown) => (sensitive ? HIDDEN : value);
  return [
    {
      path: formatPath(path),
      ...(before === undefined ? {} : { before: show(before) }),
      ...(after === undefined ? {} : { after: show(after) }),
    },
  ];
}

function entryKey(before: unknown[], after: unknown[]): string | undefined {
  const all = [...before, ...after];
  if (all.length === 0 || !all.every(isRecord)) return undefined;
  return ENTRY_KEYS.find((key) => {
    const ids = (list: unknown[]) => list.map((entry) => (entry as Json)[key]);
    const unique = (ids: unknown[]) => ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
    return unique(ids(before)) && unique(ids(after));
  });
}

function isSensitive(path: readonly string[], secretObject: boolean): boolean {
  if (secretObject && (path[0] === 'data' || path[0] === 'stringData')) return true;
  return path.some((segment) => SENSITIVE_FIELD.test(segment));
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

function formatPath(path: readonly string[]): string {
  return path.reduce(
    (text, segment) => (segment.startsWith('[') ? `${text}${segment}` : text ? `${text}.${segment}` : segment),
    '',
  );
}
