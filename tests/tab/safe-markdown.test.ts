import { escapeHtml, isSafeUrl, safeMarkdownToHtml } from '../../tab/src/cards/safe-markdown';

describe('the card preview Markdown processor keeps user text inert', () => {
  it('escapes HTML', () => {
    expect(safeMarkdownToHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('never turns javascript: or data: links live', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:x',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      const html = safeMarkdownToHtml(`[klik](${href})`);
      expect(html).not.toContain('<a');
      expect(html).toContain('klik');
    }
  });

  it('keeps http(s) and mailto links, bold, italics and line breaks', () => {
    expect(safeMarkdownToHtml('[Samskab](https://example.org/a?b=1&c=2)')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">Samskab</a>',
    );
    expect(safeMarkdownToHtml('**fed** og _kursiv_\nny linje')).toBe(
      '<strong>fed</strong> og <em>kursiv</em><br>ny linje',
    );
    expect(isSafeUrl('mailto:a@b.dk')).toBe(true);
  });

  it('cannot break out of the href attribute', () => {
    const html = safeMarkdownToHtml('[x](https://a.dk/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });
});
