import { bandRanks, MAP_BANDS, mapBand } from './map-bands';

describe('rank bands of the rating map (five bands by rank)', () => {
  it.each<[number, number, string]>([
    [1, 85, 'TOP'],
    [17, 85, 'TOP'],
    [18, 85, 'HIGH'],
    [43, 85, 'MIDDLE'],
    [68, 85, 'LOW'],
    [69, 85, 'BOTTOM'],
    [85, 85, 'BOTTOM'],
    [1, 1, 'TOP'],
    [3, 4, 'MIDDLE'],
  ])('rank %i of %i is %s', (rank, count, band) => {
    expect(mapBand(rank, count)).toBe(band);
  });

  it('every rank of 85 falls in the band whose range covers it; bands hold 17 each', () => {
    for (const band of MAP_BANDS) {
      const [first, last] = bandRanks(band, 85);
      expect(last - first + 1).toBe(17);
      for (let r = first; r <= last; r += 1) expect(mapBand(r, 85)).toBe(band);
    }
  });
});
