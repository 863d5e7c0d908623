/**
 * Waiting for CustomResourceDefinitions to be served. `kubectl wait --for=condition=Established` run
 * right after the apply fails at once, instead of waiting, when the API server has not yet written the
 * CRD's status ("accessor error: <nil> is of the type <nil>, expected []interface{}": a fresh-clone CI
 * run's cluster up failed so); the condition is polled here instead.
 */
type Kubectl = (args: string[], options: { allowFailure: boolean }) => { status: number; stdout: string };

export async function crdsEstablished(kubectl: Kubectl, names: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const established = (name: string) =>
    kubectl(['get', `crd/${name}`, '-o', 'jsonpath={.status.conditions[?(@.type=="Established")].status}'], {
      allowFailure: true,
    }).stdout.trim() === 'True';
  for (;;) {
    const pending = names.filter((name) => !established(name));
    if (pending.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`CustomResourceDefinitions not Established within ${timeoutMs / 1000} s: ${pending.join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
