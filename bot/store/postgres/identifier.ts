/** PostgreSQL identifiers we build into SQL ourselves (schema, channel) must be plain names. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertPlainIdentifier(what: string, name: string): string {
  if (!PLAIN_IDENTIFIER.test(name)) {
    throw new Error(
      `${what} '${name}' must be lower-case letters, digits and _ (at most 63, not starting with a digit)`,
    );
  }
  return name;
}

/** Shows a connection string without its password. */
export function redactConnectionString(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable connection string)';
  }
}
