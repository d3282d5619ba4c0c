/**
 * Makes user text safe to place in an Office XML document: the renderers escape markup
 * (`<`, `&`, quotes), but characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) would make the file unreadable, so they are removed here.
 */
/* eslint-disable no-control-regex -- removing control characters is the point */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** A file-name-safe slug: Danish letters folded ("Børn og Unge" -> "boern-og-unge"). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'samskab'
  );
}
