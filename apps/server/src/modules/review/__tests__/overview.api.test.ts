import { randomUUID } from 'node:crypto';
import { AuditEventEntity } from '../../audit/audit-event.entity';
import { CommentEntity } from '../../comment/comment.entity';
import { RegionEntity } from '../../region/region.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { UserEntity } from '../../user/user.entity';
import { StrategyRevisionEntity } from '../strategy-revision.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const TODAY = '2021-08-25';

const OVERVIEW = `query { overview { today total late riskDays counts { noStrategy draft submitted changesRequested approved } atRisk { code } }
  regions { code federalDistrict strategy { status revision deadline submittedAt openRemarks openBlockers daysLeft daysLate lastActivityAt
    revisions { number late daysLate submittedBy { email } } }
    strategyInForce { status } } }`;

/** Gives `count` regions without a strategy a submitted one, with two revisions, remarks (one a blocker) and audit events. */
async function addSubmittedStrategies(t: TestServer, count: number): Promise<void> {
  await t.server.db.write(async (m) => {
    const taken = new Set((await m.getRepository(StrategyEntity).find()).map((s) => s.regionId));
    const regions = (await m.getRepository(RegionEntity).find()).filter((r) => !taken.has(r.id)).slice(0, count);
    const reviewer = await m.getRepository(UserEntity).findOneByOrFail({ email: 'reviewer@tsifra.test' });
    const now = new Date();
    for (const region of regions) {
      const id = randomUUID();
      await m.getRepository(StrategyEntity).insert({
        id,
        regionId: region.id,
        status: 'SUBMITTED',
        version: 3,
        revision: 2,
        deadline: '2021-09-01',
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      for (const number of [1, 2]) {
        await m.getRepository(StrategyRevisionEntity).insert({
          id: randomUUID(),
          strategyId: id,
          number,
          snapshot: '{"sectors":[],"goals":[]}',
          submittedById: reviewer.id,
          submittedAt: now,
          deadline: '2021-09-01',
          late: number === 2,
          daysLate: number === 2 ? 4 : 0,
        });
      }
      for (const severity of ['BLOCKER', 'MINOR']) {
        await m.getRepository(CommentEntity).insert({
          id: randomUUID(),
          strategyId: id,
          goalId: null,
          authorId: reviewer.id,
          body: 'remark',
          createdAt: now,
          severity,
          status: 'OPEN',
          revision: 2,
        });
      }
      await m.getRepository(AuditEventEntity).insert({
        id: randomUUID(),
        strategyId: id,
        entity: 'strategy',
        entityId: id,
        action: 'strategy.submit',
        actorId: reviewer.id,
        details: '{}',
        createdAt: now,
      });
    }
  });
}

describe('the federal overview', () => {
  let t: TestServer;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY } });
    reviewer = await t.login('reviewer@tsifra.test');
  });
  afterAll(() => t.stop());

  const run = async () => {
    const { result, statements } = await t.sql.count(() => t.gql<any>(OVERVIEW, {}, reviewer));
    expect(result.errors).toBeUndefined();
    return { data: result.data!, statements: statements.length };
  };

  it('counts every status, regions without a strategy included, and lists the regions at risk', async () => {
    const { data } = await run();
    const o = data.overview;
    expect(o).toMatchObject({ today: TODAY, total: 85, riskDays: 14, late: 0 });
    const c = o.counts;
    expect(c.noStrategy + c.draft + c.submitted + c.changesRequested + c.approved).toBe(85);
    // Each region counts once, by the edition national views show: the one in force (RU-YAN's amendment under review
    // does not make it a submitted region), else its only edition.
    const shown = (r: any) => r.strategyInForce ?? r.strategy;
    const byStatus = (status: string) => data.regions.filter((r: any) => shown(r)?.status === status).length;
    expect(data.regions.filter((r: any) => r.strategy && r.strategy.status !== shown(r).status).length).toBe(1);
    expect(c).toEqual({
      noStrategy: data.regions.filter((r: any) => !r.strategy).length,
      draft: byStatus('DRAFT'),
      submitted: byStatus('SUBMITTED'),
      changesRequested: byStatus('CHANGES_REQUESTED'),
      approved: byStatus('APPROVED'),
    });
    // The deadline is 7 days away: every region still drafting, returned or without a strategy is at risk.
    expect(o.atRisk).toHaveLength(c.noStrategy + c.draft + c.changesRequested);
    expect(o.atRisk.map((r: any) => r.code)).toContain('RU-BEL');
    const bel = data.regions.find((r: any) => r.code === 'RU-BEL').strategy;
    expect(bel).toMatchObject({ status: 'DRAFT', daysLeft: 7, daysLate: null });
  });

  it('narrows to a federal district and to a shorter risk window', async () => {
    const res = await t.gql<any>(
      `query { overview(federalDistrict: "URAL", riskDays: 3) { total atRisk { code } counts { approved } } }`,
      {},
      reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.overview.total).toBe(6);
    expect(res.data.overview.atRisk).toEqual([]);
    const bad = await t.gql(`query { overview(federalDistrict: "Atlantis") { total } }`, {}, reviewer);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'federalDistrict' });
  });

  it('is for reviewers and admins only', async () => {
    const anonymous = await t.gql(`query { overview { total } }`);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const editor = await t.gql(`query { overview { total } }`, {}, await t.login('editor.bel@tsifra.test'));
    expect(editor.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('costs the same number of SQL statements for 12 strategies as for 47 (batched, not per region)', async () => {
    await addSubmittedStrategies(t, 5);
    const small = await run();
    await addSubmittedStrategies(t, 35);
    const large = await run();
    expect(large.data.overview.counts.submitted).toBe(small.data.overview.counts.submitted + 35);
    const added = large.data.regions.filter(
      (r: any) => r.strategy?.revisions.length === 2 && r.strategy.openBlockers === 1,
    );
    expect(added.length).toBeGreaterThanOrEqual(40);
    expect(added[0].strategy).toMatchObject({ openRemarks: 2, daysLate: 4, daysLeft: null });
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(12);
  });
});

describe('the demo seed', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('gives the submitted, returned and approved demo strategies revisions, remarks and history to review', async () => {
    const reviewer = await t.login('reviewer@tsifra.test');
    const res = await t.gql<any>(
      `query { regions { code strategy { status revision openRemarks openBlockers daysLate revisions { number late daysLate } history { action }
        diff { from to goalsRemoved { goalId } goalsChanged { goalId } valueChanges { year before after } } remarks { severity status year indicatorId } } } }`,
      {},
      reviewer,
    );
    expect(res.errors).toBeUndefined();
    const byCode = Object.fromEntries(
      res.data.regions.filter((r: any) => r.strategy).map((r: any) => [r.code, r.strategy]),
    );
    for (const s of Object.values<any>(byCode)) {
      expect(s.revisions.map((r: any) => r.number)).toEqual(Array.from({ length: s.revision }, (_, i) => i + 1));
    }
    expect(byCode['RU-BEL'].revisions).toEqual([]);
    // Approved: an earlier edition to diff against, a resolved remark, submit → return → submit → approve.
    const tul = byCode['RU-TUL'];
    expect(tul.diff).toMatchObject({ from: 1, to: 2 });
    expect(tul.diff.goalsRemoved).toEqual([]);
    expect(tul.diff.goalsChanged).toHaveLength(1);
    expect(tul.diff.valueChanges).toHaveLength(1);
    expect(tul.remarks).toEqual([expect.objectContaining({ severity: 'MAJOR', status: 'RESOLVED', year: 2024 })]);
    expect(tul.history.map((e: any) => e.action)).toEqual([
      'strategy.submit',
      'strategy.request_changes',
      'strategy.submit',
      'strategy.approve',
    ]);
    // Returned: the return comment and a blocker on a target value stay open.
    expect(byCode['RU-VGG']).toMatchObject({ status: 'CHANGES_REQUESTED', openRemarks: 2, openBlockers: 1 });
    // Submitted late.
    expect(byCode['RU-KLU']).toMatchObject({
      status: 'SUBMITTED',
      daysLate: 2,
      revisions: [{ number: 1, late: true, daysLate: 2 }],
    });
  });
});
