/**
 * crdsEstablished (test/cluster/crds.ts) waits through a CRD whose status the API server has not written
 * yet (where `kubectl wait` fails at once), and names the ones still pending when it gives up.
 */
import { describe, expect, it } from 'vitest';
import { crdsEstablished } from '../cluster/crds.js';

/** A stand-in kubectl: each CRD's Established status as the API server would show it, call by call. */
function kubectlShowing(answers: Record<string, string[]>) {
  const calls: string[] = [];
  const kubectl = (args: string[]) => {
    const name = (args[1] ?? '').replace('crd/', '');
    calls.push(name);
    const queue = answers[name] ?? [];
    return { status: 0, stdout: (queue.length > 1 ? queue.shift() : queue[0]) ?? '' };
  };
  return { kubectl, calls };
}

describe('crdsEstablished', () => {
  it('waits while a CRD has no status yet, then returns once every CRD is Established', async () => {
    const { kubectl, calls } = kubectlShowing({ 'a.example.org': ['', '', 'True'], 'b.example.org': ['True'] });
    await crdsEstablished(kubectl, ['a.example.org', 'b.example.org'], 10_000);
    expect(calls.filter((name) => name === 'a.example.org')).toHaveLength(3);
  });

  it('gives up after its timeout, naming the CRDs still not Established', async () => {
    const { kubectl } = kubectlShowing({ 'a.example.org': ['True'], 'b.example.org': ['False'] });
    await expect(crdsEstablished(kubectl, ['a.example.org', 'b.example.org'], 600)).rejects.toThrow(
      'CustomResourceDefinitions not Established within 0.6 s: b.example.org',
    );
  });
});
