import type { HttpClient, RoutePath } from '../api/http-client';

/** Fetches a file with the bearer token and hands it to the browser as a download. */
export async function downloadFile(http: HttpClient, path: RoutePath, fallbackName: string): Promise<void> {
  const { blob, fileName } = await http.blob(path);
  saveBlob(blob, fileName ?? fallbackName);
}

/** Hands a file made in the browser (or fetched) to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
