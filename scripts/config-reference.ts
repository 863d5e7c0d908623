/**
 * Writes docs/configuration.md from the config schema: every field, its type, its default and its
 * description. CI fails when the committed file differs, so the reference never drifts from the code.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configSchema } from '../config/config-schema.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  pattern?: string;
};

const rows: string[] = [];

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && !s.properties) return 'map of string';
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function walk(schema: JsonSchema, path: string, required: boolean): void {
  const isSection = schema.type === 'object' && schema.properties;
  const defaultText =
    schema.default !== undefined && !isSection
      ? `\`${JSON.stringify(schema.default)}\``
      : required && !isSection
        ? '**required**'
        : '';
  if (path)
    rows.push(
      `| \`${path}\` | ${isSection ? 'section' : typeOf(schema)} | ${defaultText} | ${cell(schema.description ?? '')} |`,
    );
  if (isSection) {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      walk(child, path ? `${path}.${key}` : key, (schema.required ?? []).includes(key) && child.default === undefined);
    }
  }
  if (schema.type === 'array' && schema.items?.properties) {
    for (const [key, child] of Object.entries(schema.items.properties)) {
      walk(child, `${path}[].${key}`, (schema.items.required ?? []).includes(key) && child.default === undefined);
    }
  }
}

const jsonSchema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
walk(jsonSchema, '', true);

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'configuration.md');
writeFileSync(
  out,
  `# Configuration reference

Generated from \`config/schema.ts\` by \`npm run docs:config\`; do not edit by hand. The embedded default
(\`config/default.yaml\`) is a complete example. Sections are filled with their defaults when left out;
fields marked **required** have none.

| field | type | default | description |
|---|---|---|---|
${rows.join('\n')}
`,
);
console.log(`wrote ${out} (${rows.length} fields)`);
