import { wordFrequency } from '../../../core/voices';

describe('wordFrequency: the words shown voices use most', () => {
  it('folds case the Danish way, leaves out stop words and counts a word once per voice', () => {
    const words = wordFrequency(
      [
        'Tillid, TILLID og tillid! Vi ønsker mere tillid til medarbejderne.',
        'Giv os tid og Tillid.',
        'Mere tid til borgerne, og tid til at lytte.',
        'ÆBLER og æbler: Ærlighed.',
        'Ærlighed om økonomien.',
      ],
      10,
    );
    expect(words).toEqual([
      { word: 'tid', voices: 2 },
      { word: 'tillid', voices: 2 },
      { word: 'ærlighed', voices: 2 },
    ]);
  });

  it('keeps the top N, most voices first, ties in Danish alphabetical order (æ, ø, å last)', () => {
    const texts = ['å-ord ønske ædru borger', 'å-ord ønske ædru borger', 'borger', 'zebra zebra', 'zebra'];
    expect(wordFrequency(texts, 3)).toEqual([
      { word: 'borger', voices: 3 },
      { word: 'zebra', voices: 2 },
      { word: 'ædru', voices: 2 },
    ]);
    expect(wordFrequency(texts, 10).map((w) => w.word)).toEqual([
      'borger',
      'zebra',
      'ædru',
      'ønske',
      'å-ord',
    ]);
  });

  it('leaves out numbers and one-letter words, and lists nothing for no texts or top 0', () => {
    expect(wordFrequency(['2019 2019 x', '2019 x'], 5)).toEqual([]);
    expect(wordFrequency([], 5)).toEqual([]);
    expect(wordFrequency(['tillid', 'tillid'], 0)).toEqual([]);
  });

  it('with minVoices 1 lists words only one voice uses', () => {
    expect(wordFrequency(['samskabelse'], 5, 1)).toEqual([{ word: 'samskabelse', voices: 1 }]);
  });
});
