// A TCP proxy between the server and PostgreSQL that counts the statements
// that the server sends. It counts the simple queries ('Q') and the
// executions of prepared or unnamed statements ('E') of PostgreSQL's
// frontend/backend protocol 3.0. Unlike timings, statements per request
// hardly depend on the machine.
import net from "node:net";

// Request codes of the untyped messages a client may send before its
// StartupMessage: SSLRequest and GSSENCRequest.
const NEGOTIATION_CODES = new Set([80877103, 80877104]);

export type StatementCounter = {
  /** PostgreSQL URL that goes through the proxy. */
  url: string;
  /** Statements counted since the proxy started. */
  count: () => number;
  close: () => Promise<void>;
};

/**
 * Starts a proxy on a free port of 127.0.0.1 in front of the server of
 * `databaseUrl`. It forwards every byte unchanged in both directions and only
 * reads the client's messages to count them.
 */
export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();

  const proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;

    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      // Untyped messages (negotiation, startup) are a length then a body.
      // Every later message is a type byte, then a length that counts itself.
      while (!started && pending.length >= 8) {
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        started = !NEGOTIATION_CODES.has(pending.readInt32BE(4));
        pending = pending.subarray(length);
      }
      while (started && pending.length >= 5) {
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) return;
        const type = String.fromCharCode(pending[0]);
        if (type === "Q" || type === "E") statements += 1;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    for (const [socket, other] of [
      [client, upstream],
      [upstream, client],
    ]) {
      socket.on("close", () => {
        sockets.delete(socket);
        other.destroy();
      });
      // A reset on one side closes both, and the server's pool reconnects.
      socket.on("error", () => other.destroy());
    }
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once("error", reject);
    proxy.listen(0, "127.0.0.1", () => resolve());
  });
  const address = proxy.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);

  return {
    url: url.toString(),
    count: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
