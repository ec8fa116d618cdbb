import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface ServerLimits {
  /** Longest wait for a request's headers; a client sending them a byte at a time is cut off. */
  headersTimeoutMs: number;
  /** Longest wait for a whole request, body included; then the client gets 408 and the connection closes. */
  requestTimeoutMs: number;
}

/** A client may be slow (a phone on a train), but not so slow that it holds a connection for minutes. */
export const DEFAULT_LIMITS: ServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 };

export interface RunningServer {
  url: string;
  /**
   * Stops accepting connections, lets requests in flight finish, and after `graceMs` closes the
   * connections still open (a client stuck mid-request must not keep the process alive).
   */
  close: (graceMs?: number) => Promise<void>;
}

/** Serves a Web-standard handler over Node HTTP; port 0 picks a free port. */
export function startServer(
  handler: (req: Request) => Promise<Response>,
  port: number,
  hostname = '127.0.0.1',
  limits: ServerLimits = DEFAULT_LIMITS,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const serverOptions = {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks the two timeouts only this often (30 s by default), so they would be late by up to that.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    };
    const server = serve({ fetch: handler, port, hostname, serverOptions }, (info: AddressInfo) => {
      resolve({ url: `http://${hostname}:${info.port}`, close: (graceMs = 0) => closeGracefully(server as Server, graceMs) });
    }) as Server;
    server.once('error', reject);
  });
}

function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((done, fail) => {
    // close() stops listening and drops idle keep-alive connections; the callback runs once the busy ones end.
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(deadline);
      if (error) fail(error);
      else done();
    });
  });
}
