// The worker's HTTP endpoint: Prometheus text at /metrics, liveness at /healthz.
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `/metrics` from `registry` and `/healthz` (200 `ok` while `healthy()` says so, else 503
 * with the reason). Binds `host` (default 0.0.0.0: Prometheus usually scrapes from elsewhere).
 */
export function startMetricsServer(
  port: number,
  registry: Registry,
  healthy: () => string | null,
  host = '0.0.0.0',
): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': registry.contentType });
          response.end(text);
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`metrics failed: ${error.message}\n`);
        },
      );
    } else if (path === '/healthz') {
      const problem = healthy();
      response.writeHead(problem === null ? 200 : 503, { 'content-type': 'text/plain' });
      response.end(problem === null ? 'ok\n' : `${problem}\n`);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found: try /metrics or /healthz\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
