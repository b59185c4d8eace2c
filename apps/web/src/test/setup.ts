import '@testing-library/jest-dom';

afterEach(() => {
  // Node-environment tests (scripts) have no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
});
