import { IndicatorActualEntity } from '../../execution/indicator-actual.entity';
import { StrategyEntity } from '../strategy.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const BEL = `query { region(code: "RU-BEL") {
  strategy { id edition status version revision }
  strategyInForce { id edition status inForce legalAct { text } goals(horizon: Y2024) { title } }
  strategyEditions { id edition status inForce supersededAt } } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status revision version } }`;
const RETURN = `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { status } }`;
const APPROVE = `mutation($id: ID!) { approveStrategy(id: $id) { id status edition inForce } }`;
const AMEND = `mutation($id: ID!) { amendStrategy(id: $id) { id edition status version revision basedOn { id edition } } }`;
const REPORT = `mutation($id: ID!, $y: Int!, $v: Float!, $e: Int) {
  reportActual(indicatorId: $id, year: $y, value: $v, expectedVersion: $e) { id actuals { year value } } }`;
const INDICATORS = `query($id: ID!) { strategy(id: $id) { id version goals(horizon: Y2024) { id horizon title description
  sector { code } parent { id } indicators { id name unit direction baselineYear baselineValue responsible
  targets { year value } actuals { year value } progress(year: 2021) { status } } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }`;
const DIFF = `query($id: ID!) { strategy(id: $id) { diff { from to changeCount valueChanges { indicatorName kind year before after }
  goalsAdded { title } goalsRemoved { title } indicatorsAdded { name } indicatorsRemoved { name }
  goalsChanged { title changes { field before after } } indicatorsChanged { name changes { field before after } } goalsMoved { title } } } }`;
const LEGAL = `mutation($id: ID!, $input: LegalActInput!) { setLegalAct(strategyId: $id, input: $input) { id legalAct { kind number date issuer text } } }`;
const PROGRESS = `query { progressOverview(year: 2021) { region { code } strategy { id edition } } }`;
const OVERVIEW = `query { overview { counts { approved draft submitted } } }`;

const ACT = {
  kind: 'RASPORYAZHENIE',
  number: '359-рп',
  date: '2022-03-01',
  issuer: 'Правительства Белгородской области',
};

describe('strategy editions: approve → amend → submit → return → resubmit → approve', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;
  let edition1: string;
  let edition2: string;
  let indicator1: { id: string; name: string };
  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2022-03-01' } });
    [bel, tul, reviewer] = (await Promise.all(
      ['editor.bel@tsifra.test', 'editor.tul@tsifra.test', 'reviewer@tsifra.test'].map((e) => t.login(e)),
    )) as [string, string, string];
  });
  afterAll(() => t.stop());

  async function ok(query: string, variables: Record<string, unknown>, token?: string) {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  }
  const publicRead = () => ok(BEL, {});
  const actualRows = () => t.server.db.dataSource.getRepository(IndicatorActualEntity).count();
  const strategyRows = () => t.server.db.dataSource.getRepository(StrategyEntity).count();

  it('the first approval adopts edition 1, in force and public', async () => {
    const draft = (await ok(BEL, {}, bel)).region.strategy;
    expect(draft).toMatchObject({ edition: 1, status: 'DRAFT' });
    edition1 = draft.id;
    await ok(SUBMIT, { id: edition1, v: draft.version }, bel);
    expect((await ok(APPROVE, { id: edition1 }, reviewer)).approveStrategy).toMatchObject({
      status: 'APPROVED',
      edition: 1,
      inForce: true,
    });
    const region = (await publicRead()).region;
    expect(region.strategyInForce).toMatchObject({ id: edition1, edition: 1, inForce: true, legalAct: null });
    expect(region.strategyInForce.goals.length).toBeGreaterThan(0);
  });

  it('an actual reported on edition 1 is kept by the indicator’s lineage', async () => {
    const s = (await ok(INDICATORS, { id: edition1 }, bel)).strategy;
    const ind = s.goals.flatMap((g: any) => g.indicators).find((i: any) => i.targets.some((x: any) => x.year === 2024));
    indicator1 = { id: ind.id, name: ind.name };
    const res = await ok(REPORT, { id: ind.id, y: 2021, v: ind.baselineValue }, bel);
    expect(res.reportActual.actuals).toContainEqual({ year: 2021, value: ind.baselineValue });
  });

  it('refuses an amendment from a reviewer, another region’s editor and an anonymous caller, changing nothing', async () => {
    const before = await strategyRows();
    for (const [token, code] of [
      [reviewer, 'FORBIDDEN'],
      [tul, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const res = await t.gql(AMEND, { id: edition1 }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await strategyRows()).toBe(before);
  });

  it('the editor starts an amendment: edition 2, a draft copied from the edition in force', async () => {
    const amended = (await ok(AMEND, { id: edition1 }, bel)).amendStrategy;
    expect(amended).toMatchObject({ edition: 2, status: 'DRAFT', revision: 0, basedOn: { id: edition1, edition: 1 } });
    edition2 = amended.id;
    expect(edition2).not.toBe(edition1);
    const region = (await ok(BEL, {}, bel)).region;
    expect(region.strategy).toMatchObject({ id: edition2, edition: 2, status: 'DRAFT' });
    expect(region.strategyEditions.map((e: any) => [e.edition, e.status, e.inForce])).toEqual([
      [1, 'APPROVED', true],
      [2, 'DRAFT', false],
    ]);
  });

  it('only one amendment may be open: a second one is a field error and changes nothing', async () => {
    const before = await strategyRows();
    const res = await t.gql(AMEND, { id: edition1 }, bel);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((res.errors?.[0]?.extensions?.details as any[])[0]).toMatchObject({ rule: 'amendment_open' });
    expect(await strategyRows()).toBe(before);
  });

  it('the actual reported on edition 1 appears on the same indicator in edition 2', async () => {
    const s = (await ok(INDICATORS, { id: edition2 }, bel)).strategy;
    const ind = s.goals.flatMap((g: any) => g.indicators).find((i: any) => i.name === indicator1.name);
    expect(ind.id).not.toBe(indicator1.id);
    expect(ind.actuals.map((a: any) => a.year)).toEqual([2021]);
    expect(ind.progress.status).not.toBe('NO_DATA');
  });

  it('the amendment goes through submit → return → resubmit; the public, overview and progress keep edition 1', async () => {
    const s = (await ok(INDICATORS, { id: edition2 }, bel)).strategy;
    const goal = s.goals.find((g: any) => g.indicators.some((i: any) => i.name === indicator1.name));
    const input = {
      horizon: goal.horizon,
      sectorCode: goal.sector.code,
      title: goal.title,
      description: goal.description,
      parentId: goal.parent?.id ?? null,
      indicators: goal.indicators.map((i: any) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        baselineYear: i.baselineYear,
        baselineValue: i.baselineValue,
        responsible: i.responsible,
        targets: i.targets.map((x: any) =>
          i.name === indicator1.name && x.year === 2024 ? { year: 2024, value: x.value + 1 } : x,
        ),
      })),
    };
    const old2024 = goal.indicators
      .find((i: any) => i.name === indicator1.name)
      .targets.find((x: any) => x.year === 2024);
    await ok(UPDATE, { id: goal.id, v: s.version, input }, bel);
    let v = (await ok(BEL, {}, bel)).region.strategy.version;
    expect((await ok(SUBMIT, { id: edition2, v }, bel)).submitStrategy).toMatchObject({
      status: 'SUBMITTED',
      revision: 1,
    });
    // The reviewer sees exactly that change against the edition in force.
    const diff = (await ok(DIFF, { id: edition2 }, reviewer)).strategy.diff;
    expect(diff).toMatchObject({
      from: 0,
      to: 1,
      changeCount: 1,
      goalsAdded: [],
      goalsRemoved: [],
      indicatorsChanged: [],
    });
    expect(diff.valueChanges).toEqual([
      { indicatorName: indicator1.name, kind: 'TARGET', year: 2024, before: old2024.value, after: old2024.value + 1 },
    ]);
    expect(
      (await ok(RETURN, { id: edition2, c: 'Поясните новое значение на 2024 год.' }, reviewer)).requestChanges,
    ).toMatchObject({ status: 'CHANGES_REQUESTED' });
    for (const token of [undefined, tul]) {
      const region = (await ok(BEL, {}, token)).region;
      expect(region.strategyInForce).toMatchObject({ id: edition1, edition: 1 });
      expect(region.strategy).toMatchObject({ id: edition2, status: 'CHANGES_REQUESTED' });
    }
    const progress = (await ok(PROGRESS, {})).progressOverview.find((r: any) => r.region.code === 'RU-BEL');
    expect(progress.strategy).toEqual({ id: edition1, edition: 1 });
    v = (await ok(BEL, {}, bel)).region.strategy.version;
    expect((await ok(SUBMIT, { id: edition2, v }, bel)).submitStrategy).toMatchObject({ revision: 2 });
    expect((await publicRead()).region.strategyInForce.id).toBe(edition1);
  });

  it('approving the amendment puts edition 2 in force; edition 1 stays readable, superseded', async () => {
    const approvedBefore = (await ok(OVERVIEW, {}, reviewer)).overview.counts.approved;
    expect((await ok(APPROVE, { id: edition2 }, reviewer)).approveStrategy).toMatchObject({
      status: 'APPROVED',
      edition: 2,
      inForce: true,
    });
    const region = (await publicRead()).region;
    expect(region.strategyInForce).toMatchObject({ id: edition2, edition: 2, inForce: true });
    expect(region.strategyEditions.map((e: any) => [e.edition, e.inForce, e.supersededAt != null])).toEqual([
      [1, false, true],
      [2, true, false],
    ]);
    expect((await ok(OVERVIEW, {}, reviewer)).overview.counts.approved).toBe(approvedBefore);
    const progress = (await ok(PROGRESS, {})).progressOverview.filter((r: any) => r.region.code === 'RU-BEL');
    expect(progress.map((r: any) => r.strategy)).toEqual([{ id: edition2, edition: 2 }]);
    const res = await t.gql(AMEND, { id: edition1 }, bel);
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('a stale actual correction is CONFLICT and changes nothing', async () => {
    const s = (await ok(INDICATORS, { id: edition2 }, bel)).strategy;
    const ind = s.goals.flatMap((g: any) => g.indicators).find((i: any) => i.name === indicator1.name);
    const before = await actualRows();
    const res = await t.gql(REPORT, { id: ind.id, y: 2021, v: 1, e: 0 }, bel);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await actualRows()).toBe(before);
    const after = (await ok(INDICATORS, { id: edition2 }, bel)).strategy.goals
      .flatMap((g: any) => g.indicators)
      .find((i: any) => i.name === indicator1.name);
    expect(after.actuals).toEqual(ind.actuals);
  });

  it('another region’s editor, a reviewer and an anonymous caller cannot report an actual', async () => {
    const s = (await ok(INDICATORS, { id: edition2 }, bel)).strategy;
    const ind = s.goals.flatMap((g: any) => g.indicators)[0];
    const before = await actualRows();
    for (const [token, code] of [
      [tul, 'FORBIDDEN'],
      [reviewer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const res = await t.gql(REPORT, { id: ind.id, y: 2022, v: 1 }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await actualRows()).toBe(before);
  });

  it('the region records the adopting act of an approved edition; the public page prints it', async () => {
    const res = await t.gql(LEGAL, { id: edition2, input: { ...ACT, date: '2022-03-02' } }, bel);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const set = (await ok(LEGAL, { id: edition2, input: ACT }, bel)).setLegalAct;
    expect(set.legalAct).toMatchObject({
      ...ACT,
      text: 'утверждена распоряжением Правительства Белгородской области от 01.03.2022 № 359-рп',
    });
    expect((await publicRead()).region.strategyInForce.legalAct.text).toBe(set.legalAct.text);
    for (const [token, code] of [
      [tul, 'FORBIDDEN'],
      [reviewer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await t.gql(LEGAL, { id: edition1, input: ACT }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
