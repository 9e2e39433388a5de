import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** How the server answers file requests right now; tests switch it between cases. */
export type ServeMode =
  | { kind: 'ok' }
  /** Sends half the bytes (with the full Content-Length), then destroys the socket. */
  | { kind: 'break-half' }
  /** Streams in 64 KiB pieces with a pause between them, so downloads overlap in time. */
  | { kind: 'slow'; pauseMs: number };

export interface FileServer {
  readonly baseUrl: string;
  mode: ServeMode;
  /** Paths requested so far (with query), in order. */
  readonly requests: string[];
  /** Extra routes answered before files, e.g. an API. */
  route(prefix: string, handler: (req: IncomingMessage, res: ServerResponse, url: URL) => void): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 serving a directory, for download tests. */
export async function startFileServer(root: string): Promise<FileServer> {
  const routes: [string, (req: IncomingMessage, res: ServerResponse, url: URL) => void][] = [];
  const state: FileServer = {
    baseUrl: '',
    mode: { kind: 'ok' },
    requests: [],
    route(prefix, handler) {
      routes.push([prefix, handler]);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push(url.pathname + url.search);
    for (const [prefix, handler] of routes) if (url.pathname.startsWith(prefix)) return handler(req, res, url);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    const mode = state.mode;
    if (mode.kind === 'ok') res.end(body);
    else if (mode.kind === 'break-half') {
      res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
    } else {
      let offset = 0;
      const next = () => {
        if (offset >= body.length) return void res.end();
        res.write(body.subarray(offset, offset + 65536));
        offset += 65536;
        setTimeout(next, mode.pauseMs);
      };
      next();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { baseUrl: string }).baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
