import { validateQueue, validateServiceRow } from './catalogue';
import { DEFAULT_THRESHOLDS, nationalShare, regionPicture, standing, type CatalogueService } from './dashboard';
import { connectedSince, isConnected, stepAt, validateStepChange, type StepEntry, type StepChange } from './steps';

const h = (...entries: [string, StepEntry['step']][]): StepEntry[] =>
  entries.map(([on, step], seq) => ({ on, step, seq }));

describe('stepAt: the state at a date, derived from the history', () => {
  const history = h(
    ['2021-08-10', 'FORM_READY'],
    ['2021-09-15', 'CONNECTED'],
    ['2021-11-02', 'IN_OPERATION'],
    ['2021-12-01', 'FORM_READY'],
  );
  it.each([
    ['2021-07-31', 'NOT_STARTED'],
    ['2021-08-10', 'FORM_READY'],
    ['2021-09-14', 'FORM_READY'],
    ['2021-09-30', 'CONNECTED'],
    ['2021-11-30', 'IN_OPERATION'],
    ['2021-12-31', 'FORM_READY'],
  ] as const)('on %s it is %s', (date, step) => expect(stepAt(history, date)).toBe(step));

  it('takes the later recorded entry of the same day, whatever the order given', () => {
    expect(
      stepAt(
        [
          { on: '2021-09-01', step: 'CONNECTED', seq: 2 },
          { on: '2021-09-01', step: 'FORM_READY', seq: 1 },
        ],
        '2021-09-01',
      ),
    ).toBe('CONNECTED');
  });

  it('counts CONNECTED and IN_OPERATION as connected', () => {
    expect(['NOT_STARTED', 'FORM_READY', 'CONNECTED', 'IN_OPERATION'].map((s) => isConnected(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('knows since when a service has been connected, restarting after a step back', () => {
    expect(connectedSince(history, '2021-11-30')).toBe('2021-09-15');
    expect(connectedSince(history, '2021-12-31')).toBeUndefined();
    expect(connectedSince([...history, { on: '2022-01-10', step: 'CONNECTED', seq: 9 }], '2022-01-31')).toBe(
      '2022-01-10',
    );
  });
});

describe('validateStepChange', () => {
  const ok: StepChange = {
    serviceKnown: true,
    step: 'CONNECTED',
    on: '2021-09-01',
    queueOpensOn: '2021-08-01',
    today: '2021-10-01',
    previous: 'FORM_READY',
  };
  it.each<[string, Partial<StepChange>, string[]]>([
    ['a valid step forward', {}, []],
    ['an unknown service', { serviceKnown: false }, ['serviceCode:mszu_unknown_service']],
    ['an unknown step', { step: 'DONE' }, ['step:mszu_unknown_step']],
    ['a date that is not a date', { on: '2021-13-01' }, ['on:date_invalid']],
    ['a date before the queue opened', { on: '2021-07-31' }, ['on:mszu_before_queue_opened']],
    ['a date in the future', { on: '2021-10-02' }, ['on:mszu_date_in_future']],
    [
      'a step backwards without a reason',
      { step: 'NOT_STARTED', previous: 'CONNECTED' },
      ['reason:mszu_backwards_needs_reason'],
    ],
    [
      'a step backwards with a blank reason',
      { step: 'FORM_READY', previous: 'IN_OPERATION', reason: '  ' },
      ['reason:mszu_backwards_needs_reason'],
    ],
    [
      'a step backwards with a reason',
      { step: 'FORM_READY', previous: 'IN_OPERATION', reason: 'Портал отключил форму' },
      [],
    ],
    ['the same step again', { step: 'FORM_READY', previous: 'FORM_READY' }, []],
  ])('%s', (_name, change, expected) => {
    expect(validateStepChange({ ...ok, ...change }).map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
  });
});

describe('catalogue checks', () => {
  it.each<[string, object, string[]]>([
    ['a valid row', {}, []],
    ['a blank code', { code: ' ' }, ['code:required']],
    ['a duplicate code', { code: 'DUP' }, ['code:mszu_duplicate_code']],
    ['an unknown level', { level: 'STATE' }, ['level:mszu_unknown_level']],
    ['an unknown queue', { queue: 4 }, ['queue:mszu_unknown_queue']],
    ['a blank name', { name: '' }, ['name:required']],
  ])('%s', (_n, change, expected) => {
    const row = { code: 'S-1', name: 'Услуга', level: 'REGIONAL', queue: 1, ...change };
    expect(validateServiceRow(row, [1, 2, 3], new Set(['DUP'])).map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
  });
  it.each<[object, string[]]>([
    [{ number: 1, opensOn: '2021-08-01', dueOn: '2021-10-01' }, []],
    [{ number: 0, opensOn: '2021-08-01', dueOn: '2021-10-01' }, ['number:mszu_queue_number']],
    [{ number: 2, opensOn: '2021-08-01', dueOn: '2021-07-01' }, ['dueOn:mszu_due_before_opening']],
  ])('queue %j', (q, expected) =>
    expect(validateQueue(q as never).map((e) => `${e.field}:${e.rule}`)).toEqual(expected),
  );
});

describe('the picture at a date', () => {
  const services: CatalogueService[] = [
    { id: 'f1', level: 'FEDERAL', queue: 1 },
    { id: 'r1', level: 'REGIONAL', queue: 1 },
    { id: 'r2', level: 'MUNICIPAL', queue: 2 },
    { id: 'r3', level: 'BUDGET_INSTITUTION', queue: 2 },
  ];
  const queues = [
    { number: 1, opensOn: '2021-08-01', dueOn: '2021-10-01' },
    { number: 2, opensOn: '2021-08-01', dueOn: '2021-12-01' },
  ];
  const histories: Record<string, StepEntry[]> = {
    f1: h(['2021-09-20', 'CONNECTED']),
    r1: h(['2021-10-20', 'CONNECTED']),
    r2: h(['2021-08-20', 'FORM_READY']),
  };
  const at = (date: string) => regionPicture(services, queues, (id) => histories[id] ?? [], date);

  it('counts connected per queue, on time against the due date, and overdue past it', () => {
    expect(at('2021-09-30').queues).toEqual([
      { queue: 1, connected: 1, total: 2, onTime: 1, overdue: 0 },
      { queue: 2, connected: 0, total: 2, onTime: 0, overdue: 0 },
    ]);
    expect(at('2021-10-31').queues[0]).toEqual({ queue: 1, connected: 2, total: 2, onTime: 1, overdue: 0 });
    expect(at('2021-12-31').queues[1]).toEqual({ queue: 2, connected: 0, total: 2, onTime: 0, overdue: 2 });
    expect(at('2021-10-15').queues[0]!.overdue).toBe(1);
  });

  it.each([
    [41, 'LEADER'],
    [40, 'MIDDLE'],
    [2, 'MIDDLE'],
    [1, 'LAGGARD'],
    [0, 'LAGGARD'],
  ] as const)('with the default thresholds %i connected is %s', (n, s) =>
    expect(standing(n, DEFAULT_THRESHOLDS)).toBe(s),
  );

  it('takes thresholds as data', () => expect(standing(5, { leaderAbove: 4, laggardAtMost: 0 })).toBe('LEADER'));

  it('weighs the national share by the federal and regional parts of the catalogue', () => {
    const n = nationalShare([at('2021-10-31'), at('2021-07-31')]);
    expect(n.federalWeight).toBeCloseTo(0.25);
    expect(n.regionalWeight).toBeCloseTo(0.75);
    expect(n.federalShare).toBeCloseTo(0.5);
    expect(n.regionalShare).toBeCloseTo(1 / 6);
    expect(n.share).toBeCloseTo(0.25 * 0.5 + 0.75 / 6);
    expect(nationalShare([]).share).toBeNull();
  });
});
