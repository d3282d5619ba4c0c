export * from './prompt-audience';
export * from './reminder-audience';
