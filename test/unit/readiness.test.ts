/**
 * Readiness waits stretch with the machine's load (test/support/readiness.ts, issue 26.5): wall time on a
 * quiet machine, up to MAX_STRETCH times the budget on a busy one, never longer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_STRETCH, ReadinessDeadline } from '../support/readiness.js';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The wall time (ms) until `deadline` says its budget is spent, checked every `stepMs`. */
function wallTimeUntilPassed(deadline: ReadinessDeadline, stepMs = 100): number {
  let waited = 0;
  while (!deadline.passed()) {
    vi.advanceTimersByTime(stepMs);
    waited += stepMs;
    if (waited > 1_000_000) throw new Error('never passed');
  }
  return waited;
}

describe('ReadinessDeadline', () => {
  it('is the budget in wall time on a quiet machine (a load under one per core counts as one)', () => {
    expect(wallTimeUntilPassed(new ReadinessDeadline('a', 10_000, () => 0.2))).toBe(10_000);
    expect(wallTimeUntilPassed(new ReadinessDeadline('a', 10_000, () => 1))).toBe(10_000);
  });

  it('stretches with the load per core', () => {
    expect(wallTimeUntilPassed(new ReadinessDeadline('a', 10_000, () => 3))).toBe(30_000);
  });

  it(`stretches no further than ${MAX_STRETCH} times, however busy the machine`, () => {
    expect(wallTimeUntilPassed(new ReadinessDeadline('a', 10_000, () => 50))).toBe(10_000 * MAX_STRETCH);
  });

  it('follows the load as it changes during the wait', () => {
    let load = 4;
    const deadline = new ReadinessDeadline('a', 10_000, () => load);
    vi.advanceTimersByTime(20_000);
    expect(deadline.passed()).toBe(false); // 5 s of the budget spent
    load = 1;
    vi.advanceTimersByTime(4_900);
    expect(deadline.passed()).toBe(false);
    vi.advanceTimersByTime(100);
    expect(deadline.passed()).toBe(true);
  });

  it('says that it is still waiting, with the load, once past half its budget', () => {
    const deadline = new ReadinessDeadline('keycloak to answer', 60_000, () => 1);
    wallTimeUntilPassed(deadline, 1_000);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringMatching(/^still waiting for keycloak to answer: \d+ s so far \(load /),
    );
    expect(deadline.describe()).toMatch(/^60 s \(a budget of 60 s, stretched by the machine's load; now load /);
  });
});
