import type { TestServer } from '../../../testing/test-server';
import { ADD_GOAL, HISTORY, reviewCalls, startReviewServer } from './review-api.helpers';

// The history of the strategy mutations outside the review story (see review.api.test.ts), on RU-KDA's new strategy.

describe('review: revisions, diff, remarks, decisions, history, notifications', () => {
  let t: TestServer;
  let bel: string;
  let reviewer: string;
  let admin: string;

  beforeAll(async () => {
    ({ t, bel, reviewer, admin } = await startReviewServer());
  });
  afterAll(() => t.stop());

  const { ok, errorOf } = reviewCalls(() => ({ t, bel }));

  it('records create, sectors, comments and deadline changes too; deadlines are for admins', async () => {
    const created = await ok(`mutation { createStrategy(regionCode: "RU-KDA") { id version } }`, {}, admin);
    const id = created.createStrategy.id;
    await ok(
      `mutation($id: ID!, $v: Int!) { setStrategySectors(strategyId: $id, version: $v, sectorCodes: ["healthcare"]) { version } }`,
      { id, v: created.createStrategy.version },
      admin,
    );
    await ok(
      `mutation($id: ID!, $v: Int!) { setSectorRationale(strategyId: $id, version: $v, sectorCode: "healthcare", rationale: "Очереди в поликлиниках") { version } }`,
      { id, v: created.createStrategy.version + 1 },
      admin,
    );
    await ok(
      `mutation($id: ID!) { addComment(strategyId: $id, body: "Комментарий") { id isRemark severity } }`,
      { id },
      reviewer,
    );
    expect(
      (
        await errorOf(
          `mutation($id: ID!) { setStrategyDeadline(id: $id, deadline: "2021-10-01") { deadline } }`,
          { id },
          reviewer,
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      await errorOf(
        `mutation($id: ID!) { setStrategyDeadline(id: $id, deadline: "2021-02-30") { deadline } }`,
        { id },
        admin,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    const moved = await ok(
      `mutation($id: ID!) { setStrategyDeadline(id: $id, deadline: "2021-10-01") { deadline daysLeft daysLate } }`,
      { id },
      admin,
    );
    expect(moved.setStrategyDeadline).toEqual({ deadline: '2021-10-01', daysLeft: 27, daysLate: null });
    const { strategy } = await ok(HISTORY, { id }, admin);
    expect(strategy.history.map((e: any) => e.action)).toEqual([
      'strategy.create',
      'strategy.set_sectors',
      'strategy.set_sector_rationale',
      'comment.add',
      'strategy.set_deadline',
    ]);
    expect(JSON.parse(strategy.history[4].details)).toEqual({ before: '2021-09-01', after: '2021-10-01' });
  });

  it('rolls a refused mutation back without an audit entry', async () => {
    const s = await ok(`query { region(code: "RU-KDA") { strategy { id version history { id } } } }`, {}, admin);
    const { id, version: v, history } = s.region.strategy;
    await errorOf(
      ADD_GOAL,
      { s: id, v: v - 1, input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Stale' } },
      admin,
    );
    await errorOf(
      ADD_GOAL,
      { s: id, v, input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'By reviewer' } },
      reviewer,
    );
    expect((await ok(HISTORY, { id }, admin)).strategy.history).toHaveLength(history.length);
  });
});
