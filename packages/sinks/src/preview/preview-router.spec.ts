// Table-driven tests of the preview's routing: request target grammar, Host allowlist (DNS
// rebinding), methods and paths; one row per case, including the request lines of issue 17.
import { describe, expect, it } from 'vitest';
import { hostAllowlist, hostName } from './host-allowlist.js';
import { routePreviewRequest, type PreviewRoute } from './preview-router.js';
import { parseRequestTarget } from './request-target.js';

const loopbackOnly = hostAllowlist('127.0.0.1');
const H = '127.0.0.1:8080';

describe('routePreviewRequest', () => {
  const rows: Array<[method: string | undefined, url: string | undefined, host: string | undefined, expected: PreviewRoute['kind'] | number]> = [
    ['GET', '/', H, 'page'],
    ['HEAD', '/', H, 'page'],
    ['GET', '/?x=1&y=%20', H, 'page'],
    ['GET', '/api/state', H, 'state'],
    ['GET', '/stream/0.mjpg', H, 'stream'],
    ['GET', '/stream/12.mjpg?t=1', H, 'stream'],
    ['GET', '/snapshot/3.jpg', H, 'snapshot'],
    // issue 17.1: `new URL()` threw on these and the process died
    ['GET', '//[', H, 400],
    ['GET', '/[', H, 400],
    ['GET', '/a b', H, 400],
    ['GET', '/%', H, 400],
    ['GET', '/%zz', H, 400],
    ['GET', '/#frag', H, 400],
    ['GET', 'http://127.0.0.1/', H, 400],
    ['GET', '*', H, 400],
    ['GET', '', H, 400],
    ['GET', undefined, H, 400],
    ['GET', '/\u00e9', H, 400],
    ['GET', '/?q=<script>', H, 400],
    ['GET', `/${'a'.repeat(3000)}`, H, 400],
    ['GET', '//', H, 404],
    ['GET', '/stream/x.mjpg', H, 404],
    ['GET', '/stream/-1.mjpg', H, 404],
    ['GET', '/stream/1e3.mjpg', H, 404],
    ['GET', `/stream/${'9'.repeat(16)}.mjpg`, H, 404],
    ['GET', '/stream/%31.mjpg', H, 404],
    ['GET', '/api/state/', H, 404],
    ['GET', '/../etc/passwd', H, 404],
    // methods
    ['POST', '/', H, 405],
    ['DELETE', '/api/state', H, 405],
    ['OPTIONS', '/', H, 405],
    [undefined, '/', H, 405],
    // issue 17.5: Host names
    ['GET', '/', 'localhost:8080', 'page'],
    ['GET', '/', 'LOCALHOST', 'page'],
    ['GET', '/', 'localhost.', 'page'],
    ['GET', '/', 'preview.localhost:1', 'page'],
    ['GET', '/', '127.8.9.10', 'page'],
    ['GET', '/', '[::1]:8080', 'page'],
    ['GET', '/', 'evil.example:8080', 403],
    ['GET', '/', 'localhost.evil.example', 403],
    ['GET', '/', '127.0.0.1.evil.example', 403],
    ['GET', '/', '127.0.0.256', 403],
    ['GET', '/', '192.168.1.5:8080', 403],
    ['GET', '/', '[::2]', 403],
    ['GET', '/', 'localhost:8080:80', 403],
    ['GET', '/', 'user@localhost', 403],
    ['GET', '/', 'local host', 403],
    ['GET', '//[', 'evil.example', 403],
    ['GET', '/', '', 400],
    ['GET', '/', undefined, 400],
  ];
  it.each(rows)('%s %j Host %j → %s', (method, url, host, expected) => {
    const route = routePreviewRequest({ method, url, host }, loopbackOnly);
    if (typeof expected === 'number') expect(route).toMatchObject({ kind: 'refused', status: expected });
    else expect(route.kind).toBe(expected);
  });

  it('gives the source id of streams and snapshots', () => {
    expect(routePreviewRequest({ method: 'GET', url: '/stream/42.mjpg', host: H }, loopbackOnly)).toEqual({ kind: 'stream', sourceId: 42 });
    expect(routePreviewRequest({ method: 'GET', url: '/snapshot/007.jpg', host: H }, loopbackOnly)).toEqual({ kind: 'snapshot', sourceId: 7 });
  });
});

describe('hostAllowlist', () => {
  it('answers to the configured host and the listed names, and not to other names', () => {
    const lan = hostAllowlist('0.0.0.0', ['192.168.1.5', 'camera-box.lan']);
    expect(lan('192.168.1.5:8080')).toBe(true);
    expect(lan('Camera-Box.lan')).toBe(true);
    expect(lan('localhost')).toBe(true);
    expect(lan('0.0.0.0')).toBe(false); // a wildcard listen address is no name
    expect(lan('evil.example')).toBe(false);
    const v6 = hostAllowlist('fe80::1');
    expect(v6('[fe80::1]:80')).toBe(true);
    expect(v6('[fe80::2]:80')).toBe(false);
  });

  it('reads the name of a Host header, or null if malformed', () => {
    expect(hostName('Example.COM:80')).toBe('example.com');
    expect(hostName('[::1]:8080')).toBe('[::1]');
    expect(hostName('a b')).toBeNull();
    expect(hostName(':80')).toBeNull();
  });
});

describe('parseRequestTarget', () => {
  it('splits path and query', () => {
    expect(parseRequestTarget('/api/state?x=1?y')).toEqual({ ok: true, path: '/api/state', query: 'x=1?y' });
    expect(parseRequestTarget('//[')).toMatchObject({ ok: false, reason: expect.stringContaining('RFC 3986') });
  });
});
