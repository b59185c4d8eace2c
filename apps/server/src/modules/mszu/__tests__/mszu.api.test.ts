import { startTestServer, type TestServer } from '../../../testing/test-server';

const DASHBOARD = `query($p: String!) { mszuDashboard(period: $p) { region { code } period connected total standing share queues { queue connected total onTime overdue } } }`;
const RECORD = `mutation($r: String!, $s: [MszuStepInput!]!) { recordMszuSteps(regionCode: $r, steps: $s) { id step on reason } }`;
const LEADERS = ['RU-NEN', 'RU-KC', 'RU-MUR', 'RU-ME', 'RU-SMO', 'RU-KLU'];
const LAGGARDS = ['RU-ARK', 'RU-IRK', 'RU-MAG', 'RU-AL', 'RU-KR', 'RU-SE'];

interface Row {
  region: { code: string };
  connected: number;
  total: number;
  standing: string;
  queues: { queue: number; connected: number; total: number; onTime: number; overdue: number }[];
}

describe('the МСЗУ tracker through the API', () => {
  let t: TestServer;
  let admin: string;
  let belEditor: string;
  let tulEditor: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login('admin@tsifra.test');
    belEditor = await t.login('editor.bel@tsifra.test');
    tulEditor = await t.login('editor.tul@tsifra.test');
  });
  afterAll(() => t.stop());

  const dashboard = async (period: string) => {
    const res = await t.gql<{ mszuDashboard: Row[] }>(DASHBOARD, { p: period });
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.mszuDashboard.map((r) => [r.region.code, r]));
  };
  const entryCount = async () =>
    Number((await t.server.db.dataSource.query('SELECT COUNT(*) AS n FROM mszu_status_steps'))[0].n);
  const belServices = async (period: string) =>
    (
      await t.gql<{
        region: {
          mszuServices: {
            service: { code: string; queue: number };
            step: string;
            since: string | null;
            history: { id: string; step: string; on: string; superseded: boolean }[];
          }[];
        };
      }>(
        'query($p: String) { region(code: "RU-BEL") { mszuServices(period: $p) { service { code queue } step since history { id step on superseded } } } }',
        { p: period },
      )
    ).data!.region.mszuServices;

  it('has a catalogue of 101 services in queues of 51, 25 and 25 with their dates as data', async () => {
    const res = await t.gql<{
      mszuServices: { code: string; queue: number; level: string }[];
      mszuQueues: { number: number; opensOn: string; dueOn: string; services: number }[];
    }>('{ mszuServices { code queue level } mszuQueues { number opensOn dueOn services } }');
    expect(res.data!.mszuServices).toHaveLength(101);
    expect(new Set(res.data!.mszuServices.map((s) => s.code)).size).toBe(101);
    expect(res.data!.mszuQueues).toEqual([
      { number: 1, opensOn: '2021-08-01', dueOn: '2021-10-01', services: 51 },
      { number: 2, opensOn: '2021-08-01', dueOn: '2021-10-05', services: 25 },
      { number: 3, opensOn: '2021-08-01', dueOn: '2021-12-01', services: 25 },
    ]);
  });

  it('derives the September 2021 picture: six leaders above 40 connected, six laggards at exactly one', async () => {
    const sept = await dashboard('2021-09');
    expect(sept.size).toBe(85);
    for (const code of LEADERS) {
      expect(sept.get(code)!.connected).toBeGreaterThan(40);
      expect(sept.get(code)!.standing).toBe('LEADER');
    }
    for (const code of LAGGARDS) {
      expect(sept.get(code)!.connected).toBe(1);
      expect(sept.get(code)!.standing).toBe('LAGGARD');
    }
    expect(
      [...sept.values()]
        .filter((r) => r.standing === 'LEADER')
        .map((r) => r.region.code)
        .sort(),
    ).toEqual([...LEADERS].sort());
    expect(
      [...sept.values()]
        .filter((r) => r.standing === 'LAGGARD')
        .map((r) => r.region.code)
        .sort(),
    ).toEqual([...LAGGARDS].sort());
    const row = sept.get('RU-NEN')!;
    expect(row.total).toBe(101);
    expect(row.queues.map((q) => q.total)).toEqual([51, 25, 25]);
    expect(row.queues.reduce((a, q) => a + q.connected, 0)).toBe(row.connected);
  });

  it('shows most regions catching up through 2022, overdue counted against each queue’s due date', async () => {
    const dec22 = await dashboard('2022-12');
    const nearlyDone = [...dec22.values()].filter((r) => r.connected >= 90).length;
    expect(nearlyDone).toBeGreaterThan(60);
    const oct = await dashboard('2021-10');
    const ark = oct.get('RU-ARK')!;
    // Queue 1 was due 2021-10-01: every unconnected service of it is overdue at the end of October.
    expect(ark.queues[0]!.overdue).toBe(51 - ark.queues[0]!.connected);
    expect(ark.queues[2]!.overdue).toBe(0);
  });

  it('gives the national share with its inputs and a region’s month equal to its dashboard row', async () => {
    const res = await t.gql(
      '{ mszuNational(period: "2021-09") { share federalWeight regionalWeight federalShare regionalShare connected total leaders laggards } region(code: "RU-KLU") { mszu(period: "2021-09") { connected total standing } } }',
    );
    const n = res.data.mszuNational;
    expect(n.total).toBe(85 * 101);
    expect(n.federalWeight + n.regionalWeight).toBeCloseTo(1);
    expect(n.federalWeight).toBeCloseTo(4 / 101);
    expect(n.share).toBeCloseTo(n.federalWeight * n.federalShare + n.regionalWeight * n.regionalShare);
    expect(n.share).toBeCloseTo(n.connected / n.total);
    expect([n.leaders, n.laggards]).toEqual([6, 6]);
    expect(res.data.region.mszu).toEqual({
      connected: (await dashboard('2021-09')).get('RU-KLU')!.connected,
      total: 101,
      standing: 'LEADER',
    });
  });

  it('changes the September picture, not July’s, when a step dated in August 2021 is recorded or corrected', async () => {
    const before = {
      jul: (await dashboard('2021-07')).get('RU-BEL')!,
      sep: (await dashboard('2021-09')).get('RU-BEL')!,
    };
    const services = await belServices('2021-09');
    const notConnected = services.find((s) => s.history.every((h) => h.on > '2021-10-31'))!;
    const rec = await t.gql(
      RECORD,
      { r: 'RU-BEL', s: [{ serviceCode: notConnected.service.code, step: 'CONNECTED', on: '2021-08-20' }] },
      belEditor,
    );
    expect(rec.errors).toBeUndefined();
    expect((await dashboard('2021-09')).get('RU-BEL')!.connected).toBe(before.sep.connected + 1);
    expect((await dashboard('2021-07')).get('RU-BEL')!).toEqual(before.jul);
    // A correction moves that August step to October, with a reason; the old entry stays, marked superseded.
    const id = rec.data.recordMszuSteps[0].id;
    const noReason = await t.gql(
      'mutation($id: ID!) { correctMszuStep(id: $id, input: { step: CONNECTED, on: "2021-10-12", reason: " " }) { id } }',
      { id },
      belEditor,
    );
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const fixed = await t.gql(
      'mutation($id: ID!) { correctMszuStep(id: $id, input: { step: CONNECTED, on: "2021-10-12", reason: "Дата подключения указана ошибочно" }) { id on reason superseded } }',
      { id },
      belEditor,
    );
    expect(fixed.errors).toBeUndefined();
    expect((await dashboard('2021-09')).get('RU-BEL')!.connected).toBe(before.sep.connected);
    const history = (await belServices('2021-10')).find((s) => s.service.code === notConnected.service.code)!;
    expect(history.step).toBe('CONNECTED');
    expect(history.since).toBe('2021-10-12');
    expect(history.history.filter((h) => h.superseded).map((h) => h.on)).toEqual(['2021-08-20']);
    const again = await t.gql(
      'mutation($id: ID!) { correctMszuStep(id: $id, input: { step: CONNECTED, on: "2021-10-12", reason: "ещё раз" }) { id } }',
      { id },
      belEditor,
    );
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('refuses another region’s editor and a reviewer, writing nothing', async () => {
    const n = await entryCount();
    const step = [{ serviceCode: 'МСЗУ-1-05', step: 'CONNECTED', on: '2021-09-01' }];
    expect((await t.gql(RECORD, { r: 'RU-BEL', s: step }, tulEditor)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(RECORD, { r: 'RU-BEL', s: step }, await t.login('reviewer@tsifra.test'))).errors![0]!.extensions!
        .code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(RECORD, { r: 'RU-BEL', s: step })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await entryCount()).toBe(n);
  });

  it.each([
    [
      'an unknown service',
      { serviceCode: 'НЕТ-ТАКОЙ', step: 'CONNECTED', on: '2021-09-01' },
      'steps[1].serviceCode',
      'mszu_unknown_service',
    ],
    [
      'a date before the queue opened',
      { serviceCode: 'МСЗУ-2-03', step: 'CONNECTED', on: '2021-07-15' },
      'steps[1].on',
      'mszu_before_queue_opened',
    ],
    [
      'a date in the future',
      { serviceCode: 'МСЗУ-2-03', step: 'IN_OPERATION', on: '2099-01-01' },
      'steps[1].on',
      'mszu_date_in_future',
    ],
    [
      'a step backwards without a reason',
      { serviceCode: 'BACK', step: 'NOT_STARTED', on: '2022-12-30' },
      'steps[1].reason',
      'mszu_backwards_needs_reason',
    ],
  ])(
    'refuses %s as a field error and writes nothing, not even the valid steps beside it',
    async (_name, bad, field, rule) => {
      const services = await belServices('2022-12');
      const connected = services.find((s) => s.step === 'CONNECTED' || s.step === 'IN_OPERATION')!.service.code;
      const n = await entryCount();
      const res = await t.gql(
        RECORD,
        {
          r: 'RU-BEL',
          s: [
            { serviceCode: 'МСЗУ-3-01', step: 'FORM_READY', on: '2021-09-01' },
            { ...bad, serviceCode: bad.serviceCode === 'BACK' ? connected : bad.serviceCode },
          ],
        },
        admin,
      );
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(
        (res.errors![0]!.extensions!.details as { field: string; rule: string }[]).map((d) => [d.field, d.rule]),
      ).toEqual([[field, rule]]);
      expect(await entryCount()).toBe(n);
    },
  );

  it('accepts a step backwards with a reason', async () => {
    const connected = (await belServices('2022-12')).find((s) => s.step === 'IN_OPERATION')!.service.code;
    const res = await t.gql(
      RECORD,
      {
        r: 'RU-BEL',
        s: [{ serviceCode: connected, step: 'FORM_READY', on: '2022-12-30', reason: 'Форма снята с портала' }],
      },
      belEditor,
    );
    expect(res.errors).toBeUndefined();
    expect((await belServices('2022-12')).find((s) => s.service.code === connected)!.step).toBe('FORM_READY');
  });

  it('lets only admins change the catalogue, queues and settings', async () => {
    const input = { code: 'DEMO-X', name: 'Тестовая услуга', level: 'MUNICIPAL', queue: 3 };
    expect(
      (await t.gql('mutation($i: MszuServiceInput!) { saveMszuService(input: $i) { id } }', { i: input }, belEditor))
        .errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const bad = await t.gql(
      'mutation($i: MszuServiceInput!) { saveMszuService(input: $i) { id } }',
      { i: { ...input, queue: 9 } },
      admin,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.queue' });
    const s = await t.gql(
      'mutation { updateMszuSettings(input: { leaderAbove: 30 }) { leaderAbove laggardAtMost dueDay reviewRequired } }',
      {},
      admin,
    );
    expect(s.data.updateMszuSettings).toEqual({ leaderAbove: 30, laggardAtMost: 1, dueDay: 5, reviewRequired: false });
    const sept = await t.gql<{ mszuNational: { leaders: number } }>('{ mszuNational(period: "2021-09") { leaders } }');
    expect(sept.data!.mszuNational.leaders).toBeGreaterThan(6);
    await t.gql('mutation { updateMszuSettings(input: { leaderAbove: 40 }) { leaderAbove } }', {}, admin);
  });

  it('refuses a period that is not a month', async () => {
    const res = await t.gql('{ mszuDashboard(period: "2021-Q3") { connected } }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('gives the monthly dynamics, national and per region', async () => {
    const res = await t.gql<{
      n: { period: string; connected: number; share: number }[];
      r: { period: string; connected: number; total: number }[];
    }>(
      '{ n: mszuDynamics(from: "2021-08", to: "2022-12") { period connected share } r: mszuDynamics(from: "2021-08", to: "2022-12", regionCode: "RU-NEN") { period connected total } }',
    );
    expect(res.data!.n).toHaveLength(17);
    expect(res.data!.n[16]!.connected).toBeGreaterThan(res.data!.n[1]!.connected);
    expect(res.data!.r.find((p) => p.period === '2021-09')!.connected).toBeGreaterThan(40);
    expect(res.data!.r[0]!.total).toBe(101);
  });
});
