import {
  buildSlideDeck,
  CHARS_PER_LINE,
  departmentSlideSource,
  SECTION_LINES,
  type DeckSource,
  type VoicesSlide,
} from '../../../core/presentation';
import { linesOf } from '../../../core/presentation/fit-text';
import { WIDE_CHARS_PER_LINE } from '../../../core/presentation/slide-layout';
import {
  summarizeDepartmentVoices,
  voicesGlance,
  type ShownVoice,
  type VoiceCountRow,
} from '../../../core/voices';

const groups = [
  { id: 'borgere', label: { da: 'Borgere', en: 'Citizens' } },
  { id: 'ledere', label: { da: 'Ledere', en: 'Leaders' } },
];
const long = (n: number) =>
  `Tillid og tid til borgerne ${'og mere samskabelse i hverdagen '.repeat(n)}`.trim();

function glance(options: { texts: boolean; shown: ShownVoice[]; counts: VoiceCountRow[] }) {
  return voicesGlance(summarizeDepartmentVoices({ departmentId: 'd1', groups, ...options }), 6);
}

function deck(voices: ReturnType<typeof glance> | null): DeckSource {
  const summary = {
    departmentId: 'd1',
    departmentName: { da: 'Børn og Unge', en: 'Children and Young People' },
    participation: { respondents: 1, members: 2, rate: 0.5 },
    questions: [],
    actionPlan: [],
    indicators: [],
    takeaways: null,
  };
  return {
    forumName: { da: 'Forum', en: 'Forum' },
    kickoffDate: '2019-08-30',
    finalMeetingDate: '2019-11-21',
    participation: summary.participation,
    departments: [departmentSlideSource(summary, voices)],
  };
}

const shown = (i: number, groupId: string, text: string): ShownVoice => ({
  id: `v${i}`,
  groupId,
  text,
  createdAt: `2019-09-0${1 + (i % 9)}T10:00:00.000Z`,
});

describe('the voices slide: shown voices by group, recurring words and a few voices, fit to the slide', () => {
  const texts = [
    shown(1, 'borgere', long(6)),
    shown(2, 'borgere', 'Mere tid og tillid.'),
    shown(3, 'ledere', long(1)),
    shown(4, 'ledere', 'Tillid, tak.'),
    shown(5, 'borgere', 'Lyt til os.'),
  ];
  const counts: VoiceCountRow[] = [
    { departmentId: 'd1', groupId: 'borgere', state: 'shown', count: 30 },
    { departmentId: 'd1', groupId: 'ledere', state: 'shown', count: 2 },
    { departmentId: 'd1', groupId: 'ledere', state: 'hidden', count: 4 },
    { departmentId: 'd1', groupId: 'borgere', state: 'waiting', count: 7 },
  ];

  it('follows the department’s slide, counts only shown voices and fits every section', () => {
    const slides = buildSlideDeck(deck(glance({ texts: true, shown: texts, counts })), 'da', {
      closing: false,
    });
    expect(slides.map((s) => s.kind)).toEqual(['cover', 'department', 'voices']);
    const slide = slides[2] as VoicesSlide;
    expect(slide.title).toBe('Stemmer til Børn og Unge');
    expect(slide.subtitle).toMatch(/^32 stemmer fra folk uden for forummet/);
    const [byGroup, words, samples] = slide.sections;
    expect(byGroup!.items.map((i) => `${i.text} ${i.countText}`)).toEqual([
      'Borgere 30 stemmer',
      'Ledere 2 stemmer',
    ]);
    expect(words!.items.map((i) => i.text)).toContain('tillid');
    expect(samples!.wide).toBe(true);
    expect(samples!.items[0]!.text).toMatch(/^Borgere: »Tillid og tid/);
    for (const s of slide.sections) {
      const chars = s.wide ? WIDE_CHARS_PER_LINE : CHARS_PER_LINE;
      const used = s.items.reduce((n, i) => n + linesOf(i.text, chars), 0) + (s.more ? 1 : 0);
      expect(used).toBeLessThanOrEqual(SECTION_LINES);
    }
    for (const item of samples!.items) expect(linesOf(item.text, WIDE_CHARS_PER_LINE)).toBeLessThanOrEqual(2);
    expect(samples!.more).toMatch(/^\+\d+ mere$/);
  });

  it('without shared texts: counts by group, and it says the texts are not shared', () => {
    const slide = buildSlideDeck(deck(glance({ texts: false, shown: [], counts })), 'en')[2] as VoicesSlide;
    expect(slide.kind).toBe('voices');
    const [byGroup, words, samples] = slide.sections;
    expect(byGroup!.items).toHaveLength(2);
    expect(words!.items).toEqual([]);
    expect(samples!.items).toEqual([]);
    expect(samples!.empty).toBe('The department does not share the texts with the forum.');
    expect(words!.empty).toBe(samples!.empty);
  });

  it('no voices slide while no voice is shown (waiting and hidden ones never reach a slide)', () => {
    const onlyHidden = counts.filter((c) => c.state !== 'shown');
    expect(
      buildSlideDeck(deck(glance({ texts: true, shown: [], counts: onlyHidden })), 'da').map((s) => s.kind),
    ).toEqual(['cover', 'department', 'closing']);
    expect(buildSlideDeck(deck(null), 'da')).toHaveLength(3);
  });
});
