import type { EntitySubscriberInterface, InsertEvent } from 'typeorm';
import { IndicatorValueEntity } from '../../goal/indicator-value.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const GOAL =
  'query($id: ID!) { strategy(id: $id) { version goals { id title horizon sector { code } children { id title horizon sector { code } indicators { name targets { year value } } } } } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id title } }';

/** Makes the next indicator-value insert fail inside the transaction: a fault half-way through a multi-row save. */
class FailingValueInserts implements EntitySubscriberInterface<IndicatorValueEntity> {
  armed = false;
  listenTo() {
    return IndicatorValueEntity;
  }
  beforeInsert(_event: InsertEvent<IndicatorValueEntity>) {
    if (this.armed) throw new Error('disk full (injected by the test)');
  }
}

describe('two clients editing the same strategy at once', () => {
  let t: TestServer;
  let bel: string;
  let admin: string;
  let strategyId: string;
  beforeAll(async () => {
    t = await startTestServer();
    [bel, admin] = await Promise.all([t.login('editor.bel@tsifra.test'), t.login('admin@tsifra.test')]);
    strategyId = (
      await t.gql<{ region: { strategy: { id: string } } }>('{ region(code: "RU-BEL") { strategy { id } } }', {}, bel)
    ).data!.region.strategy.id;
  });
  afterAll(() => t.stop());

  const read = async () => (await t.gql<{ strategy: any }>(GOAL, { id: strategyId }, bel)).data!.strategy;

  it('lets exactly one of 20 parallel updateGoal calls with the same version win, in each of 3 races; the losers get CONFLICT and the final state is the winner’s edit', async () => {
    for (let race = 0; race < 3; race++) {
      const s = await read();
      const goal = s.goals[0];
      const titles = Array.from({ length: 20 }, (_, i) => `Гонка ${race}, клиент ${i}`);
      const results = await Promise.all(
        titles.map((title, i) =>
          t.gql<{ updateGoal: { title: string } }>(
            UPDATE,
            { id: goal.id, v: s.version, input: { horizon: goal.horizon, sectorCode: goal.sector.code, title } },
            i % 2 ? bel : admin,
          ),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(19);
      for (const l of losers) expect(l.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const after = await read();
      expect(after.version).toBe(s.version + 1);
      expect(after.goals.find((g: any) => g.id === goal.id).title).toBe(winners[0]!.data!.updateGoal.title);
    }
  });

  it('loses nothing when two clients edit different goals from the same version: the loser re-applies on the new version and both edits stand', async () => {
    const s = await read();
    const [a, b] = [s.goals[0], s.goals[1]];
    const edit = (goal: any, title: string, version: number, token: string) =>
      t.gql(
        UPDATE,
        { id: goal.id, v: version, input: { horizon: goal.horizon, sectorCode: goal.sector.code, title } },
        token,
      );
    const [first, second] = await Promise.all([
      edit(a, 'Правка клиента A', s.version, bel),
      edit(b, 'Правка клиента B', s.version, admin),
    ]);
    const lost = [first, second].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(lost).toHaveLength(1);
    const loserIsA = first.errors !== undefined;
    const fresh = await read();
    const retry = await edit(
      loserIsA ? a : b,
      loserIsA ? 'Правка клиента A' : 'Правка клиента B',
      fresh.version,
      loserIsA ? bel : admin,
    );
    expect(retry.errors).toBeUndefined();
    const after = await read();
    expect(after.version).toBe(s.version + 2);
    expect(after.goals.find((g: any) => g.id === a.id).title).toBe('Правка клиента A');
    expect(after.goals.find((g: any) => g.id === b.id).title).toBe('Правка клиента B');
  });

  it('rolls back a multi-row save that fails part-way: the old title, indicators and version stay', async () => {
    const s = await read();
    const goal = s.goals.flatMap((g: any) => g.children).find((c: any) => c.indicators.length > 0);
    expect(goal).toBeDefined();
    const fault = new FailingValueInserts();
    t.server.db.dataSource.subscribers.push(fault);
    fault.armed = true;
    try {
      const res = await t.gql(
        UPDATE,
        {
          id: goal.id,
          v: s.version,
          input: {
            horizon: goal.horizon,
            sectorCode: goal.sector.code,
            title: 'Половина сохранения',
            indicators: [
              {
                name: 'Новый показатель',
                unit: '%',
                baselineYear: 2020,
                baselineValue: 10,
                targets: [{ year: 2024, value: 50 }],
              },
            ],
          },
        },
        bel,
      );
      // The goal row was updated and the old indicators deleted before the fault struck.
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      fault.armed = false;
    }
    const after = await read();
    expect(after.version).toBe(s.version);
    const same = after.goals.flatMap((g: any) => g.children).find((c: any) => c.id === goal.id);
    expect(same).toEqual(goal);
  });
});
