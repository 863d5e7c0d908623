/**
 * npm run rollback -- <git-ref>: puts the cluster back to the manifests committed at <git-ref>.
 *
 *   npm run rollback -- HEAD~1 [--dry-run] [--kubeconfig FILE] [--context NAME] [--repo DIR]
 *
 * dist/ is committed, so every earlier state of the install is a git revision. This applies that
 * revision's dist/k8s files in their order with server-side apply (in argocd mode that is the
 * Application, whose values, chart version and image tag go back with it; Argo CD then syncs). Objects
 * that exist now but not at <ref> are listed, not deleted: removing them is a decision for a person.
 * Prefer `git revert` + the normal pipeline for anything but an emergency; this is the emergency path.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

class UsageError extends Error {}

function git(repo: string, args: string[]): string {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new UsageError(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** The dist/k8s files at `ref`, in apply order (their names are numbered). */
export function manifestsAt(repo: string, ref: string): { file: string; text: string }[] {
  const files = git(repo, ['ls-tree', '--name-only', `${ref}:dist/k8s`])
    .split('\n')
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  if (files.length === 0) throw new UsageError(`no dist/k8s manifests at ${ref}`);
  return files.map((file) => ({ file, text: git(repo, ['show', `${ref}:dist/k8s/${file}`]) }));
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      repo: { type: 'string', default: '.' },
    },
  });
  const ref = positionals[0];
  if (!ref) throw new UsageError('usage: npm run rollback -- <git-ref> [--dry-run]');
  const repo = values.repo ?? '.';
  const commit = git(repo, ['rev-parse', '--short', `${ref}^{commit}`]).trim();
  const kubectlArgs = [
    ...(values.kubeconfig ? ['--kubeconfig', values.kubeconfig] : []),
    ...(values.context ? ['--context', values.context] : []),
  ];
  const current = new Set(git(repo, ['ls-tree', '--name-only', 'HEAD:dist/k8s']).split('\n').filter(Boolean));
  for (const { file, text } of manifestsAt(repo, ref)) {
    current.delete(file);
    const args = [
      ...kubectlArgs,
      'apply',
      '--server-side',
      ...(values['dry-run'] ? ['--dry-run=server'] : []),
      '-f',
      '-',
    ];
    const r = spawnSync(process.env.KUBECTL ?? 'kubectl', args, { input: text, encoding: 'utf8' });
    if (r.error) throw new UsageError(`cannot run kubectl (${(r.error as NodeJS.ErrnoException).code})`);
    if (r.status !== 0) throw new UsageError(`applying ${file} from ${commit} failed: ${r.stderr.trim()}`);
    process.stdout.write(r.stdout);
  }
  for (const file of current)
    console.log(`not at ${commit}, left in place: dist/k8s/${file} (delete it by hand if it must go)`);
  console.log(`${values['dry-run'] ? 'dry run: would roll' : 'rolled'} back to the manifests of ${commit}`);
}

if (process.argv[1]?.endsWith('rollback.ts')) {
  try {
    main();
  } catch (error) {
    console.error(`rollback: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
