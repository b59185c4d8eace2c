import { monthsBetween, stepsByMonth } from './mszu-months';

describe('МСЗУ statuses by month', () => {
  it.each([
    ['2021-11-03', '2022-02-01', ['2021-11', '2021-12', '2022-01', '2022-02']],
    ['2021-08-31', '2021-08-01', ['2021-08']],
  ])('months from %s to %s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });

  it('takes the step in force at each month’s end, the later entry of a day winning, none before the first', () => {
    const history = [
      { step: 'CONNECTED', on: '2021-10-31', seq: 2 },
      { step: 'FORM_READY', on: '2021-09-15', seq: 1 },
      { step: 'FORM_READY', on: '2021-10-31', seq: 1 },
    ];
    expect(stepsByMonth(history, ['2021-08', '2021-09', '2021-10', '2021-11'])).toEqual([
      { month: '2021-09', step: 'FORM_READY', since: '2021-09-15' },
      { month: '2021-10', step: 'CONNECTED', since: '2021-10-31' },
      { month: '2021-11', step: 'CONNECTED', since: '2021-10-31' },
    ]);
  });
});
