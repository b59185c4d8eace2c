import { DomainError } from '@tsifra/domain/errors';

const BODY_MAX = 10_000;

/** Checks a comment, remark or cover-note text: trimmed, not empty, at most 10 000 characters. */
export function checkBody(body: string, field: string): string {
  const text = body.trim();
  if (!text) throw new DomainError('BAD_USER_INPUT', 'The text is empty.', field);
  if (text.length > BODY_MAX)
    throw new DomainError('BAD_USER_INPUT', `The text is longer than ${BODY_MAX} characters.`, field);
  return text;
}
