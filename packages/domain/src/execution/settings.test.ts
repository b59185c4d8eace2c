import { isProgressYear, thresholdsInOrder } from './settings';

describe('execution settings', () => {
  it.each([
    [{ version: 'v2', achieved: 100, onTrack: 90, atRisk: 75 }, true],
    [{ version: 'v2', achieved: 90, onTrack: 90, atRisk: 90 }, true],
    [{ version: 'v2', achieved: 80, onTrack: 90, atRisk: 75 }, false],
    [{ version: 'v2', achieved: 100, onTrack: 70, atRisk: 75 }, false],
    [{ version: 'v2', achieved: 100, onTrack: 90, atRisk: -1 }, false],
    [{ version: ' ', achieved: 100, onTrack: 90, atRisk: 75 }, false],
    [{ version: 'v2', achieved: Number.NaN, onTrack: 90, atRisk: 75 }, false],
  ])('thresholds %o in order: %s', (t, ok) => expect(thresholdsInOrder(t)).toBe(ok));

  it.each([
    [2009, false],
    [2010, true],
    [2024, true],
    [2030, true],
    [2031, false],
    [2024.5, false],
  ])('year %d is a progress year: %s', (year, ok) => expect(isProgressYear(year)).toBe(ok));
});
