/** @jest-environment node */
import { Translator } from '../translator';

const ru = {
  app: { name: 'Цифра', hello: 'Привет, {{name}}!' },
  goals: {
    count_zero: 'Нет целей',
    count_one: '{{count}} цель',
    count_few: '{{count}} цели',
    count_many: '{{count}} целей',
    count_other: '{{count}} цели',
  },
  onlyRu: 'Только по-русски',
};
const en = {
  app: { name: 'Tsifra', hello: 'Hello, {{name}}!' },
  goals: { count_one: '{{count}} goal', count_other: '{{count}} goals' },
};

const make = (lng = 'ru') => new Translator({ lng, fallbackLng: 'ru', resources: { ru, en } });

describe('Translator (the i18next subset the app uses)', () => {
  it('reads nested keys and interpolates, leaving unknown placeholders and blanking empty values', () => {
    const t = make().t;
    expect(t('app.name')).toBe('Цифра');
    expect(t('app.hello', { name: 'Анна' })).toBe('Привет, Анна!');
    expect(t('app.hello')).toBe('Привет, {{name}}!');
    expect(t('app.hello', { name: undefined })).toBe('Привет, !');
  });

  it('picks Russian and English plural forms, and the zero form for 0', () => {
    const t = make().t;
    expect([1, 3, 5, 21, 1.5].map((count) => t('goals.count', { count }))).toEqual([
      '1 цель',
      '3 цели',
      '5 целей',
      '21 цель',
      '1.5 цели',
    ]);
    expect(t('goals.count', { count: 0 })).toBe('Нет целей');
    const tEn = make('en').t;
    expect([0, 1, 2].map((count) => tEn('goals.count', { count }))).toEqual(['0 goals', '1 goal', '2 goals']);
  });

  it('falls back to Russian, then to defaultValue, then to the key', () => {
    const i18n = make('en');
    expect(i18n.t('onlyRu')).toBe('Только по-русски');
    expect(i18n.t('missing.key', { defaultValue: '' })).toBe('');
    expect(i18n.t('missing.key')).toBe('missing.key');
    expect(i18n.exists('onlyRu')).toBe(true);
    expect(i18n.exists('missing.key')).toBe(false);
    expect(i18n.t('app')).toBe('app'); // a group, not a text
  });

  it('switches language (fetching one not in memory) and tells listeners', async () => {
    const i18n = new Translator({ lng: 'ru', fallbackLng: 'ru', resources: { ru }, load: async () => en });
    const heard: string[] = [];
    i18n.on('languageChanged', (lng) => heard.push(lng));
    await i18n.changeLanguage('en');
    expect(i18n.t('app.name')).toBe('Tsifra');
    expect(i18n.getFixedT('ru')('app.name')).toBe('Цифра');
    expect(i18n.t('app.name', { lng: 'ru' })).toBe('Цифра');
    expect(heard).toEqual(['en']);
  });

  it('merges texts added later into a language', () => {
    const i18n = new Translator({ lng: 'ru', fallbackLng: 'ru', resources: { ru: { app: { name: 'Цифра' } } } });
    i18n.addResourceBundle('ru', { app: { tagline: 'Стратегии' }, more: { x: 'y' } });
    expect([i18n.t('app.name'), i18n.t('app.tagline'), i18n.t('more.x')]).toEqual(['Цифра', 'Стратегии', 'y']);
  });
});
