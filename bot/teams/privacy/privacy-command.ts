/** The bot's privacy commands are two or three words, so they are matched before the one-word commands. */
export type PrivacyCommand = 'show' | 'delete';

const PHRASES: Record<string, PrivacyCommand> = {
  'mine data': 'show',
  'min data': 'show',
  'my data': 'show',
  'slet mine data': 'delete',
  'slet min data': 'delete',
  'slet mine svar': 'delete',
  'delete my data': 'delete',
  'delete my answers': 'delete',
  'erase my data': 'delete',
};

/** Matches a whole message (mentions and markup removed, case and punctuation ignored). */
export function parsePrivacyCommand(text: string): PrivacyCommand | null {
  const cleaned = text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.!?]+$/, '');
  return PHRASES[cleaned] ?? null;
}
