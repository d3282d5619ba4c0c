/** The bot's privacy commands and cards, as one module the bot registers (see createPrivacyBot). */
export { createPrivacyBot, type PrivacyBot } from './privacy-bot';
export { parsePrivacyCommand, type PrivacyCommand } from './privacy-command';
export { PRIVACY_VERBS } from './privacy-cards';
