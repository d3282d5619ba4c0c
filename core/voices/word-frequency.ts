/** A word and how many voices use it. */
export interface WordCount {
  word: string;
  /** Voices that use the word (a voice that repeats a word counts once). */
  voices: number;
}

/** Words that carry no meaning of their own in a voice: Danish first, a few English ones too. */
const STOP_WORDS = new Set(
  [
    // Danish
    'af alle alt anden andet andre at bare bedre blev blive bliver da de dem den denne der deres det dette',
    'dig din dine disse dit du efter eller en end er et for fordi fra få får godt gør gøre ham han hans har',
    'have hele hende her hos hun hvad hvem hver hvilke hvis hvor hvordan hvorfor i ikke ind ingen jeg jer',
    'jeres jo kan kommer kun kunne lidt lige man mange med meget men mere mig min mine mit mod må måske ned',
    'noget nogle nok nu når og også om op os over på sammen se selv ser sig sin sine sit skal skulle som',
    'så sådan thi til ud under var vi vil ville være været vores ønsker',
    // English
    'a about all an and are as at be but by can do for from have how i if in is it more not of on or our',
    'so that the their them they this to us we what when which who will with would you your',
  ]
    .join(' ')
    .split(' '),
);

/** A run of letters or digits, maybe joined by a hyphen or an apostrophe (e-mail-free, plain words). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const collator = new Intl.Collator('da-DK');

/**
 * The words shown voices use most: each text folded to lower case the Danish way
 * (toLocaleLowerCase('da-DK')), split into words, stop words, numbers and one-letter words left
 * out; a word counts once per voice. The `top` words used by at least `minVoices` voices (words that
 * recur), by how many voices use them, ties in Danish alphabetical order. Pure; callers pass only
 * texts the reader may read (shown voices).
 */
export function wordFrequency(texts: readonly string[], top: number, minVoices = 2): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(text.toLocaleLowerCase('da-DK').match(WORD) ?? []);
    for (const word of words) {
      if (word.length < 2 || STOP_WORDS.has(word) || /^[\p{N}'’-]+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, voices]) => voices >= minVoices)
    .map(([word, voices]) => ({ word, voices }))
    .sort((a, b) => b.voices - a.voices || collator.compare(a.word, b.word))
    .slice(0, Math.max(0, top));
}
