import { parseAmount, systemStateOf, toSystemInput } from '../model/systemForm';

const system = {
  name: 'ГИС ЖКХ',
  operator: 'Минстрой',
  isStateSystem: true,
  processesPersonalData: false,
  annualCost: 1200000.5,
  stages: [],
  dependsOn: [],
};

describe("a system's annual cost in the reader's notation", () => {
  it('opens the form with a decimal comma in Russian and a point in English, and sends the same number back', () => {
    const ru = systemStateOf(system, 'ru');
    expect(ru.annualCost).toBe('1200000,5');
    expect(systemStateOf(system, 'en').annualCost).toBe('1200000.5');
    expect(toSystemInput(ru).annualCost).toBe(1200000.5);
    expect(toSystemInput({ ...ru, annualCost: '1 200 000,50' }).annualCost).toBe(1200000.5);
  });

  it('reads either separator, blank as no cost and garbage as not a number', () => {
    expect(parseAmount('92,5')).toBe(92.5);
    expect(parseAmount('92.5')).toBe(92.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('12,3,4')).toBeNaN();
  });
});
