/**
 * The Russian texts the first page (the public overview, its header and error screens) needs: whole sections and
 * single keys of ru.json. Only these ship with the first page; the rest of Russian is its own chunk, fetched with the
 * first other page (src/app/i18n.ts `loadAllTexts`). Add a key here when the overview, the header or the user menu
 * starts using it (firstPageTextsUsed.test.ts checks the modules main.tsx imports statically).
 */
export const FIRST_PAGE_TEXTS: readonly string[] = [
  'app',
  // The user menu; the sign-in form's texts come with its lazy page.
  'auth.menu',
  'auth.role',
  'common',
  'overview',
  'regions',
  'status',
  // The header's links to the other sections.
  'gostech.navLabel',
  'progress.navLabel',
  'mszu.navLabel',
  // ErrorNotice (a failed load of the overview, a failed sign-out in the user menu): its headings, and the sentences
  // for what can go wrong there — the transport's codes, not the editors' (every other page loads all of `errors`).
  'editor.saveFailed',
  'review.actionFailed',
  'errors.code.INTERNAL_SERVER_ERROR',
  'errors.code.SERVICE_UNAVAILABLE',
  'errors.code.DATABASE_UNAVAILABLE',
  'errors.code.RATE_LIMITED',
  'errors.conflict',
  'errors.http',
  'errors.network',
];
