import { quietKnownWarnings } from '../../bot/runtime/quiet-known-warnings';

quietKnownWarnings();
