import type { Response } from 'restify';

export function sendJson(res: Response, status: number, body: unknown): void {
  sendJsonBytes(res, status, Buffer.from(JSON.stringify(body), 'utf8'));
}

/** A body serialized beforehand (see shared-json.ts). */
export function sendJsonBytes(res: Response, status: number, data: Buffer): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

export function sendFile(res: Response, file: { contentType: string; filename: string; data: Buffer }): void {
  res.writeHead(200, { ...attachmentHeaders(file), 'Content-Length': file.data.length });
  res.end(file.data);
}

/**
 * Streams a file as its chunks come (no Content-Length), waiting for the socket to drain, so a
 * large export holds one chunk at a time. A failure after the first chunk ends the response.
 */
export async function streamFile(
  res: Response,
  file: { contentType: string; filename: string },
  chunks: AsyncIterable<Buffer>,
): Promise<void> {
  let started = false;
  for await (const chunk of chunks) {
    if (!started) {
      res.writeHead(200, attachmentHeaders(file));
      started = true;
    }
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  if (!started) res.writeHead(200, attachmentHeaders(file));
  res.end();
}

/** The socket took the buffered data, or the client went away. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function attachmentHeaders(file: { contentType: string; filename: string }): Record<string, string> {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'Cache-Control': 'no-store',
  };
}
