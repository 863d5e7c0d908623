/** git, for the commands that read the committed output (dist/) at a revision. */
import { runTool, UsageError } from './command.js';

export function git(repo: string, args: readonly string[]): string {
  return runTool('git', ['-C', repo, ...args]).stdout;
}

/** The short hash of `ref`; a UsageError naming it when it is not a commit of `repo`. */
export function commitOf(repo: string, ref: string): string {
  const verified = runTool('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', '--short', `${ref}^{commit}`], {
    allowFailure: true,
  });
  if (verified.status !== 0) throw new UsageError(`"${ref}" is not a commit of ${repo}`);
  return verified.stdout.trim();
}

/** Every file below `folder` as committed at `ref`, by its path in the repository. */
export function filesAt(repo: string, ref: string, folder: string): Map<string, string> {
  commitOf(repo, ref);
  const files = git(repo, ['ls-tree', '-r', '--name-only', ref, '--', folder]).split('\n').filter(Boolean);
  return new Map(files.map((file) => [file, git(repo, ['show', `${ref}:${file}`])]));
}
