import type { RequestSchemas } from './contract';
import * as privacySchemas from './privacy-schemas';
import * as apiSchemas from './schemas';

/** The schemas the contract's routes name, for the server to parse requests with. */
export const REQUEST_SCHEMAS: RequestSchemas = { ...apiSchemas, ...privacySchemas };
