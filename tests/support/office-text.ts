import JSZip from 'jszip';

/** Every XML part's text content of an Office file (under `partPrefix`), markup removed and entities decoded. */
export async function officeText(data: Buffer, partPrefix: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((name) => name.startsWith(partPrefix) && name.endsWith('.xml'));
  const xml = (await Promise.all(parts.sort().map((p) => zip.file(p)!.async('string')))).join('\n');
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
