/**
 * One end of a bridge that makes a server on the host's 127.0.0.1 reachable inside the node's network
 * namespace, without the server listening anywhere else: the two ends meet at a Unix socket, which belongs
 * to the file system and so is shared by both namespaces.
 *
 *   node port-bridge.mjs host <socket> <port>                 # on the host: socket -> 127.0.0.1:<port>
 *   ip netns exec NS node port-bridge.mjs node <socket> <address> <port>   # in NS: <address>:<port> -> socket
 *
 * Plain JavaScript: it runs as a child process, without the TypeScript loader. Prints "listening" once
 * its end accepts connections; exits on SIGTERM.
 */
import { rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';

const [side, socket, ...rest] = process.argv.slice(2);
if (!socket || (side !== 'host' && side !== 'node')) {
  process.stderr.write('usage: port-bridge.mjs host <socket> <port> | node <socket> <address> <port>\n');
  process.exit(2);
}

/** Copies both ways until either side closes; a reset on one side closes the other. */
function pipe(client, target) {
  client.pipe(target).on('error', () => client.destroy());
  target.pipe(client).on('error', () => target.destroy());
  client.on('error', () => target.destroy());
  target.on('error', () => client.destroy());
}

let server;
if (side === 'host') {
  const port = Number(rest[0]);
  rmSync(socket, { force: true });
  server = createServer((client) => pipe(client, connect(port, '127.0.0.1')));
  server.listen(socket, () => process.stdout.write('listening\n'));
} else {
  const [address, port] = rest;
  server = createServer((client) => pipe(client, connect(socket)));
  server.listen(Number(port), address, () => process.stdout.write('listening\n'));
}
server.on('error', (error) => {
  process.stderr.write(`port-bridge ${side}: ${error.message}\n`);
  process.exit(1);
});
process.on('SIGTERM', () => {
  server.close();
  if (side === 'host') rmSync(socket, { force: true });
  process.exit(0);
});
