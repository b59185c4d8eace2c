import {
  HORIZONS,
  TARGET_YEARS,
  horizonFromYear,
  horizonYear,
  isEarlierHorizon,
  isHorizon,
  yearsUpToHorizon,
} from './horizons';

describe('horizons', () => {
  it('are 2021, 2024 and 2030 in order', () => {
    expect(HORIZONS.map(horizonYear)).toEqual([2021, 2024, 2030]);
  });

  it('map back from their years, and other years are no horizon', () => {
    expect(horizonFromYear(2024)).toBe('Y2024');
    expect(horizonFromYear(2030)).toBe('Y2030');
    expect(horizonFromYear(2022)).toBeUndefined();
  });

  it('compare strictly: a horizon is not earlier than itself', () => {
    expect(isEarlierHorizon('Y2021', 'Y2024')).toBe(true);
    expect(isEarlierHorizon('Y2024', 'Y2030')).toBe(true);
    expect(isEarlierHorizon('Y2021', 'Y2030')).toBe(true);
    expect(isEarlierHorizon('Y2024', 'Y2024')).toBe(false);
    expect(isEarlierHorizon('Y2030', 'Y2021')).toBe(false);
  });

  it('list the target years up to and including the horizon', () => {
    expect(TARGET_YEARS).toEqual([2021, 2022, 2023, 2024, 2030]);
    expect(yearsUpToHorizon('Y2021')).toEqual([2021]);
    expect(yearsUpToHorizon('Y2024')).toEqual([2021, 2022, 2023, 2024]);
    expect(yearsUpToHorizon('Y2030')).toEqual([2021, 2022, 2023, 2024, 2030]);
  });

  it('recognise only the exact horizon names', () => {
    expect(isHorizon('Y2024')).toBe(true);
    expect(isHorizon('2024')).toBe(false);
  });
});
