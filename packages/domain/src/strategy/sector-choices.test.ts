import { RATIONALE_MAX, validateRationale, validateSectorChoice } from './sector-choices';

describe('sector choices', () => {
  it('accepts known sectors with short rationales', () => {
    expect(
      validateSectorChoice(
        ['healthcare', 'education'],
        [{ sectorCode: 'healthcare', rationale: 'Очереди в поликлиниках' }],
      ),
    ).toEqual([]);
    expect(validateSectorChoice([])).toEqual([]);
  });

  it('refuses unknown sectors, rationales for sectors not chosen, repeats and long rationales', () => {
    const errors = validateSectorChoice(
      ['healthcare', 'space_program'],
      [
        { sectorCode: 'education', rationale: 'x' },
        { sectorCode: 'healthcare', rationale: 'a' },
        { sectorCode: 'healthcare', rationale: 'x'.repeat(RATIONALE_MAX + 1) },
      ],
    );
    expect(errors.map((e) => [e.field, e.rule])).toEqual([
      ['sectorCodes[1]', 'unknown_sector'],
      ['rationales[0].sectorCode', 'sector_not_chosen'],
      ['rationales[2].sectorCode', 'duplicate_sector'],
      ['rationales[2].rationale', 'too_long'],
    ]);
  });

  it('measures a rationale after trimming', () => {
    expect(validateRationale(`  ${'x'.repeat(RATIONALE_MAX)}  `)).toEqual([]);
    expect(validateRationale(null)).toEqual([]);
  });
});
