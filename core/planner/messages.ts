import { translator, type MessageCatalog } from '../i18n';

/** Texts of the planner's warnings and of round-change errors, in every language. */
export const plannerMessages = {
  'plan.invalidTimeZone': {
    da: 'Tidszonen "{timeZone}" findes ikke.',
    en: 'The time zone "{timeZone}" does not exist.',
  },
  'plan.invalidDates': {
    da: 'Datoerne er ugyldige: det afsluttende møde ({final}) skal ligge efter opstarten ({kickoff}).',
    en: 'The dates are invalid: the final meeting ({final}) must come after the kickoff ({kickoff}).',
  },
  'plan.invalidSendTime': {
    da: 'Afsendelsestidspunktet "{time}" er ugyldigt (brug TT:MM).',
    en: 'The send time "{time}" is invalid (use HH:mm).',
  },
  'plan.noQuestions': {
    da: 'Forummet har ingen spørgsmål, så der er intet at sende.',
    en: 'The forum has no questions, so there is nothing to send.',
  },
  'plan.noDepartments': {
    da: 'Forummet har endnu ingen afdelinger; planen gælder dem, der tilføjes.',
    en: 'The forum has no departments yet; the plan applies to those added later.',
  },
  'plan.noWorkingDays': {
    da: 'Der er ingen arbejdsdage tilbage mellem {from} og det afsluttende møde {final}, så planen er tom.',
    en: 'There are no working days left between {from} and the final meeting on {final}, so the plan is empty.',
  },
  'plan.questionsCombined': {
    da: 'Der er {questions} spørgsmål, men kun {days, plural, one {# arbejdsdag} other {# arbejdsdage}} til udsendelser; nogle udsendelser stiller flere spørgsmål.',
    en: 'There are {questions} questions but only {days, plural, one {# working day} other {# working days}} for prompts; some prompts ask several questions.',
  },
  'plan.sendTimeMoved': {
    da: 'Afsendelsestidspunktet {time} ligger i det stille tidsrum; udsendelser sendes kl. {moved}.',
    en: 'The send time {time} is within quiet hours; rounds are sent at {moved}.',
  },
  'plan.reminderDropped': {
    da: 'Påmindelsen om spørgsmål {questions} er udeladt, fordi den ville falde den {limit} eller senere (sidste kald eller afsluttende møde).',
    en: 'The reminder about question {questions} was left out because it would fall on or after {limit} (final call or final meeting).',
  },
  'plan.finalCallDropped': {
    da: 'Der er ikke arbejdsdage nok til et sidste kald {days, plural, one {# arbejdsdag} other {# arbejdsdage}} før det afsluttende møde.',
    en: 'There are not enough working days for a final call {days, plural, one {# working day} other {# working days}} before the final meeting.',
  },
  'round.invalidTimeZone': {
    da: 'Forummets tidszone "{timeZone}" findes ikke; ret den under forummets indstillinger.',
    en: 'The forum time zone "{timeZone}" does not exist; correct it in the forum settings.',
  },
  'round.invalidDate': {
    da: 'Datoen "{date}" er ugyldig (brug ÅÅÅÅ-MM-DD).',
    en: 'The date "{date}" is invalid (use YYYY-MM-DD).',
  },
  'round.invalidTime': {
    da: 'Tidspunktet "{time}" er ugyldigt (brug TT:MM).',
    en: 'The time "{time}" is invalid (use HH:mm).',
  },
  'round.nonexistentTime': {
    da: 'Kl. {time} findes ikke den {date} på grund af skift til sommertid. Vælg et andet tidspunkt.',
    en: '{time} does not exist on {date} because of the change to summer time. Choose another time.',
  },
  'round.ambiguousTime': {
    da: 'Kl. {time} forekommer to gange den {date} (skift til vintertid); det første tidspunkt bruges.',
    en: '{time} occurs twice on {date} (end of summer time); the first occurrence is used.',
  },
  'round.inPast': {
    da: 'Udsendelsen kan ikke planlægges i fortiden ({date} kl. {time}).',
    en: 'The round cannot be scheduled in the past ({date} at {time}).',
  },
  'round.beforeKickoff': {
    da: 'Datoen {date} ligger før opstarten {kickoff}.',
    en: 'The date {date} is before the kickoff on {kickoff}.',
  },
  'round.afterFinalMeeting': {
    da: 'Datoen {date} ligger efter det afsluttende møde {final}.',
    en: 'The date {date} is after the final meeting on {final}.',
  },
  'round.unknownDepartment': {
    da: 'Afdelingen findes ikke i forummet.',
    en: 'The department does not exist in the forum.',
  },
  'round.noQuestions': {
    da: 'Vælg mindst ét spørgsmål.',
    en: 'Choose at least one question.',
  },
  'round.unknownQuestion': {
    da: 'Et af de valgte spørgsmål findes ikke i forummet.',
    en: 'One of the chosen questions does not exist in the forum.',
  },
  'round.closedDay': {
    da: 'Den {date} er ikke en arbejdsdag ({reason}).',
    en: '{date} is not a working day ({reason}).',
  },
  'round.inQuietHours': {
    da: 'Kl. {time} ligger i det stille tidsrum ({start}–{end}).',
    en: '{time} is within quiet hours ({start}–{end}).',
  },
  'closed.weekend': { da: 'weekend', en: 'weekend' },
  'closed.blackout': { da: 'lukkeperiode', en: 'blackout period' },
} satisfies MessageCatalog;

export type PlannerMessageKey = keyof typeof plannerMessages;

export const tPlanner = translator(plannerMessages);
