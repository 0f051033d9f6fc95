import { connect, createServer, type Socket } from "node:net";

/**
 * A TCP proxy in front of a server (PostgreSQL, for the outage tests), that a test can cut: every open
 * connection is dropped and new ones are refused, as when the server goes down, without stopping the
 * server the rest of the run shares.
 */
export interface TcpProxy {
  port: number;
  /** Drops every connection and stops listening: connecting now fails with ECONNREFUSED. */
  cut(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    async cut() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
