import type { Request } from 'restify';
import type { Locale } from '../../../core/model';

/**
 * The request's language: `?locale=` if given, else the first supported language of
 * Accept-Language by quality ("en-GB,da;q=0.8" -> en), else Danish.
 */
export function requestLocale(req: Request): Locale {
  const query = (req.query as Record<string, unknown> | undefined)?.locale;
  if (query === 'da' || query === 'en') return query;
  const header = req.header('accept-language') ?? '';
  const tags = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((t) => t.lang === 'da' || t.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (tags[0]?.lang as Locale | undefined) ?? 'da';
}
