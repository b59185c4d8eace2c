/** @jest-environment node */
import { pickTexts, restOfTexts } from '../../../build/splitTexts';
import { FIRST_PAGE_TEXTS } from '../../i18n/firstPage';
import ru from '../../i18n/ru.json';

describe('the Russian texts split for the first page (issue 16)', () => {
  const first = pickTexts(ru, FIRST_PAGE_TEXTS);
  const rest = restOfTexts(ru, FIRST_PAGE_TEXTS);

  it('puts the overview and header texts on the first page and the other sections in the rest', () => {
    expect(first['app']).toEqual(ru.app);
    expect(first['gostech']).toEqual({ navLabel: ru.gostech.navLabel });
    expect(rest['app']).toBeUndefined();
    expect(rest['editor']).toEqual(ru.editor);
  });

  it('loses no text: the first page merged with the rest is the whole file', () => {
    expect({ ...first, ...rest }).toEqual(ru);
  });

  it('keeps the first page small: well under half of the file', () => {
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(ru).length / 4);
  });

  it('refuses a key that is not in the file', () => {
    expect(() => pickTexts(ru, ['app.noSuchKey'])).toThrow('no text "app.noSuchKey"');
  });
});
