import type { ClientConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/**
 * pg settings for a connection string and, optionally, a password asked for per connection (an
 * Entra token). pg parses a connectionString option last and its empty password would replace the
 * function, so with a password function the string is parsed here, exactly as pg would parse it.
 */
export function connectionConfig(connectionString: string, password?: () => Promise<string>): ClientConfig {
  return password ? { ...parseIntoClientConfig(connectionString), password } : { connectionString };
}
