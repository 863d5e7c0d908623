/**
 * Validators for the real contracts the synthesized output must meet: the Kubernetes API schemas, the
 * Argo CD and Gateway API CRDs, and the JupyterHub chart's own values schema. The schema files are read
 * from ../shared (or THINKUBE_SCHEMAS_DIR), Argo CD's from the module of the version the tests run (in the
 * tool cache); they are third-party data and are not copied into this repository. See docs/testing.md "Schemas
 * for the tests" for getting them without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../cli/support/kubectl.js';
import { argoCdCrdFile } from '../cluster/argocd.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the schema files are: THINKUBE_SCHEMAS_DIR, else ../shared/schemas beside the checkout. */
export const SCHEMAS_DIR = process.env.THINKUBE_SCHEMAS_DIR ?? resolve(repoRoot, '..', 'shared', 'schemas');

export const KUBERNETES_VERSIONS = ['1.28.0', '1.36.0'] as const;
export const CHART_VERSION = '4.4.0';

function schemaFile(...parts: string[]): string {
  const file = join(SCHEMAS_DIR, ...parts);
  if (!existsSync(file)) {
    throw new Error(
      `schema file ${file} is missing. The tests validate against the real schemas and do not skip: ` +
        'put them under ../shared/schemas or point THINKUBE_SCHEMAS_DIR at a folder laid out the same way ' +
        '(docs/testing.md, "Schemas for the tests", lists the upstream sources and versions).',
    );
  }
  return file;
}

export type { KubeObject };

type JsonSchema = Record<string, unknown>;

/**
 * Makes a schema strict the way `kubectl apply --validate=strict` is: every object that lists its
 * properties rejects fields it does not list, unless it is marked as preserving unknown fields.
 */
function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const schema: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    // "properties" maps field names to schemas: strictify the schemas, never treat the map as a schema.
    schema[key] =
      key === 'properties' || key === 'definitions' || key === 'patternProperties'
        ? Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, strictify(v)]))
        : strictify(value);
  }
  if (
    schema.properties &&
    schema.additionalProperties === undefined &&
    schema['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    schema.additionalProperties = false;
  }
  return schema;
}

function newAjv(): Ajv {
  // Kubernetes schemas use vendor keywords (x-kubernetes-*) and formats such as int-or-string: let them
  // pass as annotations; what is checked is structure, types, enums and required fields.
  return new Ajv({ strict: false, allErrors: true, validateFormats: false });
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : '';
    return `${e.instancePath || '/'} ${e.message}${extra}`;
  });
}

/** Result of validating one object: `errors` is empty when it is valid. */
export interface Verdict {
  readonly object: string;
  readonly errors: string[];
}

type Validator = (object: KubeObject) => Verdict;

function describeObject(o: KubeObject): string {
  return `${o.apiVersion}/${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

const kubeCache = new Map<string, Validator>();

/** Strict validator for built-in Kubernetes kinds, at one Kubernetes version. */
export function kubernetesValidator(version: (typeof KUBERNETES_VERSIONS)[number] | '1.33.0'): Validator {
  const cached = kubeCache.get(version);
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(schemaFile('kubernetes', `v${version}.json`), 'utf8')) as {
    definitions: Record<string, JsonSchema>;
  };
  const definitions = strictify(raw.definitions) as Record<string, JsonSchema>;
  const ajv = newAjv();
  ajv.addSchema({ $id: 'k8s', definitions });
  const byKind = new Map<string, string>();
  for (const [name, def] of Object.entries(definitions)) {
    for (const gvk of (def['x-kubernetes-group-version-kind'] as { group: string; version: string; kind: string }[]) ??
      []) {
      const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      byKind.set(`${apiVersion}/${gvk.kind}`, name);
    }
  }
  const compiled = new Map<string, ValidateFunction>();
  const validator: Validator = (object) => {
    const name = byKind.get(`${object.apiVersion}/${object.kind}`);
    if (!name)
      return {
        object: describeObject(object),
        errors: [`Kubernetes ${version} has no kind ${object.apiVersion}/${object.kind}`],
      };
    let validate = compiled.get(name);
    if (!validate) {
      validate = ajv.compile({ $ref: `k8s#/definitions/${name}` });
      compiled.set(name, validate);
    }
    validate(object);
    return { object: describeObject(object), errors: describeErrors(validate.errors) };
  };
  kubeCache.set(version, validator);
  return validator;
}

/** Strict validator for the kinds a CRD file defines (every served version). */
export function crdValidator(crdFile: string): Validator {
  const crds = parseAllDocuments(readFileSync(crdFile, 'utf8')).map((d) => d.toJS()) as {
    spec: {
      group: string;
      names: { kind: string };
      versions: { name: string; schema: { openAPIV3Schema: JsonSchema } }[];
    };
  }[];
  const ajv = newAjv();
  const byKind = new Map<string, ValidateFunction>();
  for (const crd of crds.filter(Boolean)) {
    for (const version of crd.spec.versions) {
      const schema = strictify(version.schema.openAPIV3Schema) as JsonSchema;
      byKind.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(schema));
    }
  }
  return (object) => {
    const validate = byKind.get(`${object.apiVersion}/${object.kind}`);
    if (!validate)
      return {
        object: describeObject(object),
        errors: [`no CRD in ${crdFile} defines ${object.apiVersion}/${object.kind}`],
      };
    validate(object);
    return { object: describeObject(object), errors: describeErrors(validate.errors) };
  };
}

/** The CRD file of each custom API group the project emits. */
const CRD_FILES: Record<string, () => string> = {
  'argoproj.io': () => argoCdCrdFile('application-crd.yaml'),
  'gateway.networking.k8s.io': () => schemaFile('gateway-api-v1.6.1', 'httproutes.yaml'),
};

/**
 * Validates any object the project emits: built-in kinds against Kubernetes `version`, custom kinds
 * against their CRD. Unknown API groups are an error, never a silent pass.
 */
export function validateObject(object: KubeObject, version: (typeof KUBERNETES_VERSIONS)[number]): Verdict {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  const crd = group ? CRD_FILES[group as string] : undefined;
  const decoded = withoutNullFields(object) as KubeObject;
  if (crd) return crdValidator(crd())(decoded);
  return kubernetesValidator(version)(decoded);
}

/**
 * The object as the API server decodes it: a field set to null is a field not set (the chart renders
 * `annotations:` with nothing under it, and `rollingUpdate: null`). Everything else is left for the
 * strict schema to judge.
 */
function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFields);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNullFields(v)]),
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------
// The chart's values

/** Helm's merge of user values over chart defaults: maps merge, lists and scalars replace, null deletes. */
export function helmMerge(base: unknown, override: unknown): unknown {
  if (isMap(base) && isMap(override)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      if (value === null) delete merged[key];
      else merged[key] = key in base ? helmMerge(base[key], value) : value;
    }
    return merged;
  }
  return override;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The chart's values.yaml as published (chartpress placeholders replaced by the release tag). */
export function chartDefaultValues(): Record<string, unknown> {
  const text = readFileSync(schemaFile(`z2jh-${CHART_VERSION}`, 'values.yaml'), 'utf8').replaceAll(
    'set-by-chartpress',
    CHART_VERSION,
  );
  return parse(text) as Record<string, unknown>;
}

let valuesValidator: ValidateFunction | undefined;

/** Validates values the way `helm install` does: merged over values.yaml, against values.schema.json. */
export function validateChartValues(values: unknown): string[] {
  if (!valuesValidator) {
    const schema = JSON.parse(readFileSync(schemaFile(`z2jh-${CHART_VERSION}`, 'values.schema.json'), 'utf8'));
    valuesValidator = newAjv().compile(schema);
  }
  valuesValidator(helmMerge(chartDefaultValues(), values));
  return describeErrors(valuesValidator.errors);
}
