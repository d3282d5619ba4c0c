import QRCode from 'qrcode';
import type { Server } from 'restify';
import {
  API,
  VOICE_PAGE_SIZE,
  type DepartmentVoicesResponse,
  type VoicePageResponse,
  type VoiceResponse,
  type VoiceRoundResponse,
} from '../../../core/api';
import type { Department, Forum } from '../../../core/model';
import * as rules from '../../authz/rules';
import type { StoredVoiceRound } from '../../store/voices/voice-store';
import { loadVoiceSection } from '../../voices/voice-section';
import { openVoiceRound, roundView, updateVoiceRound, voiceLink } from '../../voices/voice-rounds';
import { membershipIn } from '../http/access';
import { apiError, forbidden } from '../http/api-error';
import { recordAudit } from '../http/audit-trail';
import { loadDepartment } from '../http/loaders';
import { routeRegistrar, type ApiRuntime, type AuthedCtx } from '../http/route';

/** The caller's rights on the department's voices (bot/authz/rules.ts), or 403. */
function rightsOf(ctx: AuthedCtx, forum: Forum, department: Department) {
  const member = membershipIn(ctx.caller, forum.id);
  const rights = rules.voiceRights(member, forum, department.id);
  if (!rights) throw forbidden();
  return { member, rights };
}

/**
 * Voices from outside the forum, for the tab: the department's rounds and its "Stemmer" section,
 * opening, changing and revoking rounds (the department's chefs and the organizers), the QR code
 * of a round's link, and moderation (the department's chefs). Every change is audited and
 * published on the change feed (topic 'voice').
 */
export function registerVoiceRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, voices, clock, ids, changes, config } = rt.deps;
  const publish = (round: { forumId: string; departmentId: string }) =>
    changes.publish({ forumId: round.forumId, departmentId: round.departmentId, topic: 'voice' });

  const loadRound = async (ctx: AuthedCtx<{ readonly roundId: string }, object, unknown>) => {
    const round = await voices.getRound(ctx.params.roundId);
    if (!round) throw apiError(404, 'not_found', 'error.voiceRoundNotFound');
    const { forum, department } = await loadDepartment(store, round.departmentId);
    return { round, forum, department, ...rightsOf(ctx, forum, department) };
  };
  const managed = (round: StoredVoiceRound): VoiceRoundResponse => ({
    round: roundView(round, clock.now(), { publicUrl: config.publicUrl }),
  });

  register(API.departmentVoices, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    const { rights } = rightsOf(ctx, forum, department);
    const rounds = await voices.listRounds(department.id);
    const now = clock.now();
    const body: DepartmentVoicesResponse = {
      rounds: rounds.map((r) => roundView(r, now, rights.manage ? { publicUrl: config.publicUrl } : null)),
      summary: await loadVoiceSection(voices, department.id, rights, { rounds }),
      may: { manage: rights.manage, moderate: rights.moderate },
    };
    return { json: body };
  });

  register(API.openVoiceRound, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    const { member, rights } = rightsOf(ctx, forum, department);
    if (!rights.manage) throw forbidden();
    const input = ctx.body;
    const round = await openVoiceRound({ voices, clock, ids }, forum, department, member.id, input);
    await recordAudit(
      ctx,
      forum.id,
      'voices.round.open',
      { kind: 'voiceRound', id: round.id },
      {
        departmentId: department.id,
        closesAt: round.closesAt,
        groups: round.groups.map((g) => g.id),
      },
    );
    await publish(round);
    return { status: 201, json: managed(round) };
  });

  register(API.updateVoiceRound, async (ctx) => {
    const { round, forum, rights } = await loadRound(ctx);
    if (!rights.manage) throw forbidden();
    const input = ctx.body;
    const updated = await updateVoiceRound({ voices, clock, ids }, forum, round, input);
    await recordAudit(
      ctx,
      forum.id,
      'voices.round.update',
      { kind: 'voiceRound', id: round.id },
      {
        departmentId: round.departmentId,
        changed: Object.keys(input).sort(),
      },
    );
    await publish(updated);
    return { json: managed(updated) };
  });

  register(API.revokeVoiceRound, async (ctx) => {
    const { round, forum, rights } = await loadRound(ctx);
    if (!rights.manage) throw forbidden();
    const revoked = await voices.revokeRound(round.id, clock.now().toISOString());
    if (!revoked) throw apiError(404, 'not_found', 'error.voiceRoundNotFound');
    if (round.revokedAt === null) {
      await recordAudit(
        ctx,
        forum.id,
        'voices.round.revoke',
        { kind: 'voiceRound', id: round.id },
        {
          departmentId: round.departmentId,
        },
      );
      await publish(revoked);
    }
    return { json: managed(revoked) };
  });

  register(API.voiceRoundQr, async (ctx) => {
    const { round, rights } = await loadRound(ctx);
    if (!rights.manage) throw forbidden();
    const svg = await QRCode.toString(voiceLink(config.publicUrl, round.code), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' },
    });
    return {
      file: {
        contentType: 'image/svg+xml',
        filename: `stemmer-qr-${round.id}.svg`,
        data: Buffer.from(svg, 'utf8'),
      },
    };
  });

  register(API.voicesToModerate, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    const { rights } = rightsOf(ctx, forum, department);
    if (!rights.moderate) throw forbidden();
    const query = ctx.query;
    const offset = query.offset ?? 0;
    const page = await voices.listVoices({
      departmentId: department.id,
      state: query.state,
      limit: VOICE_PAGE_SIZE,
      offset,
    });
    const body: VoicePageResponse = { ...page, offset, pageSize: VOICE_PAGE_SIZE };
    return { json: body };
  });

  register(API.moderateVoice, async (ctx) => {
    const voice = await voices.getVoice(ctx.params.voiceId);
    if (!voice) throw apiError(404, 'not_found', 'error.voiceNotFound');
    const { forum, department } = await loadDepartment(store, voice.departmentId);
    const { rights } = rightsOf(ctx, forum, department);
    if (!rights.moderate) throw forbidden();
    const { state } = ctx.body;
    const moderated = await voices.moderateVoice(voice.id, state, clock.now().toISOString());
    if (!moderated) throw apiError(404, 'not_found', 'error.voiceNotFound');
    if (voice.state !== state) {
      await recordAudit(
        ctx,
        forum.id,
        state === 'shown' ? 'voices.voice.show' : 'voices.voice.hide',
        { kind: 'voice', id: voice.id },
        { departmentId: voice.departmentId, roundId: voice.roundId, from: voice.state },
      );
      await publish(voice);
    }
    const body: VoiceResponse = { voice: moderated };
    return { json: body };
  });
}
