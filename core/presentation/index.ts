export * from './slide-model';
export * from './slide-source';
export { SLIDE_LAYOUT, SECTION_LINES, CHARS_PER_LINE } from './slide-layout';
export { slideMessages } from './slide-messages';
export { closingSlideTitle } from './closing-slide';
export { runningOrder } from './running-order';
