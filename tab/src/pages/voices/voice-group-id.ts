/** Danish letters spelled out, so a group's id stays readable in plain a–z. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * The id of a group a chef adds by its name: lower case, Danish letters spelled out, accents
 * dropped, anything else a dash (e.g. "Frivillige & foreninger" → "frivillige-foreninger"). Empty
 * if the name has no letters or digits.
 */
export function voiceGroupId(label: string): string {
  return label
    .toLocaleLowerCase('da-DK')
    .replace(/[æøå]/g, (c) => SPELLED[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}
