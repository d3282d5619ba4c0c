/**
 * A deliberately small Markdown subset for Adaptive Cards in the tab: **bold**, _italic_ / *italic*,
 * [text](url) links and line breaks. Everything is HTML-escaped first, so user text stays inert;
 * links are kept only for http(s) and mailto URLs — `javascript:`, `data:` and the like become
 * plain text.
 */
export function safeMarkdownToHtml(text: string): string {
  const escaped = escapeHtml(text);
  const linked = escaped.replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, (_whole, label: string, href: string) => {
    const url = decodeEntities(href);
    if (!isSafeUrl(url)) return label;
    return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
  });
  return linked
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
    .replace(/\r?\n/g, '<br>');
}

export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  // Strip characters browsers ignore inside a scheme ("java\tscript:").
  const compact = [...trimmed]
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .toLowerCase();
  return /^(https?:\/\/|mailto:)/.test(compact) && /^(https?:\/\/|mailto:)/i.test(trimmed);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
