import { DEMO_MATURITY_METHODOLOGY, maturityFormula, maturityIndex } from './maturity';

describe('maturityIndex (demo weights)', () => {
  it('weights sum to 1', () => {
    expect(Object.values(DEMO_MATURITY_METHODOLOGY.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 10);
  });
  it.each<[string, Record<string, number>, number, string[]]>([
    [
      'all sectors equal give that value',
      { education: 80, healthcare: 80, public_administration: 80, transport: 80, urban_environment: 80 },
      80,
      [],
    ],
    [
      'weighted mean',
      { education: 100, healthcare: 0, public_administration: 50, transport: 0, urban_environment: 100 },
      50,
      [],
    ],
    [
      'a missing sector counts 0 and is flagged',
      { education: 100, healthcare: 100, public_administration: 100, transport: 100 },
      85,
      ['urban_environment'],
    ],
    [
      'values are clamped to 0–100',
      { education: 150, healthcare: -5, public_administration: 0, transport: 0, urban_environment: 0 },
      25,
      [],
    ],
    ['nothing reported', {}, 0, ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment']],
  ])('%s', (_n, values, index, missing) => {
    const r = maturityIndex(DEMO_MATURITY_METHODOLOGY, values);
    expect(r.index).toBe(index);
    expect(r.missing).toEqual(missing);
  });
  it('writes its formula', () => {
    expect(maturityFormula(DEMO_MATURITY_METHODOLOGY)).toBe(
      'index = 0.25×education + 0.25×healthcare + 0.2×public_administration + 0.15×transport + 0.15×urban_environment',
    );
  });
});
