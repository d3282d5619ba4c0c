export * from './local-date';
export * from './calendar-days';
export * from './time-zone';
export * from './zoned-time';
export * from './public-holidays';
export * from './working-calendar';
export * from './format-date';
