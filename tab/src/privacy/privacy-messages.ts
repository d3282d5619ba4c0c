import type { MessageCatalog } from '../../../core/i18n';
import { erasureWording } from '../../../core/privacy/erasure-wording';
import { commonWords } from '../../../core/common-words';
import { summaryWords } from '../../../core/summary/summary-words';
import { glanceMessages } from '../i18n/catalog-glance';
import { summaryMessages } from '../i18n/catalog-summary';

/**
 * Strings of the privacy views: a person's own data on "Mine svar / My answers", and the
 * organizers' member data, retention and audit log. Loaded with those views. Danish first.
 */
export const privacyMessages = {
  'privacy.title': { da: 'Mine data', en: 'My data' },
  'privacy.intro': {
    da: 'Her kan du se, hvad Samskab gemmer om dig, hente det og slette dine svar.',
    en: 'Here you can see what Samskab stores about you, download it and delete your answers.',
  },
  'privacy.forum': { da: 'Forum', en: 'Forum' },
  'privacy.answers': summaryWords.answers,
  'privacy.revisions': { da: 'Gemte udgaver', en: 'Saved versions' },
  'privacy.cards': { da: 'Kort sendt', en: 'Cards sent' },
  'privacy.meetings': {
    da: 'Facilitatormøder (dato eller noter)',
    en: 'Facilitator meetings (date or notes)',
  },
  'privacy.retention': { da: 'Slettes automatisk', en: 'Deleted automatically on' },
  'privacy.noMembership': {
    da: 'Du er ikke med i et forum, så der er ingen data om dig.',
    en: 'You are not part of a forum, so there is no data about you.',
  },
  'privacy.download': { da: 'Hent dine data', en: 'Download your data' },
  'privacy.downloadJson': { da: 'Hent JSON (maskinlæsbar)', en: 'Download JSON (machine-readable)' },
  'privacy.downloadDocx': { da: 'Hent Word (til at læse)', en: 'Download Word (to read)' },
  'privacy.downloading': summaryMessages['export.working'],
  'privacy.delete': erasureWording.deleteMine,
  'privacy.deleteMember': { da: 'Slet medlemmets svar', en: "Delete the member's answers" },
  'privacy.preparing': { da: 'Forbereder …', en: 'Preparing …' },
  'erase.title': { da: 'Slet svarene for altid?', en: 'Delete the answers for good?' },
  'erase.body': {
    da: `{answers} svar og {revisions, plural, one {# gemt udgave} other {# gemte udgaver}} i {forums, plural, one {# forum} other {# fora}} slettes for altid, også fra afdelingens opsamling, eksporter og kortene i chatten. ${erasureWording.participation.da} Afdelingens fælles pointer (gruppens tekst) bliver stående.`,
    en: `{answers, plural, one {# answer} other {# answers}} and {revisions, plural, one {# saved version} other {# saved versions}} in {forums, plural, one {# forum} other {# forums}} are deleted for good, also from the department summary, exports and the cards in the chat. ${erasureWording.participation.en} The department's shared takeaways (the group's text) remain.`,
  },
  'erase.expires': {
    da: 'Bekræftelsen gælder i 15 minutter.',
    en: 'The confirmation is valid for 15 minutes.',
  },
  'erase.confirm': { da: 'Ja, slet svarene', en: 'Yes, delete the answers' },
  'erase.cancel': { da: 'Annullér – slet intet', en: 'Cancel – delete nothing' },
  'erase.cancelled': erasureWording.nothingDeleted,
  'erase.working': { da: 'Sletter …', en: 'Deleting …' },
  'erase.doneTitle': { da: 'Slettet', en: 'Deleted' },
  'erase.done': {
    da: 'Slettet: {answers} svar og {revisions, plural, one {# udgave} other {# udgaver}}.',
    en: 'Deleted: {answers, plural, one {# answer} other {# answers}} and {revisions, plural, one {# version} other {# versions}}.',
  },
  'erase.takeawaysKept': {
    da: 'Fælles pointer findes i {count, plural, one {# afdeling} other {# afdelinger}}. De er gruppens tekst og er ikke slettet; bed gruppen rette dem, hvis de nævner dig.',
    en: "Shared takeaways exist in {count, plural, one {# department} other {# departments}}. They are the group's text and were not deleted; ask the group to edit them if they mention you.",
  },
  'erase.nothing': erasureWording.nothingToDelete,
  'erase.meetings': erasureWording.meetings,
  'erase.meetingsDone': erasureWording.meetingsDone,
  'member.title': { da: 'Et medlems data', en: "A member's data" },
  'member.intro': {
    da: 'Til et medlem, der forlader forummet: se, hent og slet medlemmets svar. Alt her skrives i revisionsloggen.',
    en: 'For a member who leaves the forum: view, download and delete their answers. Everything here is written to the audit log.',
  },
  'member.pick': { da: 'Medlem', en: 'Member' },
  'member.choose': { da: 'Vælg et medlem …', en: 'Choose a member …' },
  'member.show': { da: 'Vis data', en: 'Show data' },
  'retention.title': { da: 'Opbevaring', en: 'Retention' },
  'retention.purgeOn': { da: 'Persondata slettes', en: 'Personal data is purged on' },
  'retention.daysLeft': { da: 'Dage tilbage', en: 'Days left' },
  'retention.period': { da: 'Opbevaringsperiode', en: 'Retention period' },
  'retention.days': {
    da: '{days, plural, one {# dag} other {# dage}} efter det afsluttende møde',
    en: '{days, plural, one {# day} other {# days}} after the final meeting',
  },
  'retention.status': summaryMessages['actions.status'],
  'retention.status.running': { da: 'I gang – svar indsamles', en: 'Running – answers are collected' },
  'retention.status.closed': {
    da: 'Afsluttet – data gemmes til sletning',
    en: 'Closed – data kept until the purge',
  },
  'retention.status.due': {
    da: 'Sletning forfalden – sker ved næste kørsel',
    en: 'Purge due – at the next run',
  },
  'retention.status.purged': { da: 'Slettet {date}', en: 'Purged on {date}' },
  'retention.erased': { da: 'Slettede svar indtil nu', en: 'Answers deleted so far' },
  'audit.title': { da: 'Revisionslog', en: 'Audit log' },
  'audit.intro': {
    da: 'Hvem ændrede, hentede eller slettede hvad og hvornår. Loggen kan ikke ændres.',
    en: 'Who changed, downloaded or deleted what, and when. The log cannot be changed.',
  },
  'audit.when': { da: 'Tidspunkt', en: 'When' },
  'audit.who': commonWords.who,
  'audit.what': { da: 'Handling', en: 'Action' },
  'audit.target': { da: 'Gælder', en: 'Concerns' },
  'audit.details': glanceMessages['details.title'],
  'audit.system': { da: 'Systemet', en: 'The system' },
  'audit.unknownActor': { da: 'Tidligere medlem', en: 'Former member' },
  'audit.empty': commonWords['actions.none'],
  'audit.more': { da: 'Vis ældre', en: 'Show older' },
  'audit.loading': { da: 'Henter …', en: 'Loading …' },
  'audit.caption': { da: 'Revisionslog, nyeste først', en: 'Audit log, newest first' },
} satisfies MessageCatalog;
