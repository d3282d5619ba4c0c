import type { Activity } from 'botbuilder';
import { localize } from '../../../core/i18n';
import type { Department, Forum, Locale } from '../../../core/model';
import { runningOrder } from '../../../core/presentation';
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
  // The cover (slide 1) is the card itself; the departments and the closing slide are numbered from 1.
  const order = runningOrder(forum.name, input.departments, locale)
    .slice(1)
    .map(({ slide, title }) => `${slide - 1}. [${title.replace(/[[\]]/g, '')}](${tab}#/present/${slide})`);
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
