/**
 * The one place that writes a configuration file. Edits are made on the text, at the positions the
 * YAML parser reports, so that everything else (comments, order, flow or block style, spacing) stays
 * byte for byte as the operator wrote it; the result is validated before it replaces the file.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isMap, isScalar, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { ConfigError, parseConfig } from './load.js';

interface TextEdit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Sets `images[i].base.digest` for the given image indexes (replacing a digest that is there, or adding
 * one after `tag`), validates the whole result, and only then replaces the file (a temporary file
 * renamed into place: never half-written). Returns the indexes whose digest changed.
 */
export function setBaseDigests(file: string, digests: ReadonlyMap<number, string>): number[] {
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text);
  const edits: TextEdit[] = [];
  const changed: number[] = [];
  for (const [index, digest] of digests) {
    const base = document.getIn(['images', index, 'base'], true);
    if (!isMap(base)) throw new ConfigError(file, [`images.${index}.base: is not a map, cannot pin its digest`]);
    const current = (base as YAMLMap).get('digest', true);
    if (isScalar(current)) {
      if (current.value === digest) continue;
      const [start, end] = current.range ?? [0, 0];
      edits.push({ at: start, end, text: digest });
    } else {
      const tag = (base as YAMLMap).items.find((pair) => isScalar(pair.key) && pair.key.value === 'tag');
      if (!tag || !isScalar(tag.value)) {
        throw new ConfigError(file, [`images.${index}.base.tag: is required to pin a digest (got nothing)`]);
      }
      const tagEnd = (tag.value as Scalar).range?.[1] ?? 0;
      if ((base as YAMLMap).flow) {
        edits.push({ at: tagEnd, end: tagEnd, text: `, digest: ${digest}` });
      } else {
        // A new line under `tag`, indented as `tag` is, after anything else on the tag's line.
        const keyStart = (tag.key as Scalar).range?.[0] ?? 0;
        const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
        const lineEnd = text.indexOf('\n', tagEnd) === -1 ? text.length : text.indexOf('\n', tagEnd);
        edits.push({ at: lineEnd, end: lineEnd, text: `\n${indent}digest: ${digest}` });
      }
    }
    changed.push(index);
  }
  if (edits.length === 0) return changed;
  let updated = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    updated = updated.slice(0, edit.at) + edit.text + updated.slice(edit.end);
  }
  parseConfig(updated, file); // throws ConfigError listing every problem: the file stays as it was
  writeFileSync(`${file}.tmp`, updated);
  renameSync(`${file}.tmp`, file);
  return changed.sort((a, b) => a - b);
}
