import type { Activity } from 'botbuilder';
import { localize } from '../../../core/i18n';
import type { Department, Forum, Locale } from '../../../core/model';
import { closingSlideTitle } from '../../../core/presentation';
import { type Card, adaptiveCard, heading, openUrl, subtle, text } from '../cards/card-kit';
import { tm } from './meeting-card-messages';

/** A Teams meeting's chat: its conversation carries the meeting (channelData.meeting) or a meeting thread id. */
export function isMeetingChat(activity: Partial<Activity>): boolean {
  const meetingId = (activity.channelData as { meeting?: { id?: unknown } } | undefined)?.meeting?.id;
  return (
    (typeof meetingId === 'string' && meetingId.length > 0) ||
    /^19:meeting_/.test(activity.conversation?.id ?? '')
  );
}

/**
 * The one card the bot posts in the final meeting's chat: the departments in the order they present,
 * then the forum-wide closing slide (each linked to its slide; slide 1 is the cover), and links to
 * the presentation and the overview.
 */
export function meetingChatCard(input: {
  forum: Forum;
  departments: readonly Department[];
  publicUrl: string;
  locale: Locale;
}): Card {
  const { forum, locale } = input;
  const tab = `${input.publicUrl.replace(/\/$/, '')}/tab/`;
  const order = [...input.departments]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((d) => localize(d.name, locale).replace(/[[\]]/g, ''))
    .concat(closingSlideTitle(locale))
    .map((title, i) => `${i + 1}. [${title}](${tab}#/present/${i + 2})`);
  return adaptiveCard(
    [
      heading(tm(locale, 'final.title', { forum: localize(forum.name, locale) })),
      text(tm(locale, 'final.intro')),
      text(order.join('\r')),
      subtle(tm(locale, 'final.stage')),
    ],
    {
      actions: [
        openUrl(tm(locale, 'final.present'), `${tab}#/present/1`),
        openUrl(tm(locale, 'final.overview'), `${tab}#/overview`),
      ],
      fallbackText: tm(locale, 'final.title', { forum: localize(forum.name, locale) }),
    },
  );
}
