import { translator, type MessageCatalog } from '../i18n';
import { unstorableTextMessage } from '../text/storable-text';

/** Field errors of answer validation and the labels of plain-text answers. */
export const answerMessages = {
  'error.required': { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'error.invalidType': { da: 'Værdien har en forkert type.', en: 'The value has the wrong type.' },
  'error.notInteger': { da: 'Angiv et helt tal.', en: 'Enter a whole number.' },
  'error.tooLong': { da: 'Højst {max} tegn.', en: 'At most {max} characters.' },
  'error.tooShort': { da: 'Mindst {min} tegn.', en: 'At least {min} characters.' },
  'error.tooFew': { da: 'Angiv mindst {min}.', en: 'Give at least {min}.' },
  'error.tooMany': { da: 'Højst {max}.', en: 'At most {max}.' },
  'error.invalidChoice': { da: 'Vælg en af mulighederne.', en: 'Choose one of the options.' },
  'error.wrongKind': {
    da: 'Svaret passer ikke til spørgsmålet (forventet "{expected}").',
    en: 'The answer does not fit the question (expected "{expected}").',
  },
  'error.outOfRange': { da: 'Vælg et tal fra {min} til {max}.', en: 'Choose a number from {min} to {max}.' },
  'error.unknownPrinciple': { da: 'Princip {value} findes ikke.', en: 'Principle {value} does not exist.' },
  'error.duplicatePrinciple': { da: 'Vælg hvert princip én gang.', en: 'Choose each principle only once.' },
  'error.invalidDate': { da: 'Angiv en gyldig dato (ÅÅÅÅ-MM-DD).', en: 'Enter a valid date (YYYY-MM-DD).' },
  'error.unstorableText': unstorableTextMessage,
  'error.invalidInput': { da: 'Ugyldigt input.', en: 'Invalid input.' },
  'text.principles': { da: 'Vigtigste principper', en: 'Principles that matter most' },
  'text.leadershipStyle': { da: 'Ledelse', en: 'Leadership' },
  'text.knowsOthers': {
    da: 'Ved hvad resten af organisationen gør',
    en: 'Knows what the rest of the organisation does',
  },
  'text.rating': { da: 'Vurdering: {rating} af {scale}', en: 'Rating: {rating} of {scale}' },
  'text.action': { da: '{what} ({who}, senest {date})', en: '{what} ({who}, by {date})' },
} satisfies MessageCatalog;

export type AnswerMessageKey = keyof typeof answerMessages;

export const tAnswer = translator(answerMessages);
