/**
 * Readiness waits that stretch with what the machine is doing (issue 26.5). A server that starts in 40 s
 * on a quiet machine takes four times as long when four times the cores' worth of work is running beside
 * it; a fixed deadline then fails a test that is only slow. Here each second waited counts against the
 * budget as 1 / (load per core) seconds, at least 1, so the budget is wall time on a quiet machine and
 * stretches up to MAX_STRETCH times on a busy one. A wait past half its budget says so, with the load.
 */
import { cpus, loadavg } from 'node:os';

/** How far a busy machine may stretch a wait: a load of 4x the cores (8 on 2 cores) is fully covered. */
export const MAX_STRETCH = 4;
/** How often a long wait says that it is still waiting. */
const PROGRESS_EVERY_MS = 30_000;

const oneMinuteLoad = () => loadavg()[0] ?? 0;

/** The machine's 1-minute load average per core, at least 1 (a quiet machine counts as 1). */
export function loadPerCore(): number {
  return Math.max(1, oneMinuteLoad() / cpus().length);
}

function describeLoad(): string {
  return `load ${oneMinuteLoad().toFixed(1)} on ${cpus().length} cores`;
}

export class ReadinessDeadline {
  private spentMs = 0;
  private last = Date.now();
  private readonly started = Date.now();
  private lastProgress = Date.now();

  /** `what` names the wait in its progress lines and its error; `load` is for the unit test. */
  constructor(
    private readonly what: string,
    readonly budgetMs: number,
    private readonly load: () => number = loadPerCore,
  ) {}

  /** Counts the time since the last call against the budget; true once the budget is spent. */
  passed(): boolean {
    const now = Date.now();
    this.spentMs += (now - this.last) / Math.min(MAX_STRETCH, Math.max(1, this.load()));
    this.last = now;
    if (now - this.lastProgress >= PROGRESS_EVERY_MS && this.spentMs > this.budgetMs / 2) {
      this.lastProgress = now;
      console.error(`still waiting for ${this.what}: ${this.waitedSeconds()} s so far (${describeLoad()})`);
    }
    return this.spentMs >= this.budgetMs;
  }

  /** For an error: how long it waited, and the budget and load it waited with. */
  describe(): string {
    return `${this.waitedSeconds()} s (a budget of ${this.budgetMs / 1000} s, stretched by the machine's load; now ${describeLoad()})`;
  }

  private waitedSeconds(): number {
    return Math.round((Date.now() - this.started) / 1000);
  }
}
