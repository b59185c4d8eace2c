import { readMaturityValues } from '../model/maturityValues';

describe('readMaturityValues (the maturity return checked before it is sent)', () => {
  it('reads decimal commas, leaves empty sectors out of a draft and sends nothing wrong', () => {
    expect(
      readMaturityValues({ education: ' 45,5 ', healthcare: '', transport: '0', urban_environment: '100' }),
    ).toEqual({
      filled: [
        { sector: 'education', value: 45.5 },
        { sector: 'transport', value: 0 },
        { sector: 'urban_environment', value: 100 },
      ],
      errors: {},
    });
  });

  it('says text is not a number and applies the domain range rule, at their sectors', () => {
    const { errors } = readMaturityValues({ education: 'сорок', healthcare: '100.1', transport: '-1' });
    expect(errors.education?.map((e) => e.rule)).toEqual(['invalid_number']);
    expect(errors.healthcare?.map((e) => e.rule)).toEqual(['percent_range']);
    expect(errors.transport?.map((e) => e.rule)).toEqual(['percent_range']);
    expect(errors.public_administration).toBeUndefined();
  });

  it('refuses to save nothing', () => {
    expect(readMaturityValues({ education: '  ' }).errors.form?.map((e) => e.rule)).toEqual(['required']);
  });
});
