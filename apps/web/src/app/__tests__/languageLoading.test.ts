import type * as I18nModule from '../i18n';

/** A fresh copy of the i18n module, as the first page gets it: only Russian in memory (the test setup adds English). */
function freshI18n(): typeof I18nModule {
  let mod: typeof I18nModule | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof I18nModule>('../i18n');
  });
  return mod as typeof I18nModule;
}

describe('interface languages', () => {
  it('ships Russian with the first page and fetches English when the visitor switches', async () => {
    const { createI18n, loadedResources } = freshI18n();
    expect(Object.keys(loadedResources())).toEqual(['ru']);

    const i18n = createI18n('ru');
    expect(i18n.t('app.name')).toBe('Цифра');
    await i18n.changeLanguage('en');

    expect(i18n.language).toBe('en');
    expect(i18n.t('app.name')).toBe('Tsifra');
    expect(Object.keys(loadedResources()).sort()).toEqual(['en', 'ru']);
    expect(document.title).toBe('Tsifra');
  });

  it('loads a stored English choice before the first render', async () => {
    const { createI18n, loadLanguage } = freshI18n();
    await loadLanguage('en');
    expect(createI18n('en').t('app.nav.regions')).toBe('Regions');
  });
});
