import { createHash } from 'node:crypto';
import { format, INTL_TAG, localize } from '../../core/i18n';
import type { Locale, Localized } from '../../core/model';
import { VOICE_LIMITS, voiceMessages, type VoiceMessageKey, type VoiceRound } from '../../core/voices';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const t = (locale: Locale, key: VoiceMessageKey, params: Record<string, string | number> = {}) =>
  escapeHtml(format(voiceMessages[key][locale], params, locale));

/** Mobile first; contrast ≥ 4.5:1 for text, visible focus, 44 px touch targets, works at 200 % zoom. */
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f7f7f5}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
.question{font-size:1.125rem;font-weight:600;background:#fff;border-left:4px solid #1f5c99;padding:.75rem 1rem;margin:0 0 1rem}
fieldset{border:0;padding:0;margin:0 0 1rem}
legend,label.text{font-weight:600;display:block;margin-bottom:.5rem}
.choice{display:flex;align-items:center;gap:.5rem;min-height:44px}
.choice input{width:1.25rem;height:1.25rem;margin:0}
textarea{width:100%;min-height:10rem;font:inherit;padding:.5rem;border:2px solid #595959;border-radius:4px;background:#fff;color:#1b1b1b}
.hint{color:#454545;font-size:.9375rem;margin:.25rem 0 1rem}
button,.button{display:inline-block;min-height:44px;padding:.625rem 1.25rem;font:inherit;font-weight:600;color:#fff;background:#1f5c99;border:0;border-radius:4px;text-decoration:none;cursor:pointer}
a{color:#1f5c99}
:focus-visible{outline:3px solid #b3541e;outline-offset:2px}
.error{border:2px solid #a4262c;background:#fde7e9;color:#1b1b1b;padding:.75rem 1rem;margin:0 0 1rem}
.lang{text-align:right;margin:0}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer{color:#454545;font-size:.875rem;margin-top:2rem}
@media (prefers-color-scheme:dark){body{background:#1b1b1b;color:#f0f0f0}.question,textarea{background:#262626;color:#f0f0f0}
.hint,footer{color:#c8c8c8}.error{background:#442726;color:#f0f0f0;border-color:#f1707b}a{color:#8ab4f8}textarea{border-color:#a0a0a0}}
`;

/** The stylesheet's hash, for a Content-Security-Policy that allows this style and nothing else. */
const CSS_HASH = createHash('sha256').update(CSS).digest('base64');

export const PUBLIC_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${CSS_HASH}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface PageFrame {
  locale: Locale;
  title: string;
  /** The page's own path, for the other-language link. */
  path: string;
  body: string;
}

function page({ locale, title, path, body }: PageFrame): string {
  const other: Locale = locale === 'da' ? 'en' : 'da';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<p class="lang"><a href="${escapeHtml(path)}?lang=${other}" lang="${other}" hreflang="${other}">${t(locale, 'page.otherLanguage')}</a></p>
${body}
<footer><p>${t(locale, 'footer.app')}</p></footer>
</main>
</body>
</html>
`;
}

export interface RoundPageContext {
  round: Pick<VoiceRound, 'code' | 'question' | 'groups' | 'closesAt'>;
  forumName: Localized;
  departmentName: Localized;
  timeZone: string;
}

export interface FormState {
  groupId?: string;
  text?: string;
  /** The refusal to show above the form. */
  error?: { key: VoiceMessageKey; params?: Record<string, string | number> };
}

function closingDate(closesAt: string, timeZone: string, locale: Locale): string {
  // The round closes at the start of the day after its last day: show that last day.
  const lastMoment = new Date(Date.parse(closesAt) - 1);
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone }).format(lastMoment);
}

/** The question, the form and what is stored. */
export function roundPage(ctx: RoundPageContext, locale: Locale, state: FormState = {}): string {
  const department = localize(ctx.departmentName, locale);
  const forum = localize(ctx.forumName, locale);
  const path = `/stemmer/${ctx.round.code}`;
  const error = state.error
    ? `<div class="error" role="alert" id="form-error"><h2>${t(locale, 'error.heading')}</h2><p>${t(locale, state.error.key, state.error.params)}</p></div>`
    : '';
  const describedBy = state.error ? ' aria-describedby="form-error"' : '';
  const groups = ctx.round.groups
    .map((g, i) => {
      const checked = state.groupId === g.id ? ' checked' : '';
      return `<div class="choice"><input type="radio" name="group" id="group-${i}" value="${escapeHtml(g.id)}" required${checked}><label for="group-${i}">${escapeHtml(localize(g.label, locale))}</label></div>`;
    })
    .join('\n');
  const body = `
<h1>${t(locale, 'page.title', { department })}</h1>
<p>${t(locale, 'page.lead', { department, forum })}</p>
<p class="question" id="question">${escapeHtml(localize(ctx.round.question, locale))}</p>
<p>${t(locale, 'page.closes', { date: closingDate(ctx.round.closesAt, ctx.timeZone, locale) })}</p>
${error}
<form method="post" action="${escapeHtml(path)}?lang=${locale}" accept-charset="utf-8"${describedBy}>
<fieldset>
<legend>${t(locale, 'form.group')}</legend>
${groups}
</fieldset>
<label class="text" for="text">${t(locale, 'form.text')}</label>
<textarea id="text" name="text" maxlength="${VOICE_LIMITS.textMax}" required aria-describedby="question text-hint">${escapeHtml(state.text ?? '')}</textarea>
<p class="hint" id="text-hint">${t(locale, 'form.textHint', { max: VOICE_LIMITS.textMax })}</p>
<div class="trap" aria-hidden="true"><label for="website">${t(locale, 'form.honeypot')}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t(locale, 'form.submit')}</button>
</form>
<h2>${t(locale, 'privacy.heading')}</h2>
<p>${t(locale, 'privacy.stored')}</p>
<p>${t(locale, 'privacy.limits')}</p>
<p>${t(locale, 'privacy.moderation')}</p>`;
  return page({ locale, title: t(locale, 'page.title', { department }), path, body });
}

export function thanksPage(ctx: RoundPageContext, locale: Locale): string {
  const path = `/stemmer/${ctx.round.code}`;
  const body = `
<h1>${t(locale, 'thanks.heading')}</h1>
<p role="status">${t(locale, 'thanks.body')}</p>
<p><a class="button" href="${escapeHtml(path)}?lang=${locale}">${t(locale, 'thanks.again')}</a></p>`;
  return page({ locale, title: t(locale, 'thanks.heading'), path, body });
}

/** Closed, revoked, unknown or full: a heading and a sentence. */
export function noticePage(
  locale: Locale,
  path: string,
  titleKey: VoiceMessageKey,
  bodyKey: VoiceMessageKey,
): string {
  const body = `
<h1>${t(locale, titleKey)}</h1>
<p>${t(locale, bodyKey)}</p>`;
  return page({ locale, title: t(locale, titleKey), path, body });
}
