import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Who may frame the tab: the Teams, Microsoft 365 and Outlook hosts Microsoft lists in "Tab
 * requirements" (incl. the new *.cloud.microsoft), and localhost (Agents Playground, dev).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://outlook.office365.com',
  'http://localhost:*',
  'https://localhost:*',
  'http://127.0.0.1:*',
];

export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI v9 (Griffel) inserts <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * Serves the tab's static build under /tab/ (client routes fall back to index.html) and
 * redirects / to /tab/. Hashed files under /tab/assets/ are cached for a year; index.html is
 * revalidated every time. Precompressed copies go to clients that accept them (sendFile).
 * Without a build, a page says how to make one.
 */
export function registerTabStatic(server: Server, distDir: string): void {
  const root = path.resolve(distDir);
  // restify wants async functions for two-argument handlers.
  const redirect = async (_req: Request, res: Response) => {
    res.writeHead(302, { Location: '/tab/' });
    res.end();
  };
  server.get('/', redirect);
  server.get('/tab', redirect);
  server.get('/tab/*', async (req: Request, res: Response) => {
    serve(root, req, res);
  });
}

function serve(root: string, req: Request, res: Response): void {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return notBuilt(res);
  let relative: string;
  try {
    relative = decodeURIComponent(req.path().replace(/^\/tab\/?/, ''));
  } catch {
    return notFound(res);
  }
  if (relative.includes('\0')) return notFound(res);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
  if (relative && isFile(file)) return sendFile(req, res, file, relative);
  // A missing asset is a 404; anything else is a client route of the single-page app.
  if (path.extname(relative)) return notFound(res);
  return sendFile(req, res, index, 'index.html');
}

function isFile(file: string): boolean {
  return fileSize(file) !== undefined;
}

function fileSize(file: string): number | undefined {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a file of the build, or its precompressed copy (`.br`, `.gz`, made by the tab's build)
 * when the client accepts that encoding. Files under assets/ carry a content hash in their
 * name and are cached for good; HTML is revalidated every time (ETag, 304).
 */
function sendFile(req: Request, res: Response, file: string, relative: string): void {
  const ext = path.extname(file).toLowerCase();
  const html = ext === '.html';
  const variant = compressedVariant(file, acceptedEncodings(req.headers['accept-encoding']));
  const sent = variant?.file ?? file;
  const headers: Record<string, string | number> = {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Cache-Control': html
      ? 'no-cache'
      : relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600',
    'X-Content-Type-Options': 'nosniff',
  };
  if (variant?.encoding) headers['Content-Encoding'] = variant.encoding;
  if (variant) headers['Vary'] = 'Accept-Encoding';
  if (html) {
    headers['Content-Security-Policy'] = TAB_CSP;
    const etag = entityTag(sent, variant?.encoding);
    headers['ETag'] = etag;
    if (matchesEntityTag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }
  headers['Content-Length'] = variant?.size ?? statSync(file).size;
  res.writeHead(200, headers);
  createReadStream(sent).pipe(res);
}

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The file to send for the encodings the client accepts (best first), or undefined when the
 * build has no compressed copy of it. With copies but none accepted: the file itself (encoding
 * undefined), still marked as varying by Accept-Encoding.
 */
function compressedVariant(
  file: string,
  accepted: Encoding[],
): { file: string; encoding?: Encoding; size: number } | undefined {
  let hasCopies = false;
  for (const encoding of ['br', 'gzip'] as const) {
    const size = fileSize(file + SUFFIX[encoding]);
    if (size === undefined) continue;
    if (accepted.includes(encoding)) return { file: file + SUFFIX[encoding], encoding, size };
    hasCopies = true;
  }
  return hasCopies ? { file, size: statSync(file).size } : undefined;
}

/** br and gzip as Accept-Encoding allows them (q > 0, by name or `*`), br first. */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((encoding) => (weights.get(encoding) ?? wildcard) > 0);
}

/** A strong validator per file content and encoding, computed once per file version. */
const entityTags = new Map<string, { mtimeMs: number; size: number; tag: string }>();

function entityTag(file: string, encoding: Encoding | undefined): string {
  const stats = statSync(file);
  const known = entityTags.get(file);
  if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known.tag;
  const digest = createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 22);
  const tag = `"${digest}${encoding ? `-${encoding}` : ''}"`;
  entityTags.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, tag });
  return tag;
}

function matchesEntityTag(header: string | string[] | undefined, tag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  return value
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === tag || candidate === '*');
}

function notFound(res: Response): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

/** A fixed page (no user input in it). */
function notBuilt(res: Response): void {
  const body = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Samskab</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Samskab</h1>
<p>Fanen er ikke bygget endnu. Kør <code>npm run build:tab</code> og genindlæs siden.</p>
<p lang="en">The tab has not been built yet. Run <code>npm run build:tab</code> and reload the page.</p>
</body></html>`;
  res.writeHead(503, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': TAB_CSP,
  });
  res.end(body);
}
