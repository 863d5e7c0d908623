/**
 * npm run rollback -- <git-ref>: puts the cluster back to the manifests committed at <git-ref>.
 *
 *   npm run rollback -- HEAD~1 [--dry-run] [--kubeconfig FILE] [--context NAME] [--repo DIR]
 *
 * dist/ is committed, so every earlier state of the install is a git revision. This applies that
 * revision's dist/k8s files in their order with server-side apply, as the field manager the pipeline
 * uses, taking over fields others changed (in argocd mode that is the
 * Application, whose values, chart version and image tag go back with it; Argo CD then syncs). Objects
 * that exist now but not at <ref> are listed, not deleted: removing them is a decision for a person.
 * Prefer `git revert` + the normal pipeline for anything but an emergency; this is the emergency path.
 */

import { distLayout } from '../app/dist-layout.js';
import { command, run, UsageError } from './support/command.js';
import { commitOf, filesAt, git } from './support/git.js';
import { kubectlWith } from './support/kubectl.js';

/**
 * The field manager every apply of dist/k8s uses (README, .github/workflows/deploy.yml): one owner for
 * the fields of the install, so the next pipeline run does not conflict with a rollback.
 */
export const FIELD_MANAGER = 'thinkube-jupyterhub';

/** The dist/k8s files at `ref`, in apply order (their names are numbered). */
export function manifestsAt(repo: string, ref: string): { file: string; text: string }[] {
  const k8s = distLayout().k8s;
  const manifests = [...filesAt(repo, ref, k8s)]
    .filter(([path]) => path.endsWith('.yaml'))
    .map(([path, text]) => ({ file: path.slice(`${k8s}/`.length), text }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  if (manifests.length === 0) throw new UsageError(`no ${k8s} manifests at ${ref}`);
  return manifests;
}

interface RollbackOptions {
  dryRun: boolean;
  kubeconfig?: string;
  context?: string;
  repo: string;
}

function rollback(ref: string, options: RollbackOptions): void {
  const repo = options.repo;
  const commit = commitOf(repo, ref);
  const kubectl = kubectlWith(options);
  const current = new Set(
    git(repo, ['ls-tree', '--name-only', `HEAD:${distLayout().k8s}`])
      .split('\n')
      .filter(Boolean),
  );
  for (const { file, text } of manifestsAt(repo, ref)) {
    current.delete(file);
    // --force-conflicts: the point of a rollback is that these manifests win, whoever changed the
    // fields since (a hand edit, a broken pipeline run under another manager).
    const args = [
      'apply',
      '--server-side',
      `--field-manager=${FIELD_MANAGER}`,
      '--force-conflicts',
      ...(options.dryRun ? ['--dry-run=server'] : []),
      '-f',
      '-',
    ];
    const applied = kubectl(args, text);
    if (applied.status !== 0) throw new UsageError(`applying ${file} from ${commit} failed: ${applied.stderr.trim()}`);
    process.stdout.write(applied.stdout);
  }
  for (const file of current)
    console.log(`not at ${commit}, left in place: dist/k8s/${file} (delete it by hand if it must go)`);
  console.log(`${options.dryRun ? 'dry run: would roll' : 'rolled'} back to the manifests of ${commit}`);
}

export const rollbackCommand = command('rollback', "Applies an earlier commit's dist/k8s, server-side.")
  .argument('<git-ref>', 'the commit (or tag, branch, HEAD~1) whose manifests to apply')
  .option('--dry-run', 'ask the API server what would change, change nothing', false)
  .option('--kubeconfig <file>', "kubeconfig to use (default: kubectl's own)")
  .option('--context <name>', 'kubeconfig context to use')
  .option('--repo <dir>', 'the git checkout holding dist/', '.')
  .action((ref: string, options: RollbackOptions) => rollback(ref, options));

if (process.argv[1]?.endsWith('rollback.ts')) await run('rollback', rollbackCommand);
