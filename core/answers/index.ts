export * from './labels';
export * from './messages';
export * from './answer-schema';
export * from './validate-answer';
export * from './plain-text';
export * from './completeness';
export * from './equal-values';
export * from './round-answers';
