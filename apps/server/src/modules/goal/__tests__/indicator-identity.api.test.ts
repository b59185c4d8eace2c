import { startTestServer, type TestServer } from '../../../testing/test-server';

const BEL = `query { region(code: "RU-BEL") { strategy { id version
  goals(sectorCode: "healthcare") { id horizon title description parent { id title } sector { code name }
    indicators { id name unit direction baselineYear baselineValue responsible targets { year value } } } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }`;

describe('an indicator keeps its id across edits, and remarks name their place', () => {
  let t: TestServer;
  let bel: string;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2021-09-04' } });
    [bel, reviewer] = (await Promise.all(['editor.bel', 'reviewer'].map((u) => t.login(`${u}@tsifra.test`)))) as [
      string,
      string,
    ];
  });
  afterAll(() => t.stop());

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const strategy = async () => (await ok(BEL, {}, bel)).region.strategy;
  const input = (g: any, indicators: any[]) => ({
    horizon: g.horizon,
    sectorCode: g.sector.code,
    title: g.title,
    description: g.description,
    parentId: g.parent?.id ?? null,
    indicators,
  });
  const plain = ({ id: _id, ...rest }: any) => rest;

  it('updates in place by id, else by name; creates only new ones and deletes the removed', async () => {
    let s = await strategy();
    const goal = s.goals.find((g: any) => g.indicators.length > 0);
    const [first] = goal.indicators;
    // Same name, no id, a changed target: the same indicator.
    await ok(
      UPDATE,
      {
        id: goal.id,
        v: s.version,
        input: input(goal, [
          { ...plain(first), targets: first.targets.map((x: any) => ({ ...x, value: x.value + 1 })) },
        ]),
      },
      bel,
    );
    s = await strategy();
    let now = s.goals.find((g: any) => g.id === goal.id).indicators;
    expect(now.map((i: any) => i.id)).toEqual([first.id]);
    expect(now[0].targets[0].value).toBe(first.targets[0].value + 1);
    // Renamed with its id: still the same; a new one next to it gets a new id.
    await ok(
      UPDATE,
      {
        id: goal.id,
        v: s.version,
        input: input(goal, [
          { ...plain(first), id: first.id, name: `${first.name} (уточнено)` },
          { ...plain(first), name: 'Новый показатель' },
        ]),
      },
      bel,
    );
    s = await strategy();
    now = s.goals.find((g: any) => g.id === goal.id).indicators;
    expect(now[0]).toMatchObject({ id: first.id, name: `${first.name} (уточнено)` });
    expect(now[1].id).not.toBe(first.id);
    // Removed from the input: deleted.
    await ok(UPDATE, { id: goal.id, v: s.version, input: input(goal, [{ ...plain(now[1]) }]) }, bel);
    s = await strategy();
    expect(s.goals.find((g: any) => g.id === goal.id).indicators.map((i: any) => i.id)).toEqual([now[1].id]);
  });

  it('gives a pinned remark the path from the sector to the value', async () => {
    const s = await strategy();
    await ok(
      'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
      { id: s.id, v: s.version },
      bel,
    );
    const goal = s.goals.find((g: any) => g.parent && g.indicators.length > 0);
    const indicator = goal.indicators[0];
    const year = indicator.targets[0].year;
    await ok(
      'mutation($s: ID!, $input: RemarkInput!) { addRemark(strategyId: $s, input: $input) { id } }',
      { s: s.id, input: { body: 'Проверьте', severity: 'MINOR', indicatorId: indicator.id, year } },
      reviewer,
    );
    const { strategy: after } = await ok(
      'query($id: ID!) { strategy(id: $id) { remarks { targetPath } } }',
      { id: s.id },
      reviewer,
    );
    const titles: string[] = [];
    for (let g = goal; g; g = s.goals.find((x: any) => x.id === g.parent?.id)) titles.unshift(g.title);
    expect(after.remarks[0].targetPath).toEqual([goal.sector.name, ...titles, indicator.name, String(year)]);
  });
});
