/**
 * npm run diff -- [<base-ref>] [<head-ref>]: what a change does to the install, object by object.
 *
 * Compares the synthesized output (dist/) at two states of the repository: Kubernetes objects added,
 * removed and changed with their changed fields, the chart values of the JupyterHub release, the
 * chart's own rendered objects (dist/rendered), Terraform resources per stack, and notebook images
 * whose tag changes with the package lines that changed. dist/ is committed and CI fails when it is
 * stale, so a ref's dist/ is what that ref deploys. Secret data and sensitive fields show only that
 * they changed.
 *
 *   npm run diff                          # merge base with main .. the work tree's dist/
 *   npm run diff -- origin/main HEAD --format markdown > comment.md
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { Option } from 'commander';
import { DEFAULT_DIST } from '../app/dist-layout.js';
import { command, run, runTool, UsageError } from './support/command.js';
import { commitOf, filesAt, git } from './support/git.js';
import {
  diffSynthTrees,
  type FieldChange,
  HIDDEN,
  type ImageChange,
  isEmpty,
  type ObjectChange,
  type SynthDiff,
  type SynthTree,
} from './support/synth-diff.js';

/** Marks the work tree as a side of the diff (the default head). */
export const WORK_TREE = 'WORKTREE';

/** dist/ as committed at `ref`. */
function treeAtRef(repo: string, ref: string): SynthTree {
  return filesAt(repo, ref, DEFAULT_DIST);
}

/**
 * dist/ as it is on disk now (run `npm run synth` first). Regular files only: synth writes nothing else,
 * and a symlink could lead out of the repository, a FIFO or device would block the read forever. Anything
 * else is named on stderr and left out.
 */
function treeInWorkTree(repo: string): SynthTree {
  const root = git(repo, ['rev-parse', '--show-toplevel']).trim();
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      const path = join(dir, entry);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.set(relative(root, path), readFileSync(path, 'utf8'));
      else console.error(`diff: skipped ${relative(root, path)}: ${kindOf(stat)}, not a file synth writes`);
    }
  };
  walk(join(root, DEFAULT_DIST));
  return files;
}

function kindOf(stat: Stats): string {
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

function defaultBase(repo: string): string {
  for (const main of ['main', 'origin/main']) {
    const base = runTool('git', ['-C', repo, 'merge-base', main, 'HEAD'], { allowFailure: true });
    if (base.status === 0) return base.stdout.trim();
  }
  throw new UsageError('no branch "main" to compare with: name the base ref (npm run diff -- <base-ref>)');
}

// -- Reports ------------------------------------------------------------------------------------------

type Format = 'text' | 'markdown' | 'json';

const MAX_VALUE = 120;

function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text =
    typeof value === 'string' && value.includes('\n') ? `${value.split('\n').length} lines` : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}...` : text;
}

function describeField(field: FieldChange): string {
  if (!('before' in field)) return `+ ${field.path} = ${showValue(field.after)}`;
  if (!('after' in field)) return `- ${field.path} (was ${showValue(field.before)})`;
  if (field.before === HIDDEN) return `~ ${field.path}: changed (sensitive: not shown)`;
  if (isMultiline(field.before) || isMultiline(field.after)) {
    const before = String(field.before).split('\n');
    const after = String(field.after).split('\n');
    const removed = before.filter((line) => !after.includes(line)).length;
    const added = after.filter((line) => !before.includes(line)).length;
    return `~ ${field.path}: text changed (${removed} line(s) removed, ${added} added)`;
  }
  return `~ ${field.path}: ${showValue(field.before)} -> ${showValue(field.after)}`;
}

function isMultiline(value: unknown): boolean {
  return typeof value === 'string' && value.includes('\n');
}

function describeObject(change: ObjectChange): string[] {
  const sign = { added: '+', removed: '-', changed: '~' }[change.change];
  return [`${sign} ${change.id} (${change.change})`, ...change.fields.map((field) => `    ${describeField(field)}`)];
}

function describeImage(image: ImageChange): string[] {
  const tag =
    image.tagBefore === image.tagAfter
      ? `tag ${image.tagAfter ?? image.tagBefore}`
      : `tag ${image.tagBefore ?? '(none)'} -> ${image.tagAfter ?? '(none)'}`;
  return [
    `${{ added: '+', removed: '-', changed: '~' }[image.change]} ${image.name} (${image.change}), ${tag}`,
    ...image.linesRemoved.map((line) => `    - ${line}`),
    ...image.linesAdded.map((line) => `    + ${line}`),
    ...(image.containerfileChanged && image.change === 'changed' ? ['    ~ Containerfile changed'] : []),
  ];
}

interface Section {
  readonly title: string;
  readonly lines: readonly string[];
}

function sections(diff: SynthDiff): Section[] {
  const list: Section[] = [
    { title: 'Kubernetes objects (dist/k8s)', lines: diff.kubernetes.flatMap(describeObject) },
    { title: 'Chart values (JupyterHub release)', lines: diff.chartValues.map(describeField) },
    { title: 'Objects the chart renders (dist/rendered)', lines: diff.rendered.flatMap(describeObject) },
    ...Object.entries(diff.terraform).map(([stack, changes]) => ({
      title: `Terraform stack ${stack}`,
      lines: changes.flatMap(describeObject),
    })),
    { title: 'Notebook images (dist/images)', lines: diff.images.flatMap(describeImage) },
  ];
  return list.filter((section) => section.lines.length > 0);
}

export function formatDiff(diff: SynthDiff, format: Format): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  const heading = `Synthesized changes ${diff.base} -> ${diff.head}`;
  if (isEmpty(diff)) return format === 'markdown' ? `### ${heading}\n\nNo change.\n` : `${heading}: no change\n`;
  if (format === 'text') {
    return `${[heading, ...sections(diff).flatMap((s) => ['', `${s.title}:`, ...s.lines.map((l) => `  ${l}`)])].join('\n')}\n`;
  }
  const summary = [
    diff.kubernetes.length > 0 ? `${diff.kubernetes.length} Kubernetes object(s)` : '',
    diff.chartValues.length > 0 ? `${diff.chartValues.length} chart value(s)` : '',
    diff.rendered.length > 0 ? `${diff.rendered.length} rendered object(s)` : '',
    ...Object.entries(diff.terraform).map(([stack, changes]) => `${changes.length} resource(s) in ${stack}`),
    diff.images.length > 0 ? `${diff.images.length} image(s)` : '',
  ].filter(Boolean);
  return `${[
    `### ${heading}`,
    '',
    `Changes: ${summary.join(', ')}.`,
    ...sections(diff).flatMap((s) => [
      '',
      `<details open><summary>${s.title}</summary>`,
      '',
      '```diff',
      ...s.lines,
      '```',
      '</details>',
    ]),
  ].join('\n')}\n`;
}

// -- Command ------------------------------------------------------------------------------------------

interface DiffOptions {
  format: Format;
  repo: string;
  exitCode: boolean;
}

function diffCommandAction(baseRef: string | undefined, headRef: string | undefined, options: DiffOptions): void {
  const base = baseRef ?? defaultBase(options.repo);
  const head = headRef ?? WORK_TREE;
  const label = (ref: string) => {
    if (ref === WORK_TREE) return 'work tree';
    const short = commitOf(options.repo, ref);
    return short.startsWith(ref) || ref.startsWith(short) ? short : `${ref} (${short})`;
  };
  const tree = (ref: string) => (ref === WORK_TREE ? treeInWorkTree(options.repo) : treeAtRef(options.repo, ref));
  const diff = diffSynthTrees(tree(base), tree(head), { base: label(base), head: label(head) });
  process.stdout.write(formatDiff(diff, options.format));
  if (options.exitCode && !isEmpty(diff)) process.exitCode = 2;
}

export const diffCommand = command('diff', 'Object-level diff of the synthesized output (dist/) between two git refs.')
  .argument('[base-ref]', 'the state to compare from (default: the merge base of HEAD with main)')
  .argument('[head-ref]', `the state to compare to (default: the work tree's dist/; ${WORK_TREE} names it)`)
  .addOption(
    new Option('--format <format>', 'text for a terminal, markdown for a PR comment, json for tools')
      .choices(['text', 'markdown', 'json'])
      .default('text'),
  )
  .option('--repo <dir>', 'the git checkout holding dist/', '.')
  .option('--exit-code', 'exit with 2 when something changed (like git diff --exit-code)', false)
  .action(diffCommandAction);

if (process.argv[1]?.endsWith('diff.ts')) await run('diff', diffCommand);
