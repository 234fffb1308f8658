import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * A tiny static server for the docs site (`npm run docs:serve`, and the end-to-end tests): on
 * 127.0.0.1 only, GET and HEAD only, nothing outside the site directory, and the site's
 * Content-Security-Policy as a header on every response.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** A running server. */
export interface SiteServer {
  /** The site's root URL, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Maps a request path to a file of the site, or undefined when it is not one. */
export function resolveRequest(root: string, pathname: string): { file: string } | { redirect: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${decoded}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    // Relative links on an index page resolve from the directory, so it needs its slash.
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(file, 'index.html');
    return existsSync(index) ? { file: index } : undefined;
  }
  return { file };
}

/** Serves a directory on 127.0.0.1 (port 0: any free port). */
export function serveSite(root: string, port = 0): Promise<SiteServer> {
  const server: Server = createServer((request, response) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    const fail = (status: number, text: string) => {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return fail(405, 'method not allowed');
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found = resolveRequest(root, pathname);
    if (!found) return fail(404, 'not found');
    if ('redirect' in found) {
      response.writeHead(301, { ...headers, Location: found.redirect });
      return response.end();
    }
    response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': statSync(found.file).size });
    if (request.method === 'HEAD') return response.end();
    createReadStream(found.file).on('error', () => response.destroy()).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', '_site');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('docs/_site is empty: run `npm run docs` first');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 0);
  serveSite(root, Number.isInteger(port) ? port : 0).then((server) => {
    console.log(`docs site: ${server.url} (playground: ${server.url}playground/) — Ctrl+C to stop`);
  });
}
