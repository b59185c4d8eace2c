import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from './i18n/translator';
import { Translator } from './i18n/translator';
import { loadedResources, type Language } from '../app/i18n';

/**
 * The server speaks in codes (`extensions.code`) and rule keys (`extensions.details[].rule`); its sentences are
 * English, for logs and the GraphQL IDE. The interface says the same thing in its own language, from here.
 */

/** Where a rule key's sentence may live: the form rules, the GosTech rules, the completeness lists, then the rest. */
export const RULE_NAMESPACES = [
  'editor.rules',
  'gostech.rules',
  'editor.completeness',
  'gostech.completeness',
  'errors.rule',
  'ratings.import.rules',
] as const;

/** Transport codes the server sends besides the domain's ERROR_CODES (Apollo's, the limits', the HTTP layer's). */
export const TRANSPORT_CODES = [
  'INTERNAL_SERVER_ERROR',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'UNSUPPORTED_MEDIA_TYPE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  // The database faults (http/database-faults.ts): 503 while PostgreSQL is down, 507 when SQLite's disk is full.
  'DATABASE_UNAVAILABLE',
  'STORAGE_FULL',
] as const;

interface ServerErrorLike {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

type Exists = (key: string) => boolean;

/** The sentence for a rule key in the interface language, or null when no namespace has it. */
export function ruleSentence(
  t: TFunction,
  exists: Exists,
  rule: string,
  params: Record<string, unknown> = {},
): string | null {
  for (const ns of RULE_NAMESPACES) {
    const key = `${ns}.${rule}`;
    if (exists(key)) return t(key, params);
  }
  return null;
}

/** The sentence for an error code in the interface language, or null for a code nobody translated. */
export function codeSentence(t: TFunction, exists: Exists, code: string): string | null {
  const key = `errors.code.${code}`;
  return exists(key) ? t(key) : null;
}

/**
 * Which versions collided in a CONFLICT: `extensions.details[0].params` or `extensions.version`/`current` when
 * the server sends them, otherwise read from its fixed English sentence ("you have version 5, it is at 6").
 */
export function conflictVersions(e: ServerErrorLike): { version: number; current: number } | null {
  const details = e.extensions?.['details'];
  const params = Array.isArray(details)
    ? (details[0] as { params?: Record<string, unknown> } | undefined)?.params
    : undefined;
  const source = params ?? e.extensions ?? {};
  const [version, current] = [Number(source['version']), Number(source['current'])];
  if (Number.isInteger(version) && Number.isInteger(current) && source['version'] !== undefined)
    return { version, current };
  const m = /version (\d+), it is at (\d+)/.exec(e.message);
  return m ? { version: Number(m[1]), current: Number(m[2]) } : null;
}

/** One server error as the interface shows it. */
export interface ServerErrorDescription {
  /** The sentence in the interface language (the server's own only when nothing here knows its code). */
  text: string;
  /**
   * The server's own (English) sentence when `text` only names the kind of error (its code's sentence) and the
   * server said more: shown as a detail, marked as English, never as the message itself.
   */
  detail: string | null;
  code: string | null;
}

/**
 * One server error in the interface language: a CONFLICT with its versions, a rule's sentence for field errors and
 * refusals, the code's sentence otherwise (with the server's more specific sentence as a detail).
 */
export function describeServerError(t: TFunction, exists: Exists, e: ServerErrorLike): ServerErrorDescription {
  const code = typeof e.extensions?.['code'] === 'string' ? (e.extensions['code'] as string) : null;
  if (code === 'CONFLICT') {
    const versions = conflictVersions(e);
    return {
      text: versions ? t('errors.conflict.versions', versions) : t('errors.conflict.plain'),
      detail: null,
      code,
    };
  }
  const details = e.extensions?.['details'];
  if (Array.isArray(details)) {
    const sentences = details
      .map((d: { rule?: unknown; params?: Record<string, unknown> }) =>
        typeof d?.rule === 'string' ? ruleSentence(t, exists, d.rule, d.params ?? {}) : null,
      )
      .filter((s): s is string => s !== null);
    if (sentences.length > 0) return { text: [...new Set(sentences)].join('; '), detail: null, code };
  }
  const sentence = code ? codeSentence(t, exists, code) : null;
  if (!sentence) return { text: e.message, detail: null, code };
  return { text: sentence, detail: e.message && e.message !== sentence ? e.message : null, code };
}

/** `describeServerError`'s sentence alone (where there is no room for a detail). */
export function serverErrorText(t: TFunction, exists: Exists, e: ServerErrorLike): string {
  return describeServerError(t, exists, e).text;
}

export function pageLanguage(): Language {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'ru';
}

/** `serverErrorText` in the page's current language (`<html lang>`, which the i18n instance keeps in step). */
export function serverErrorTextNow(e: ServerErrorLike): string {
  const lng = pageLanguage();
  // A translator over the texts in memory now (the page shows a language only once its texts are in; the rest of
  // Russian arrives with the first page other than the overview).
  const resources = Object.fromEntries(Object.entries(loadedResources()).map(([code, r]) => [code, r.translation]));
  const standalone = new Translator({ lng, fallbackLng: 'ru', resources });
  const t = standalone.t;
  return serverErrorText(t, (key) => standalone.exists(key), e);
}

/**
 * Every error of a failed request as the interface shows it: each GraphQL error described; a non-GraphQL answer by
 * its status; a request that never reached the server (fetch rejects with a TypeError) as a network failure, the
 * browser's own words as the detail; any other error — the app's own, already in the interface language — as it is.
 */
export function describeRequestError(t: TFunction, exists: Exists, error: unknown): ServerErrorDescription[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => describeServerError(t, exists, e));
  if (ServerError.is(error)) {
    // Not GraphQL's media type (a proxy's 502, the HTTP layer's 429 or 413): its meaning when it has one, else
    // its number. (Apollo Server answers our client in application/graphql-response+json: those are GraphQL errors.)
    const status = error.statusCode;
    const code = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'SERVICE_UNAVAILABLE' : null;
    const sentence = code ? codeSentence(t, exists, code) : null;
    return [{ text: sentence ?? t('errors.http', { status }), detail: null, code }];
  }
  if (error instanceof TypeError) return [{ text: t('errors.network'), detail: error.message || null, code: null }];
  return [{ text: error instanceof Error ? error.message : String(error), detail: null, code: null }];
}
