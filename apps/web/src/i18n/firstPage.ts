/**
 * The Russian texts the first page (the public overview, its header and error screens) needs: whole sections and
 * single keys of ru.json. Only these ship with the first page; the rest of Russian is its own chunk, fetched with the
 * first other page (src/app/i18n.ts `loadAllTexts`). Add a key here when the overview, the header or the user menu
 * starts using it (firstPageTextsUsed.test.ts checks the modules main.tsx imports statically).
 */
export const FIRST_PAGE_TEXTS: readonly string[] = [
  'app',
  'auth',
  'common',
  'map',
  'overview',
  'regions',
  'status',
  // The header's links to the other sections.
  'gostech.navLabel',
  'progress.navLabel',
  'mszu.navLabel',
  // ErrorNotice (a failed sign-out in the user menu).
  'editor.saveFailed',
  'review.actionFailed',
  'review.errorCode',
];
