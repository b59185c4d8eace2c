import '@testing-library/jest-dom';
import { provideLanguage } from '../app/i18n';
import en from '../i18n/en.json';

// Both languages in memory, as after the app has fetched English: tests switch languages synchronously.
provideLanguage('en', en);

afterEach(() => {
  // Node-environment tests (scripts) have no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
});
