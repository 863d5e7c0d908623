/**
 * The configuration edge: the only code that reads a config file. It parses YAML, validates it with the
 * schema, and either returns a fully resolved `ThinkubeConfig` or throws a `ConfigError` that lists every
 * problem as `path: message (got X)`.
 */
import { readFileSync } from 'node:fs';
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { configSchema } from './config-schema.js';
import { DEFAULT_CONFIG_FILE } from './project-files.js';
import { type ParsedConfig, PROTOTYPE_KEYS } from './schema.js';

export { DEFAULT_CONFIG_FILE };

/** The configuration with every default filled in and every derived value resolved. */
export interface ThinkubeConfig extends Omit<ParsedConfig, 'hostname' | 'keycloak' | 'harbor'> {
  readonly hostname: string;
  readonly keycloak: ParsedConfig['keycloak'] & { readonly url: string };
  readonly harbor: ParsedConfig['harbor'] & { readonly registry: string };
}

/** Bad configuration: `problems` holds one `path: message (got X)` line per problem. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid configuration in ${source}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads, validates and resolves a config file: `file`, else the file `THINKUBE_CONFIG` names (how the
 * cdk8s and cdktf CLIs, which take no arguments for the app, get a config), else the embedded default.
 */
export function loadConfig(file?: string): ThinkubeConfig {
  const fromEnvironment = process.env.THINKUBE_CONFIG;
  const source = file ?? (fromEnvironment ? fromEnvironment : DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new ConfigError(source, [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? error}`]);
  }
  return parseConfig(text, source);
}

/** A configuration is a few kilobytes; far more is a mistake or an attack on the parser. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Aliases (`*name`) a configuration may use before it is refused (an "alias bomb" expands exponentially). */
export const MAX_ALIASES = 50;

/** Validates and resolves config given as YAML text; `source` names it in errors. */
export function parseConfig(yamlText: string, source = '<inline>'): ThinkubeConfig {
  if (Buffer.byteLength(yamlText) > MAX_CONFIG_BYTES) {
    throw new ConfigError(source, [
      `the file is ${Buffer.byteLength(yamlText)} bytes; a configuration may have at most ${MAX_CONFIG_BYTES}`,
    ]);
  }
  // Duplicate keys are checked below in linear time (the parser's own check compares every pair).
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: false, lineCounter: lines });
  if (document.errors.length > 0) {
    throw new ConfigError(
      source,
      document.errors.map(
        (e) =>
          `${e.linePos ? `line ${e.linePos[0].line}: ` : ''}${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      ),
    );
  }
  const duplicates = duplicateKeys(document, lines);
  if (duplicates.length > 0) throw new ConfigError(source, duplicates);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    // Unresolved, self-referencing or excessive aliases: the YAML library's own words, no stack.
    throw new ConfigError(source, [`aliases: ${(error as Error).message.split('\n')[0]}`]);
  }
  const circular = circularPath(data);
  if (circular !== undefined) {
    throw new ConfigError(source, [
      `${circular || '(root)'}: an alias that contains itself makes an endless value, which no field accepts`,
    ]);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(
      source,
      result.error.issues.map((issue) => describeIssue(issue, data)),
    );
  }
  return resolve(result.data);
}

/** The dotted path of the first value that contains itself (`domain: &d [*d]`), or undefined when none does. */
function circularPath(value: unknown, path: string[] = [], ancestors = new Set<object>()): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (ancestors.has(value)) return path.slice(0, -1).join('.');
  ancestors.add(value);
  for (const [key, child] of Object.entries(value)) {
    const found = circularPath(child, [...path, key], ancestors);
    if (found !== undefined) return found;
  }
  ancestors.delete(value);
  return undefined;
}

function resolve(parsed: ParsedConfig): ThinkubeConfig {
  return {
    ...parsed,
    hostname: parsed.hostname ?? `notebooks.${parsed.domain}`,
    keycloak: { ...parsed.keycloak, url: parsed.keycloak.url ?? `https://auth.${parsed.domain}` },
    harbor: { ...parsed.harbor, registry: parsed.harbor.registry ?? `registry.${parsed.domain}` },
  };
}

/** `roles.user.limits.cpu: must be a positive number of CPU cores (got -1)` */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against docs/configuration.md`;
    return `${path}: ${message}`;
  }
  const fromRule = issue.code === 'custom' ? (issue.params as { received?: unknown } | undefined)?.received : undefined;
  const received =
    fromRule !== undefined
      ? fromRule
      : 'input' in issue && issue.input !== undefined
        ? issue.input
        : valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && received === undefined) {
    return `${path}: is required (got nothing)`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${path}: ${message} (got ${received === undefined ? 'nothing' : JSON.stringify(received)})`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * `line N: duplicate key "x"` for every key a map repeats, and every prototype key: one pass, a set per
 * map (linear, where the parser's own check compares every pair of keys).
 */
function duplicateKeys(document: Document, lines: LineCounter): string[] {
  const problems: string[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const line = lines.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line;
        if (seen.has(key)) problems.push(`line ${line}: duplicate key ${JSON.stringify(key)}`);
        if (typeof key === 'string' && PROTOTYPE_KEYS.has(key)) {
          problems.push(`line ${line}: ${JSON.stringify(key)} is not allowed as a key`);
        }
        seen.add(key);
      }
    },
  });
  return problems;
}
