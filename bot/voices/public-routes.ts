import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { resolveLocale } from '../../core/i18n';
import type { Clock, IdGenerator, Locale } from '../../core/model';
import {
  checkVoiceForm,
  isVoiceLinkCode,
  VOICE_LIMITS,
  voiceRoundStatus,
  type VoiceForm,
  type VoiceMessageKey,
} from '../../core/voices';
import { apiError } from '../api/http/api-error';
import { requestLocale } from '../api/http/locale';
import { sendError } from '../http/errors';
import type { Keyring } from '../keys/keyring';
import type { ChangeFeed, Store } from '../store/store';
import type { StoredVoiceRound, VoiceStore } from '../store/voices/voice-store';
import { noticePage, PUBLIC_PAGE_CSP, roundPage, thanksPage, type RoundPageContext } from './public-page';
import { hashedSource, requestSource } from './source-hash';

/** Rate limits of the public link, shared by every instance (store clock). */
export interface VoiceRateLimits {
  perLink: { max: number; windowMs: number };
  perSource: { max: number; windowMs: number };
}

export const VOICE_RATE_WINDOW_MS = 10 * 60_000;

/**
 * The limits per 10 minutes (config VOICE_LIMIT_PER_LINK, default 300: a hall full of people
 * scanning a poster; VOICE_LIMIT_PER_SOURCE, default 30: a workplace behind one address, not one robot).
 */
export function voiceRateLimits(perLink: number, perSource: number): VoiceRateLimits {
  return {
    perLink: { max: perLink, windowMs: VOICE_RATE_WINDOW_MS },
    perSource: { max: perSource, windowMs: VOICE_RATE_WINDOW_MS },
  };
}

/** A form body bigger than this is refused (413) before it is looked at: a voice is at most 1000 characters. */
export const VOICE_FORM_MAX_BYTES = 16 * 1024;

export interface PublicVoiceDeps {
  store: Store;
  voices: VoiceStore;
  changes: ChangeFeed;
  keys: Keyring;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
  limits: VoiceRateLimits;
}

/** `?lang=da|en` first, then Accept-Language; Danish by default. */
function pageLocale(req: Request): Locale {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  return typeof lang === 'string' && (lang === 'da' || lang === 'en')
    ? resolveLocale(lang)
    : requestLocale(req);
}

function sendHtml(res: Response, status: number, html: string, headers: Record<string, string> = {}): void {
  const data = Buffer.from(html, 'utf8');
  // sendRaw (not writeHead): restify then knows the answer is sent, also from an error listener.
  res.sendRaw(status, data, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PUBLIC_PAGE_CSP,
    'X-Frame-Options': 'DENY',
    ...headers,
  });
}

/**
 * The public voices page `/stemmer/<code>`, outside Teams and without sign-in: server-rendered
 * HTML and a plain form POST (no JavaScript), Danish first. Unknown code: 404; closed, revoked or
 * full: 410. A stored voice answers 303 to the thanks page (a reload does not send it again).
 */
export function registerPublicVoiceRoutes(server: Server, deps: PublicVoiceDeps): void {
  const { limits } = deps;

  /** The round of a known code and its page context, or null (404 page sent). */
  async function loadRound(
    req: Request,
    res: Response,
    locale: Locale,
  ): Promise<{ round: StoredVoiceRound; ctx: RoundPageContext } | null> {
    const code = String(req.params?.code ?? '').toLowerCase();
    const round = isVoiceLinkCode(code) ? await deps.voices.findRoundByCode(code) : undefined;
    const [forum, department] = round
      ? await Promise.all([deps.store.getForum(round.forumId), deps.store.getDepartment(round.departmentId)])
      : [];
    if (!round || !forum || !department) {
      sendHtml(res, 404, noticePage(locale, '/stemmer/', 'unknown.title', 'unknown.body'));
      return null;
    }
    return {
      round,
      ctx: { round, forumName: forum.name, departmentName: department.name, timeZone: forum.timeZone },
    };
  }

  /** Sends the 410 page if the round takes no voices now; true if it did. */
  function refusedAsClosed(res: Response, round: StoredVoiceRound, locale: Locale): boolean {
    const status = voiceRoundStatus(round, deps.clock.now());
    if (status === 'open') return false;
    const path = `/stemmer/${round.code}`;
    sendHtml(
      res,
      410,
      noticePage(locale, path, 'closed.title', status === 'revoked' ? 'revoked.body' : 'closed.body'),
    );
    return true;
  }

  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        deps.log.error(
          { requestId: req.id(), err: { message: (error as Error)?.message } },
          'voices: page failed',
        );
        if (!res.headersSent) {
          sendHtml(res, 503, noticePage(pageLocale(req), '/stemmer/', 'error.heading', 'unavailable.body'));
        }
      }
    };

  // A body over the server's limit (BODY_LIMIT_BYTES) is refused by the body parser before the
  // route runs: the page's form gets the page's own 413 in its language, a JSON client the API's.
  const onTooLarge = (req: Request, res: Response, _error: unknown, done: () => void) => {
    const path = req.path();
    if (!res.headersSent && req.method === 'POST' && path.startsWith('/stemmer/') && !wantsJson(req)) {
      const code = path.slice('/stemmer/'.length).toLowerCase();
      const back = isVoiceLinkCode(code) ? `/stemmer/${code}` : '/stemmer/';
      sendHtml(res, 413, noticePage(pageLocale(req), back, 'error.heading', 'refuse.tooLarge'));
    }
    return done();
  };
  server.on('PayloadTooLarge', onTooLarge);
  server.on('RequestEntityTooLarge', onTooLarge);

  server.get(
    '/stemmer/:code',
    guarded(async (req, res) => {
      const locale = pageLocale(req);
      const loaded = await loadRound(req, res, locale);
      if (!loaded || refusedAsClosed(res, loaded.round, locale)) return;
      const sent = (req.query as Record<string, unknown> | undefined)?.sent === '1';
      sendHtml(res, 200, sent ? thanksPage(loaded.ctx, locale) : roundPage(loaded.ctx, locale));
    }),
  );

  server.post(
    '/stemmer/:code',
    guarded(async (req, res) => {
      const locale = pageLocale(req);
      const loaded = await loadRound(req, res, locale);
      if (!loaded || refusedAsClosed(res, loaded.round, locale)) return;
      const { round, ctx } = loaded;
      const refuse = (status: number, key: VoiceMessageKey, form: VoiceForm = {}, headers = {}) =>
        sendHtml(
          res,
          status,
          roundPage(ctx, locale, {
            groupId: typeof form.group === 'string' ? form.group : undefined,
            text: typeof form.text === 'string' ? form.text.slice(0, VOICE_LIMITS.textMax * 2) : undefined,
            error: { key, params: { max: VOICE_LIMITS.textMax } },
          }),
          headers,
        );
      if (bodyBytes(req) > VOICE_FORM_MAX_BYTES) {
        return wantsJson(req) ? sendError(req, res, tooLarge(), deps.log) : refuse(413, 'refuse.tooLarge');
      }
      const form = formOf(req.body);
      const checked = checkVoiceForm(form, round);
      if (!checked.ok) return refuse(422, `refuse.${checked.reason}`, form);
      const source = await hashedSource(deps.keys, requestSource(req));
      const outcome = await deps.voices.submitVoice({
        voice: {
          id: deps.ids(),
          roundId: round.id,
          forumId: round.forumId,
          departmentId: round.departmentId,
          groupId: checked.groupId,
          text: checked.text,
          state: 'waiting',
          createdAt: deps.clock.now().toISOString(),
          moderatedAt: null,
        },
        limits: [
          { key: `link:${round.id}`, ...limits.perLink },
          { key: `source:${source}`, ...limits.perSource },
        ],
      });
      if (outcome === 'limited') {
        return refuse(429, 'refuse.limited', form, {
          'Retry-After': String(Math.ceil(limits.perSource.windowMs / 1000)),
        });
      }
      if (outcome === 'full') {
        return sendHtml(
          res,
          410,
          noticePage(locale, `/stemmer/${round.code}`, 'closed.title', 'refuse.full'),
        );
      }
      await deps.changes
        .publish({ forumId: round.forumId, departmentId: round.departmentId, topic: 'voice' })
        .catch((error: unknown) =>
          deps.log.warn(
            { err: { message: (error as Error)?.message } },
            'voices: change notice not published',
          ),
        );
      res.writeHead(303, {
        Location: `/stemmer/${round.code}?sent=1&lang=${locale}`,
        'Cache-Control': 'no-store',
      });
      res.end();
    }),
  );
}

/** A client that sends or asks for JSON rather than the page's form. */
function wantsJson(req: Request): boolean {
  const type = req.header('content-type') ?? '';
  const accept = req.header('accept') ?? '';
  return /json/i.test(type) || (/json/i.test(accept) && !/text\/html/i.test(accept));
}

const tooLarge = () => apiError(413, 'too_large', 'error.tooLarge');

function bodyBytes(req: Request): number {
  const declared = Number(req.header('content-length'));
  if (Number.isFinite(declared) && declared > 0) return declared;
  const raw = (req as Request & { rawBody?: unknown }).rawBody;
  return typeof raw === 'string' ? Buffer.byteLength(raw) : Buffer.isBuffer(raw) ? raw.length : 0;
}

/** The form's fields from whatever the body parser made of the body (a form, JSON, or nothing usable). */
function formOf(body: unknown): VoiceForm {
  if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return {};
  const fields = body as Record<string, unknown>;
  return { group: fields.group, text: fields.text, website: fields.website };
}
