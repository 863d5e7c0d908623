/**
 * A small evaluator of Kubernetes NetworkPolicy rules, enough to ask of a rendered policy "may this pod
 * reach that address and port?" the way the API's semantics say: a flow is allowed when some rule
 * matches both a peer (ipBlock with its excepts, namespaceSelector, podSelector, or both together) and a
 * port (an empty list is every port; named ports compare by name). IPv4 only; matchLabels only
 * (matchExpressions are reported as unsupported rather than guessed).
 */

export interface PolicyPeer {
  ipBlock?: { cidr: string; except?: string[] };
  namespaceSelector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  podSelector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
}

export interface PolicyRule {
  to?: PolicyPeer[];
  from?: PolicyPeer[];
  ports?: { port?: number | string; protocol?: string }[];
}

export interface NetworkPolicyObject {
  metadata: { name: string; namespace?: string };
  spec: { egress?: PolicyRule[]; ingress?: PolicyRule[] };
}

/** The other end of a flow: an address, or a pod (its namespace and labels), and the port. */
export interface Flow {
  ip?: string;
  namespace?: string;
  podLabels?: Record<string, string>;
  port: number | string;
  protocol?: 'TCP' | 'UDP';
}

function ipToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new Error(`not an IPv4 address: ${ip}`);
  }
  return (
    ((parts[0] as number) * 2 ** 24 +
      (parts[1] as number) * 2 ** 16 +
      (parts[2] as number) * 2 ** 8 +
      (parts[3] as number)) >>>
    0
  );
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const prefix = Number(bits);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (ipToInt(ip) & mask) >>> 0 === (ipToInt(base) & mask) >>> 0;
}

function labelsMatch(selector: PolicyPeer['podSelector'], labels: Record<string, string>): boolean {
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not supported by this evaluator');
  return Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

function peerMatches(peer: PolicyPeer, flow: Flow, policyNamespace: string): boolean {
  if (peer.ipBlock) {
    if (!flow.ip) return false;
    return inCidr(flow.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(flow.ip as string, c));
  }
  if (flow.namespace === undefined) return false;
  const namespaceLabels = { 'kubernetes.io/metadata.name': flow.namespace };
  const namespaceOk = peer.namespaceSelector
    ? labelsMatch(peer.namespaceSelector, namespaceLabels)
    : flow.namespace === policyNamespace; // a podSelector alone means the policy's own namespace
  const podOk = peer.podSelector ? labelsMatch(peer.podSelector, flow.podLabels ?? {}) : true;
  return namespaceOk && podOk;
}

function portMatches(rule: PolicyRule, flow: Flow): boolean {
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some(
    (p) => (p.port === undefined || p.port === flow.port) && (p.protocol ?? 'TCP') === (flow.protocol ?? 'TCP'),
  );
}

function allows(rules: PolicyRule[] | undefined, peers: 'to' | 'from', flow: Flow, namespace: string): boolean {
  return (rules ?? []).some((rule) => {
    const list = rule[peers];
    const peerOk = !list || list.length === 0 || list.some((peer) => peerMatches(peer, flow, namespace));
    return peerOk && portMatches(rule, flow);
  });
}

/** May a pod this policy selects open `flow`? (The policy has policyTypes Egress.) */
export function egressAllows(policy: NetworkPolicyObject, flow: Flow): boolean {
  return allows(policy.spec.egress, 'to', flow, policy.metadata.namespace ?? '');
}

/** May `flow`'s pod reach a pod this policy selects on `flow.port`? (The policy has policyTypes Ingress.) */
export function ingressAllows(policy: NetworkPolicyObject, flow: Flow): boolean {
  return allows(policy.spec.ingress, 'from', flow, policy.metadata.namespace ?? '');
}
