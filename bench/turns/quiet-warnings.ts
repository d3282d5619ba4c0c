import { quietKnownWarnings } from '../../bot/runtime/quiet-known-warnings';

// Imported first by the bench's entry files, before restify loads (as bot/index.ts does).
quietKnownWarnings();
