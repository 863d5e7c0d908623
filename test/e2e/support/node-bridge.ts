/**
 * Servers the tests start on the host's 127.0.0.1 (Harbor, Keycloak), made reachable inside the test
 * node's network namespace without listening anywhere else: test/cluster/port-bridge.mjs, one end on each
 * side of a Unix socket. containerd pulls from a bridged Harbor at the same `127.0.0.1:<port>` the host
 * pushes to, so image references and the pull Secret's registry key are one name on both sides.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterPaths, NETWORK } from '../../cluster/layout.js';
import { removeScratchDir, scratchDir } from '../../support/run-registry.js';
import { REPO_ROOT } from '../../support/synth.js';
import { startProcess, stopProcess } from './processes.js';

const BRIDGE = join(REPO_ROOT, 'test', 'cluster', 'port-bridge.mjs');

export interface NodeBridge {
  /** Where pods and the node's own processes reach the server. */
  readonly address: string;
  readonly port: number;
  stop(): Promise<void>;
}

function listening(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}; see test-results/e2e/${name}.log`)));
  });
}

/**
 * 127.0.0.1:`port` of the host answers at `address`:`port` in the node's namespace: its loopback (for the
 * node's processes only) or the node's address (for pods too).
 */
export async function bridgeIntoNode(name: string, port: number, address = '127.0.0.1'): Promise<NodeBridge> {
  const dir = scratchDir('thinkube-bridge-');
  const socket = join(dir, 'bridge.sock');
  const host = startProcess(`${name}-bridge-host`, process.execPath, [BRIDGE, 'host', socket, String(port)], {});
  const node = startProcess(
    `${name}-bridge-node`,
    'ip',
    ['netns', 'exec', NETWORK.namespace, process.execPath, BRIDGE, 'node', socket, address, String(port)],
    {},
  );
  // Both watched before either is awaited: a line printed meanwhile would be missed.
  const ready = Promise.all([listening(host, `${name}-bridge-host`), listening(node, `${name}-bridge-node`)]);
  const stop = async () => {
    await Promise.all([stopProcess(node), stopProcess(host)]);
    removeScratchDir(dir);
  };
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { address, port, stop };
}

/**
 * The cluster's containerd pulls from `registry` (host:port) over plain HTTP, as the tests' Harbor
 * serves; returns the undo. containerd reads these files at every pull: no restart.
 */
export function pullOverHttp(registry: string): () => void {
  const dir = join(clusterPaths().registryHosts, registry);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'hosts.toml'),
    `server = "http://${registry}"\n\n[host."http://${registry}"]\n  capabilities = ["pull", "resolve"]\n`,
  );
  return () => rmSync(dir, { recursive: true, force: true });
}
