import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TabSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The JavaScript the tab loads before it can render: the module scripts and modulepreload
 * links of tab/dist/index.html (not lazily imported chunks), gzipped at level 9.
 * null when the tab has not been built.
 */
export function initialTabJs(distDir: string): TabSize | null {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.m?js)"[^>]*>/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"[^>]*>/g)) refs.add(m[1]!);
  const files = [...refs].map((ref) => {
    const relative = ref.replace(/^\/?tab\//, '').replace(/^\.?\//, '');
    const data = readFileSync(path.join(distDir, relative));
    return { file: relative, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}
