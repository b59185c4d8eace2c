/** A part of a language file, split at build time (build/splitTexts.ts). */
declare module '*.json?texts=first' {
  const texts: import('../app/i18n').Translation;
  export default texts;
}
declare module '*.json?texts=rest' {
  const texts: import('../app/i18n').Translation;
  export default texts;
}
