/**
 * One post-deploy check and its outcome. A check passes, fails, or does not apply, and always says
 * why: there is no silent pass.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'n/a';

export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
}

/** Thrown by a check that does not apply to this install, with the reason. */
export class NotApplicable extends Error {}

/** Thrown by a check that found something to act on that does not break the install (not a failure). */
export class Warning extends Error {}

/** Runs one check: its return value is what was seen; an error is the failure (or the reason it does not apply). */
export async function check(name: string, run: () => Promise<string> | string): Promise<Check> {
  try {
    return { name, status: 'pass', detail: await run() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      name,
      status: error instanceof NotApplicable ? 'n/a' : error instanceof Warning ? 'warn' : 'fail',
      detail,
    };
  }
}

export function expectEqual(what: string, got: unknown, want: unknown): void {
  if (got !== want) throw new Error(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

export function formatCheck(c: Check): string {
  return `${{ pass: 'pass', warn: 'WARN', fail: 'FAIL', 'n/a': 'n/a ' }[c.status]} ${c.name}: ${c.detail}`;
}
