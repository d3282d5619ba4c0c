import { localize } from '../i18n';
import type { Locale } from '../model';
import type { VoicesGlance } from '../voices/summary';
import { clipText, clipToLines } from './fit-text';
import { CHARS_PER_LINE, TITLE_CHARS, WIDE_CHARS_PER_LINE } from './slide-layout';
import { slideText as t } from './slide-messages';
import { item, section } from './slide-parts';
import type { SlideSection, VoicesSlide } from './slide-types';
import type { DepartmentSlideSource } from './slide-source';

/** Lines of the slide a shown voice takes at most (its group's name included). */
const SAMPLE_LINES = 2;

/**
 * The slide of what people outside the forum told a department: its shown voices by group, the
 * words that recur in them and a few of them, each cut to fit. None if no voice is shown: waiting
 * and hidden voices never reach a slide (the glance carries shown voices only).
 */
export function voicesSlide(d: DepartmentSlideSource, locale: Locale): VoicesSlide | null {
  const voices = d.voices;
  if (!voices || voices.total.shown === 0) return null;
  return {
    kind: 'voices',
    departmentId: d.departmentId,
    title: clipText(
      t(locale, 'voices.title', { department: localize(d.departmentName, locale) }),
      TITLE_CHARS,
    ),
    subtitle: t(locale, 'voices.subtitle', { shown: voices.total.shown }),
    sections: [byGroup(voices, locale), words(voices, locale), samples(voices, locale)],
  };
}

/** A label with a count at the end of its line, the label cut so both fit on the line. */
function counted(label: string, countText: string) {
  return item(clipText(label, CHARS_PER_LINE - countText.length - 2), { countText });
}

function byGroup(voices: VoicesGlance, locale: Locale): SlideSection {
  return section(
    'voiceGroups',
    voices.groups
      .filter((g) => g.shown > 0)
      .sort((a, b) => b.shown - a.shown)
      .map((g) => counted(localize(g.label, locale), t(locale, 'voices.count', { count: g.shown }))),
    locale,
  );
}

function words(voices: VoicesGlance, locale: Locale): SlideSection {
  const listed = voices.texts ? voices.words : [];
  const s = section(
    'voiceWords',
    listed.map((w) => counted(w.word, t(locale, 'voices.count', { count: w.voices }))),
    locale,
  );
  // The words that fit are the top of a list: the rest are no "more" to look for.
  return { ...s, more: null, empty: voices.texts ? s.empty : t(locale, 'empty.voiceTexts') };
}

function samples(voices: VoicesGlance, locale: Locale): SlideSection {
  const s = section(
    'voiceTexts',
    voices.samples.map((v) => {
      const group = localize(v.label, locale);
      const room = SAMPLE_LINES * WIDE_CHARS_PER_LINE - group.length - 4;
      return item(t(locale, 'voices.sample', { group, text: clipToLines(v.text, 1, room) }));
    }),
    locale,
    voices.texts ? Math.max(0, voices.total.shown - voices.samples.length) : 0,
    true,
  );
  return voices.texts ? s : { ...s, items: [], more: null, empty: t(locale, 'empty.voiceTexts') };
}
