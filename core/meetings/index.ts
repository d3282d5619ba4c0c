export * from './meeting-settings';
export * from './meeting-link';
export * from './booking-link';
export * from './meeting-schedule';
export * from './meeting-messages';
export * from './briefing';
export * from './meeting-input';
