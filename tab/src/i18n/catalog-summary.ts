import type { MessageCatalog } from '../../../core/i18n';
import { erasureWording } from '../../../core/privacy/erasure-wording';
import { CHART_TITLES } from '../../../core/summary/chart-series';
import { answerMessages } from '../../../core/answers/messages';
import { commonWords } from '../../../core/common-words';
import { actionPlanWords } from '../../../core/summary/department-glance';
import { summaryWords } from '../../../core/summary/summary-words';
import { commonMessages } from './catalog-common';
import { glanceMessages } from './catalog-glance';

/** Strings of the department summary, my answers, overview and presentation. */
export const summaryMessages = {
  'summary.title': { da: 'Opsamling: {department}', en: 'Summary: {department}' },
  'summary.live': {
    da: 'Opdateres automatisk, når der kommer nye svar.',
    en: 'Updates automatically when new answers arrive.',
  },
  'summary.updated': { da: 'Opdateret med nye svar.', en: 'Updated with new answers.' },
  'summary.recap': glanceMessages['details.recap'],
  'summary.recapEmpty': {
    da: 'Afdelingen har endnu ikke skrevet en opsamling.',
    en: 'The department has not written a recap yet.',
  },
  'summary.assignment': summaryWords.assignment,
  'summary.facilitatorMeeting': summaryWords.facilitatorMeeting,
  'summary.participation': summaryWords.participation,
  'summary.erasedAnswers': erasureWording.summaryNote,
  'summary.responseRate': { da: 'svarprocent {percent} %', en: 'response rate {percent}%' },
  'summary.participationCount': {
    da: '{answered} af {members} har svaret',
    en: '{answered} of {members} have answered',
  },
  'summary.questions': glanceMessages['glance.perQuestion'],
  'summary.questionTitle': summaryWords.question,
  'summary.noAnswers': summaryWords['answers.none'],
  'summary.answersShown': {
    da: 'Viser {shown} af {total} svar, nyeste først.',
    en: 'Showing {shown} of {total, plural, one {# answer} other {# answers}}, newest first.',
  },
  'summary.moreAnswers': { da: 'Vis flere svar', en: 'Show more answers' },
  'summary.answersLoading': { da: 'Henter svar …', en: 'Loading answers …' },
  'summary.answersFailed': {
    da: 'Svarene kunne ikke hentes. Prøv igen.',
    en: 'The answers could not be loaded. Try again.',
  },
  'summary.answeredBy': { da: '{name}, redigeret {time}', en: '{name}, edited {time}' },
  'summary.revision': { da: '(udgave {revision})', en: '(revision {revision})' },
  'summary.unknownMember': { da: 'Ukendt deltager', en: 'Unknown participant' },
  'summary.principlesChosen': { da: 'Valgte principper: {list}', en: 'Chosen principles: {list}' },
  'summary.style': { da: 'Ledelsesrolle: {style}', en: 'Leadership role: {style}' },
  'summary.knowsOthers': {
    da: 'Ved hvad resten af organisationen gør: {value}',
    en: 'Knows what the rest of the organisation does: {value}',
  },
  'summary.rating': answerMessages['text.rating'],
  'summary.ratingAverage': { da: 'Gennemsnit: {value} af {scale}', en: 'Average: {value} of {scale}' },
  'summary.improvement': { da: 'Forbedring: {text}', en: 'Improvement: {text}' },
  'summary.distributions': { da: 'Fordelinger', en: 'Distributions' },
  'chart.principles': CHART_TITLES.principles,
  'chart.style': CHART_TITLES.style,
  'chart.valueTypes': CHART_TITLES.values,
  'chart.modes': CHART_TITLES.modes,
  'chart.knowsOthers': CHART_TITLES.knows,
  'chart.category': { da: 'Kategori', en: 'Category' },
  'chart.count': summaryWords['chart.count'],
  'chart.share': summaryWords['chart.share'],
  'chart.empty': summaryWords['chart.empty'],
  'chart.summary': { da: '{label}: {count} ({percent} %)', en: '{label}: {count} ({percent}%)' },
  'principle.label': { da: '{number}. {title}', en: '{number}. {title}' },
  'actions.title': summaryWords.actionPlan,
  'actions.improvement': summaryWords['action.improvement'],
  'actions.what': summaryWords['action.what'],
  'actions.who': commonWords.who,
  'actions.byWhen': summaryWords['action.byWhen'],
  'actions.status': { da: 'Status', en: 'Status' },
  'actions.overdue': actionPlanWords.overdue,
  'actions.onTrack': actionPlanWords.onTrack,
  'actions.proposedBy': { da: 'Foreslået af', en: 'Proposed by' },
  'actions.empty': commonWords['actions.none'],
  'actions.shownOf': {
    da: 'Viser de første {shown} af {total, plural, one {# handling} other {# handlinger}}. Alle står i svarene på spørgsmålet om forbedringer.',
    en: 'Showing the first {shown} of {total, plural, one {# action} other {# actions}}. Every action is in the answers to the improvements question.',
  },
  'indicators.title': {
    da: 'Indikatorer: hvordan ved vi, at det lykkes?',
    en: 'Indicators: how do we know we succeed?',
  },
  'indicators.indicator': summaryWords.indicator,
  'indicators.valueType': { da: 'Værditype', en: 'Value type' },
  'indicators.mode': { da: 'Samskabelse / samproduktion', en: 'Co-creation / co-production' },
  'indicators.empty': summaryWords['indicators.none'],
  'indicators.shownOf': {
    da: 'Viser {shown} af {total, plural, one {# indikator} other {# indikatorer}}. Alle står i svarene på spørgsmålet om indikatorer.',
    en: 'Showing {shown} of {total, plural, one {# indicator} other {# indicators}}. Every indicator is in the answers to the indicators question.',
  },
  'takeaways.title': { da: 'Hvad er vi blevet klogere på?', en: 'What have we become wiser about?' },
  'takeaways.label': { da: 'Gruppens fælles pointer', en: 'The group’s shared takeaways' },
  'takeaways.save': commonWords.save,
  'takeaways.saving': { da: 'Gemmer …', en: 'Saving …' },
  'takeaways.saved': { da: 'Gemt (udgave {version}).', en: 'Saved (version {version}).' },
  'takeaways.unsaved': { da: 'Ændringer er ikke gemt.', en: 'Changes are not saved.' },
  'takeaways.lastEdit': { da: 'Senest gemt af {name} {time}', en: 'Last saved by {name} {time}' },
  'takeaways.readOnly': {
    da: 'Kun afdelingens medlemmer kan redigere.',
    en: 'Only members of the department can edit.',
  },
  'takeaways.remoteChange': {
    da: 'En anden har gemt en nyere udgave. Din tekst er bevaret; gem for at sammenligne.',
    en: 'Someone else saved a newer version. Your text is kept; save to compare.',
  },
  'conflict.title': { da: 'En anden har gemt imens', en: 'Someone else saved meanwhile' },
  'conflict.body': {
    da: 'Intet er gået tabt. Sammenlign de to tekster, og vælg hvad der skal gemmes.',
    en: 'Nothing is lost. Compare the two texts and choose what to save.',
  },
  'conflict.mine': { da: 'Din tekst (ikke gemt)', en: 'Your text (not saved)' },
  'conflict.theirs': { da: 'Gemt af {name} (udgave {version})', en: 'Saved by {name} (version {version})' },
  'conflict.someone': { da: 'en anden', en: 'someone else' },
  'conflict.merge': { da: 'Flet begge tekster', en: 'Merge both texts' },
  'conflict.keepMine': { da: 'Behold min tekst', en: 'Keep my text' },
  'conflict.keepTheirs': { da: 'Brug deres tekst', en: 'Use their text' },
  'conflict.markMine': { da: '▶ Din version:', en: '▶ Your version:' },
  'conflict.markTheirs': { da: '▶ Den gemte version:', en: '▶ The saved version:' },
  'conflict.markEnd': { da: '◀ (vælg, og slet markeringerne)', en: '◀ (choose, then delete the markers)' },
  'conflict.marked': {
    da: '{count, plural, one {Ét sted} other {# steder}} har I begge ændret de samme linjer. Begge versioner står mellem markeringerne ▶ og ◀: vælg, slet markeringerne, og gem.',
    en: '{count, plural, one {In one place} other {In # places}} you both changed the same lines. Both versions stand between the markers ▶ and ◀: choose, delete the markers, and save.',
  },
  'conflict.merged': {
    da: 'Teksterne er flettet. Ret til, og gem.',
    en: 'The texts are merged. Edit and save.',
  },
  'export.title': { da: 'Eksport', en: 'Export' },
  'export.docx': { da: 'Hent Word (.docx)', en: 'Download Word (.docx)' },
  'export.pptx': { da: 'Hent PowerPoint (.pptx)', en: 'Download PowerPoint (.pptx)' },
  'export.csv': { da: 'Hent svar (CSV)', en: 'Download answers (CSV)' },
  'export.working': { da: 'Henter …', en: 'Downloading …' },
  'me.title': commonMessages['nav.me'],
  'me.empty': {
    da: 'Du har ikke svaret på noget endnu. Svar i kortene fra Samskab-botten.',
    en: 'You have not answered anything yet. Answer in the cards from the Samskab bot.',
  },
  'me.notAnswered': { da: 'Ikke besvaret endnu.', en: 'Not answered yet.' },
  'me.edited': {
    da: 'Senest redigeret {time} (udgave {revision})',
    en: 'Last edited {time} (revision {revision})',
  },
  'config.save': commonWords.save,
} satisfies MessageCatalog;
