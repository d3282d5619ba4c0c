import { API } from '../../../core/api';
import type { Server } from 'restify';
import { localize } from '../../../core/i18n';
import type { Department, Forum, Locale, Localized } from '../../../core/model';
import type { Slide } from '../../../core/presentation';
import { anonymityOf } from '../../../core/summary';
import { localDateOf } from '../../../core/time/zoned-time';
import * as rules from '../../authz/rules';
import {
  countForumVoices,
  glanceOf,
  loadSharedVoicesGlances,
  loadVoiceSection,
  type VoiceSectionOptions,
} from '../../voices/voice-section';
import { voicesCsv, voicesExportSection, voicesHeading } from '../../voices/voices-export';
import { departmentAccess, requireOverviewAccess } from '../http/access';
import { recordAudit } from '../http/audit-trail';
import { loadDepartment, loadForum } from '../http/loaders';
import { routeRegistrar, type ApiRuntime, type AuthedCtx, type FileResult } from '../http/route';
import { streamFile } from '../http/send';
import { loadDepartmentSummary, loadForumOverview } from '../summary-data';
import { answersCsv } from './answers-csv';
import { loadAnswerExcerpts } from './answer-excerpts';
import { renderDocx } from './docx-render';
import { departmentDoc, forumDoc, type AnswerExcerpts, type ExportDoc } from './export-model';
import { slug } from './plain-text';
import { renderPptx } from './pptx-render';
import { departmentSlides, forumSlides } from './presentation-slides';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const CSV = 'text/csv; charset=utf-8';
/** Shown voices per group in a Word or PowerPoint file; the department's voices CSV has them all. */
const OFFICE_VOICES_PER_GROUP = 200;

/**
 * Exports for the presentation: Word, PowerPoint and CSV of one department (who may read its
 * summary) or of the whole forum (who may read the overview). Language: ?locale=da|en, else
 * Accept-Language. Word and PowerPoint carry the aggregates and, per question, the newest page of
 * answers (saying where the rest are); CSV streams every answer.
 */
export function registerExportRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, clock, voices } = rt.deps;
  const now = () => clock.now();

  /** A department's voices as this reader may see them (the one voices section), or null if none. */
  const voicesFor = async (
    member: rules.Membership,
    forum: Forum,
    departmentId: string,
    options: VoiceSectionOptions,
  ) => {
    const rights = rules.voiceRights(member, forum, departmentId);
    if (!rights) return null;
    const section = await loadVoiceSection(voices, departmentId, rights, options);
    const total = section.total.shown + section.total.waiting + section.total.hidden;
    return total > 0 ? section : null;
  };

  const office = async (
    doc: ExportDoc,
    slides: () => Slide[],
    kind: 'docx' | 'pptx',
    locale: Locale,
    name: string,
  ): Promise<FileResult> => ({
    file:
      kind === 'docx'
        ? { contentType: DOCX, filename: `${name}.docx`, data: await renderDocx(doc) }
        : { contentType: PPTX, filename: `${name}.pptx`, data: await renderPptx(doc, slides(), locale) },
  });

  const ROUTES = {
    docx: { department: API.departmentDocx, forum: API.forumDocx },
    pptx: { department: API.departmentPptx, forum: API.forumPptx },
  };
  for (const kind of ['docx', 'pptx'] as const) {
    register(ROUTES[kind].department, async (ctx) => {
      const { caller, params, locale } = ctx;
      const { forum, department } = await loadDepartment(store, params.departmentId);
      const { member } = departmentAccess(caller, forum, department);
      const data = await loadDepartmentSummary(store, clock, forum, department, rt.rosters);
      const excerpts = await loadAnswerExcerpts(
        store,
        forum.id,
        department.id,
        data.summary,
        anonymityOf(forum),
      );
      const name = `samskab-${slug(localize(department.name, locale))}-${localDateOf(now(), forum.timeZone)}`;
      const doc = departmentDoc(data, excerpts, locale, now());
      const departmentVoices = await voicesFor(member, forum, department.id, {
        perGroup: OFFICE_VOICES_PER_GROUP,
      });
      if (departmentVoices) doc.sections.push(voicesExportSection(departmentVoices, locale, 1));
      const glance = departmentVoices ? glanceOf(departmentVoices) : null;
      const result = await office(doc, () => departmentSlides(data, locale, glance), kind, locale, name);
      await exported(ctx, forum.id, { kind: 'department', id: department.id }, kind);
      return result;
    });

    register(ROUTES[kind].forum, async (ctx) => {
      const { caller, params, locale } = ctx;
      const forum = await loadForum(store, params.forumId);
      const member = requireOverviewAccess(caller, forum);
      const data = await loadForumOverview(store, clock, forum, rt.rosters);
      const excerpts = new Map<string, AnswerExcerpts>();
      for (const summary of data.overview.departments)
        excerpts.set(
          summary.departmentId,
          await loadAnswerExcerpts(store, forum.id, summary.departmentId, summary, anonymityOf(forum)),
        );
      const name = `samskab-${slug(localize(forum.name, locale))}-${localDateOf(now(), forum.timeZone)}`;
      const doc = forumDoc(data, excerpts, locale, now());
      const counted = await countForumVoices(
        voices,
        data.departments.map((d) => d.id),
      );
      const voiceSections = [];
      for (const department of data.departments) {
        const departmentVoices = await voicesFor(member, forum, department.id, {
          perGroup: OFFICE_VOICES_PER_GROUP,
          counts: counted.rows,
        });
        if (departmentVoices)
          voiceSections.push(
            voicesExportSection(departmentVoices, locale, 2, localize(department.name, locale)),
          );
      }
      if (voiceSections.length > 0)
        doc.sections.push({ heading: voicesHeading(locale), level: 1, blocks: [] }, ...voiceSections);
      const glances = kind === 'pptx' ? await loadSharedVoicesGlances(voices, counted) : {};
      const result = await office(doc, () => forumSlides(data, locale, glances), kind, locale, name);
      await exported(ctx, forum.id, { kind: 'forum', id: forum.id }, kind);
      return result;
    });
  }

  /** Streams the answers of `departments` as CSV, after the audit entry. */
  const answersCsvFile = async (
    ctx: AuthedCtx,
    forum: Forum,
    departments: Department[],
    target: { kind: 'department' | 'forum'; id: string; name: Localized },
  ): Promise<FileResult> => {
    const { locale } = ctx;
    const { questions, principles, members } = await rt.rosters.get(forum.id);
    const filename = `samskab-${slug(localize(target.name, locale))}-svar-${localDateOf(now(), forum.timeZone)}.csv`;
    await exported(ctx, forum.id, { kind: target.kind, id: target.id }, 'csv');
    const rows = answersCsv(store, {
      forumId: forum.id,
      departments,
      questions,
      principles,
      members,
      locale,
      anonymity: anonymityOf(forum),
    });
    await streamFile(ctx.res, { contentType: CSV, filename }, rows);
    return { streaming: true };
  };

  register(API.departmentCsv, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    departmentAccess(ctx.caller, forum, department);
    return answersCsvFile(ctx, forum, [department], {
      kind: 'department',
      id: department.id,
      name: department.name,
    });
  });

  register(API.departmentVoicesCsv, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    const { member } = departmentAccess(ctx.caller, forum, department);
    const rights = rules.voiceRights(member, forum, department.id)!;
    const section = await loadVoiceSection(voices, department.id, rights, { perGroup: 'all' });
    const filename = `samskab-${slug(localize(department.name, ctx.locale))}-stemmer-${localDateOf(now(), forum.timeZone)}.csv`;
    await recordAudit(
      ctx,
      forum.id,
      'export.department',
      { kind: 'department', id: department.id },
      { format: 'csv', content: 'voices' },
    );
    return { file: { contentType: CSV, filename, data: voicesCsv(section, ctx.locale, forum.timeZone) } };
  });

  register(API.forumCsv, async (ctx) => {
    const forum = await loadForum(store, ctx.params.forumId);
    requireOverviewAccess(ctx.caller, forum);
    const departments = await store.listDepartments(forum.id);
    return answersCsvFile(ctx, forum, departments, { kind: 'forum', id: forum.id, name: forum.name });
  });
}

/** Every export is in the audit log (export.department / export.forum with its format). */
function exported(
  ctx: AuthedCtx,
  forumId: string,
  target: { kind: 'department' | 'forum'; id: string },
  format: 'docx' | 'pptx' | 'csv',
): Promise<void> {
  return recordAudit(ctx, forumId, `export.${target.kind}`, target, { format });
}
