import type { z } from 'zod';
import { apiMessages, isApiMessageKey } from '../../../core/api';
import { formatBoth } from '../../../core/i18n';
import type { Localized } from '../../../core/model';
import { apiError } from './api-error';

type Issue = z.core.$ZodIssue;

/** Parses a request body; a failure becomes 422 with a localized message per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw apiError(422, 'validation', 'error.validation', {}, { fields: fieldsOf(result.error.issues) });
}

/** Parses a query string; a failure becomes 400. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const result = schema.safeParse(query ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw apiError(400, 'validation', 'error.validation', {}, { fields: fieldsOf(result.error.issues) });
}

/** The first message per field path ("settings.sendTime"); the root is "_". */
export function fieldsOf(issues: readonly Issue[]): Record<string, Localized> {
  const fields: Record<string, Localized> = {};
  for (const issue of issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '_';
    if (!(path in fields)) fields[path] = messageOf(issue);
  }
  return fields;
}

function messageOf(issue: Issue): Localized {
  const params = paramsOf(issue);
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return apiMessages['field.required'];
    if (issue.message !== 'field.required' && isApiMessageKey(issue.message))
      return apiMessages[issue.message];
    return apiMessages['field.invalid'];
  }
  // A schema-level message (e.g. 'field.number') also lands on its checks; bounds say more.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    return formatBoth(apiMessages[issue.code === 'too_small' ? 'field.min' : 'field.max'], params);
  }
  if (isApiMessageKey(issue.message)) return formatBoth(apiMessages[issue.message], params);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'number') return formatBoth(apiMessages['field.max'], params);
      return formatBoth(
        issue.origin === 'string' ? apiMessages['field.tooLong'] : apiMessages['field.tooMany'],
        params,
      );
    case 'too_small':
      if (issue.origin === 'number') return formatBoth(apiMessages['field.min'], params);
      return issue.origin === 'string' ? apiMessages['field.required'] : apiMessages['field.tooFew'];
    default:
      return apiMessages['field.invalid'];
  }
}

function paramsOf(issue: Issue): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if ('maximum' in issue) out.max = Number(issue.maximum);
  if ('minimum' in issue) out.min = Number(issue.minimum);
  return out;
}
