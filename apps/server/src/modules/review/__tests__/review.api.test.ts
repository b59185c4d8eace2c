import { StrategyRevisionEntity } from '../strategy-revision.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

/** The server's calendar is moved to 3 days after the 2021-09-01 deadline. */
const TODAY = '2021-09-04';

const BEL = `query { region(code: "RU-BEL") { strategy { id version status revision deadline daysLeft daysLate openRemarks openBlockers
  goals(sectorCode: "healthcare") { id horizon title description parent { id } sector { code }
    indicators { name unit direction baselineYear baselineValue responsible targets { year value } } } } } }`;
const ADD_GOAL = `mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }`;
const UPDATE_GOAL = `mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }`;
const DELETE_GOAL = `mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { version } }`;
const MOVE_GOAL = `mutation($id: ID!, $v: Int!, $p: ID, $pos: Int!) { moveGoal(id: $id, version: $v, parentId: $p, position: $pos) { version } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status revision version } }`;
const RETURN = `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { status } }`;
const APPROVE = `mutation($id: ID!) { approveStrategy(id: $id) { status } }`;
const ADD_REMARK = `mutation($s: ID!, $input: RemarkInput!) { addRemark(strategyId: $s, input: $input) { id severity status revision goalId indicatorId year isRemark } }`;
const REPLY = `mutation($id: ID!, $b: String!) { replyToRemark(remarkId: $id, body: $b) { id parentId body } }`;
const RESOLVE = `mutation($id: ID!) { resolveRemark(id: $id) { id status resolvedBy { email } } }`;
const REOPEN = `mutation($id: ID!) { reopenRemark(id: $id) { id status } }`;
const REVISIONS = `query($id: ID!) { strategy(id: $id) { revisions { number late daysLate deadline submittedAt submittedBy { email }
  content { sectors { code } goals { id parentId horizon title depth indicators { id name baselineValue targets { year value } } } rootGoals { id children { id } } } } } }`;
const DIFF = `query($id: ID!, $from: Int, $to: Int) { strategy(id: $id) { diff(from: $from, to: $to) { from to changeCount sectorsAdded sectorsRemoved
  goalsAdded { goalId title horizon sectorCode parentId } goalsRemoved { goalId title } goalsMoved { goalId fromParentId toParentId fromSectorCode toSectorCode }
  goalsChanged { goalId title changes { field before after } } indicatorsAdded { name } indicatorsRemoved { name } indicatorsChanged { name changes { field before after } }
  valueChanges { goalId indicatorName kind year before after } } } }`;
const HISTORY = `query($id: ID!) { strategy(id: $id) { history { action entity entityId actor { email } details createdAt } } }`;
const NOTIFICATIONS = `query { notifications { id kind revision excerpt read region { code } strategy { id } } unreadNotificationCount }`;

describe('review: revisions, diff, remarks, decisions, history, notifications', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;
  let admin: string;
  let strategyId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY } });
    [bel, tul, reviewer, admin] = (await Promise.all(
      ['editor.bel', 'editor.tul', 'reviewer', 'admin'].map((u) => t.login(`${u}@tsifra.test`)),
    )) as [string, string, string, string];
  });
  afterAll(() => t.stop());

  const belStrategy = async (token = bel) => {
    const res = await t.gql<{ region: { strategy: any } }>(BEL, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.region.strategy;
  };
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeDefined();
    return res.errors![0]!.extensions!;
  };

  it('freezes revision 1 on submission, late by 3 days, and notifies the reviewers only', async () => {
    const s = await belStrategy();
    strategyId = s.id;
    expect(s).toMatchObject({ status: 'DRAFT', deadline: '2021-09-01', daysLeft: -3, daysLate: 3 });
    const h30 = s.goals.find((g: any) => g.horizon === 'Y2030');
    const [h24a, h24b] = s.goals.filter((g: any) => g.horizon === 'Y2024');
    const h21a = s.goals.find((g: any) => g.horizon === 'Y2021' && g.parent.id === h24a.id);
    Object.assign(ids, { h30: h30.id, h24a: h24a.id, h24b: h24b.id, h21a: h21a.id });
    // A goal that revision 2 will delete.
    ids.doomed = (
      await ok(
        ADD_GOAL,
        { s: s.id, v: s.version, input: { horizon: 'Y2030', sectorCode: 'transport', title: 'Удаляемая цель' } },
        bel,
      )
    ).addGoal.id;

    const submitted = await ok(SUBMIT, { id: s.id, v: s.version + 1 }, bel);
    expect(submitted.submitStrategy).toMatchObject({ status: 'SUBMITTED', revision: 1 });

    const { strategy } = await ok(REVISIONS, { id: s.id }, reviewer);
    expect(strategy.revisions).toHaveLength(1);
    const [rev] = strategy.revisions;
    expect(rev).toMatchObject({
      number: 1,
      late: true,
      daysLate: 3,
      deadline: '2021-09-01',
      submittedBy: { email: 'editor.bel@tsifra.test' },
    });
    expect(rev.submittedAt.slice(0, 10)).toBe(TODAY);
    expect(rev.content.sectors.map((x: any) => x.code)).toEqual([
      'social_sphere',
      'healthcare',
      'education',
      'transport',
    ]);
    expect(rev.content.goals.map((g: any) => g.id)).toEqual(
      expect.arrayContaining([ids.h30, ids.h24a, ids.h21a, ids.doomed]),
    );
    const h21 = rev.content.goals.find((g: any) => g.id === ids.h21a);
    expect(h21).toMatchObject({ parentId: ids.h24a, horizon: 'Y2021', depth: 2 });
    expect(h21.indicators[0]).toMatchObject({ baselineValue: 70, targets: [{ year: 2021, value: 90 }] });
    ids.h21Indicator = h21.indicators[0].id;
    expect(rev.content.rootGoals.find((g: any) => g.id === ids.h30).children.map((c: any) => c.id)).toEqual([
      ids.h24a,
      ids.h24b,
    ]);

    const after = await belStrategy();
    expect(after).toMatchObject({ status: 'SUBMITTED', daysLeft: null, daysLate: 3, openRemarks: 0 });

    const reviewerInbox = await ok(NOTIFICATIONS, {}, reviewer);
    expect(reviewerInbox.notifications).toEqual([
      expect.objectContaining({ kind: 'SUBMITTED', revision: 1, read: false, region: { code: 'RU-BEL' } }),
    ]);
    expect(reviewerInbox.unreadNotificationCount).toBe(1);
    expect((await ok(NOTIFICATIONS, {}, bel)).notifications).toEqual([]);
    expect((await ok(NOTIFICATIONS, {}, admin)).notifications).toEqual([]);
  });

  it('refuses to return a strategy without an open remark, and changes nothing', async () => {
    const ext = await errorOf(RETURN, { id: strategyId, c: '   ' }, reviewer);
    expect(ext).toMatchObject({ code: 'INVALID_TRANSITION', field: 'comment' });
    expect((ext.details as any[])[0].rule).toBe('needs_open_remark');
    expect((await belStrategy()).status).toBe('SUBMITTED');
  });

  it('lets only reviewers pin remarks — to a goal, an indicator or one target value — and validates the pin', async () => {
    const forbidden = await errorOf(
      ADD_REMARK,
      { s: strategyId, input: { body: 'Сам себе замечание', severity: 'MINOR' } },
      bel,
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const badYear = await errorOf(
      ADD_REMARK,
      { s: strategyId, input: { body: 'x', severity: 'MINOR', indicatorId: ids.h21Indicator, year: 2027 } },
      reviewer,
    );
    expect(badYear).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const badGoal = await errorOf(
      ADD_REMARK,
      { s: strategyId, input: { body: 'x', severity: 'MINOR', goalId: 'no-such-goal' } },
      reviewer,
    );
    expect(badGoal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.goalId' });

    const blocker = await ok(
      ADD_REMARK,
      {
        s: strategyId,
        input: {
          body: 'Целевое значение 2021 года занижено',
          severity: 'BLOCKER',
          indicatorId: ids.h21Indicator,
          year: 2021,
        },
      },
      reviewer,
    );
    expect(blocker.addRemark).toMatchObject({
      severity: 'BLOCKER',
      status: 'OPEN',
      revision: 1,
      goalId: ids.h21a,
      indicatorId: ids.h21Indicator,
      year: 2021,
      isRemark: true,
    });
    ids.blocker = blocker.addRemark.id;
    const minor = await ok(
      ADD_REMARK,
      { s: strategyId, input: { body: 'Уточните формулировку', severity: 'MINOR', goalId: ids.h24a } },
      reviewer,
    );
    ids.minor = minor.addRemark.id;
    expect(await belStrategy()).toMatchObject({ openRemarks: 2, openBlockers: 1 });
  });

  it('blocks approval while a blocker is open', async () => {
    const ext = await errorOf(APPROVE, { id: strategyId }, reviewer);
    expect(ext.code).toBe('INVALID_TRANSITION');
    expect((ext.details as any[])[0].rule).toBe('open_blockers');
    expect((await belStrategy()).status).toBe('SUBMITTED');
    const checks = `query($id: ID!) { strategy(id: $id) { transitionChecks { to blockedBy } } }`;
    expect((await ok(checks, { id: strategyId }, reviewer)).strategy.transitionChecks).toEqual([
      { to: 'CHANGES_REQUESTED', blockedBy: null },
      { to: 'APPROVED', blockedBy: 'open_blockers' },
    ]);
    expect((await ok(checks, { id: strategyId }, bel)).strategy.transitionChecks).toEqual([]);
  });

  it('threads replies by the region, and lets only reviewers resolve and reopen', async () => {
    const reply = await ok(REPLY, { id: ids.blocker, b: 'Исправим во второй редакции' }, bel);
    expect(reply.replyToRemark).toMatchObject({ parentId: ids.blocker });
    // Another region cannot read the submission, so its remark reads as missing there (issue 17).
    expect((await errorOf(REPLY, { id: ids.blocker, b: 'Чужой регион' }, tul)).code).toBe('NOT_FOUND');
    expect((await errorOf(RESOLVE, { id: ids.blocker }, bel)).code).toBe('FORBIDDEN');
    expect((await ok(RESOLVE, { id: ids.blocker }, reviewer)).resolveRemark).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: { email: 'reviewer@tsifra.test' },
    });
    expect((await ok(REOPEN, { id: ids.blocker }, reviewer)).reopenRemark.status).toBe('OPEN');
    const remarks = await ok(
      `query($id: ID!) { strategy(id: $id) { remarks(status: OPEN) { id replies { body author { email } } } } }`,
      { id: strategyId },
      bel,
    );
    expect(remarks.strategy.remarks.find((r: any) => r.id === ids.blocker).replies).toEqual([
      { body: 'Исправим во второй редакции', author: { email: 'editor.bel@tsifra.test' } },
    ]);
  });

  it('returns the strategy with open remarks (an empty comment is fine then) and tells the region', async () => {
    expect((await ok(RETURN, { id: strategyId, c: '' }, reviewer)).requestChanges.status).toBe('CHANGES_REQUESTED');
    const inbox = await ok(NOTIFICATIONS, {}, bel);
    expect(inbox.notifications.map((n: any) => n.kind)).toEqual([
      'CHANGES_REQUESTED',
      'REMARK_REOPENED',
      'REMARK_RESOLVED',
      'REMARK_ADDED',
      'REMARK_ADDED',
    ]);
    expect((await ok(NOTIFICATIONS, {}, tul)).notifications).toEqual([]);
    const marked = await ok(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [inbox.notifications[0].id] },
      bel,
    );
    expect(marked.markNotificationsRead).toBe(1);
    expect((await ok(NOTIFICATIONS, {}, bel)).unreadNotificationCount).toBe(4);
    // Someone else's ids change nothing.
    expect(
      (
        await ok(
          `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [inbox.notifications[1].id] },
          tul,
        )
      ).markNotificationsRead,
    ).toBe(0);
    expect((await ok(`mutation { markNotificationsRead }`, {}, bel)).markNotificationsRead).toBe(4);
  });

  it('keeps revision 1 unchanged while the region edits, and diffs revision 2 against it exactly', async () => {
    const before = await ok(REVISIONS, { id: strategyId }, bel);
    const [rowBefore] = await t.server.db.dataSource
      .getRepository(StrategyRevisionEntity)
      .findBy({ strategyId, number: 1 });

    let s = await belStrategy();
    const h24a = s.goals.find((g: any) => g.id === ids.h24a);
    const h21a = s.goals.find((g: any) => g.id === ids.h21a);
    let v = s.version;
    // text change
    await ok(
      UPDATE_GOAL,
      {
        id: ids.h24a,
        v: v++,
        input: {
          horizon: 'Y2024',
          sectorCode: 'healthcare',
          title: `${h24a.title} (ред. 2)`,
          description: h24a.description,
          parentId: ids.h30,
        },
      },
      bel,
    );
    // numbers: baseline 70 → 72, 2021 target 90 → 95 (the indicator is re-created under a new id)
    const ind = h21a.indicators[0];
    await ok(
      UPDATE_GOAL,
      {
        id: ids.h21a,
        v: v++,
        input: {
          horizon: 'Y2021',
          sectorCode: 'healthcare',
          title: h21a.title,
          description: h21a.description,
          parentId: ids.h24a,
          indicators: [
            {
              name: ind.name,
              unit: ind.unit,
              direction: ind.direction,
              baselineYear: 2020,
              baselineValue: 72,
              responsible: ind.responsible,
              targets: [{ year: 2021, value: 95 }],
            },
          ],
        },
      },
      bel,
    );
    // moved under the other 2024 goal
    await ok(MOVE_GOAL, { id: ids.h21a, v: v++, p: ids.h24b, pos: 0 }, bel);
    // removed and added
    await ok(DELETE_GOAL, { id: ids.doomed, v: v++ }, bel);
    ids.added = (
      await ok(
        ADD_GOAL,
        {
          s: strategyId,
          v: v++,
          input: { horizon: 'Y2030', sectorCode: 'social_sphere', title: 'Новая цель второй редакции' },
        },
        bel,
      )
    ).addGoal.id;

    const unchanged = await ok(REVISIONS, { id: strategyId }, bel);
    expect(unchanged).toEqual(before);
    const [rowAfter] = await t.server.db.dataSource
      .getRepository(StrategyRevisionEntity)
      .findBy({ strategyId, number: 1 });
    expect(rowAfter!.snapshot).toBe(rowBefore!.snapshot);

    s = await belStrategy();
    expect((await ok(SUBMIT, { id: strategyId, v: s.version }, bel)).submitStrategy.revision).toBe(2);

    const { strategy } = await ok(DIFF, { id: strategyId }, reviewer);
    expect(strategy.diff).toEqual({
      from: 1,
      to: 2,
      changeCount: 6,
      sectorsAdded: [],
      sectorsRemoved: [],
      goalsAdded: [
        {
          goalId: ids.added,
          title: 'Новая цель второй редакции',
          horizon: 'Y2030',
          sectorCode: 'social_sphere',
          parentId: null,
        },
      ],
      goalsRemoved: [{ goalId: ids.doomed, title: 'Удаляемая цель' }],
      goalsMoved: [
        {
          goalId: ids.h21a,
          fromParentId: ids.h24a,
          toParentId: ids.h24b,
          fromSectorCode: 'healthcare',
          toSectorCode: 'healthcare',
        },
      ],
      goalsChanged: [
        {
          goalId: ids.h24a,
          title: `${h24a.title} (ред. 2)`,
          changes: [{ field: 'title', before: h24a.title, after: `${h24a.title} (ред. 2)` }],
        },
      ],
      indicatorsAdded: [],
      indicatorsRemoved: [],
      indicatorsChanged: [],
      valueChanges: [
        { goalId: ids.h21a, indicatorName: ind.name, kind: 'BASELINE', year: 2020, before: 70, after: 72 },
        { goalId: ids.h21a, indicatorName: ind.name, kind: 'TARGET', year: 2021, before: 90, after: 95 },
      ],
    });
    // Explicit bounds, and an unknown revision is a clear input error.
    expect(
      (await ok(DIFF, { id: strategyId, from: 0, to: 1 }, reviewer)).strategy.diff.goalsAdded.length,
    ).toBeGreaterThan(5);
    const res = await t.gql(DIFF, { id: strategyId, from: 7 }, reviewer);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('approves once the blocker is resolved; an editor cannot approve, and the approved strategy is final', async () => {
    expect((await errorOf(APPROVE, { id: strategyId }, reviewer)).code).toBe('INVALID_TRANSITION');
    await ok(RESOLVE, { id: ids.blocker }, reviewer);
    expect((await errorOf(APPROVE, { id: strategyId }, bel)).code).toBe('FORBIDDEN');
    expect((await ok(APPROVE, { id: strategyId }, reviewer)).approveStrategy.status).toBe('APPROVED');
    expect(
      (await errorOf(ADD_REMARK, { s: strategyId, input: { body: 'Поздно', severity: 'MINOR' } }, reviewer)).code,
    ).toBe('INVALID_TRANSITION');
    expect((await ok(NOTIFICATIONS, {}, bel)).notifications[0].kind).toBe('APPROVED');
  });

  it('records every mutation in the history, readable by the region and reviewers only', async () => {
    const { strategy } = await ok(HISTORY, { id: strategyId }, bel);
    const actions = strategy.history.map((e: any) => e.action);
    expect(actions).toEqual([
      'goal.add',
      'strategy.submit',
      'remark.add',
      'remark.add',
      'remark.reply',
      'remark.resolve',
      'remark.reopen',
      'strategy.request_changes',
      'goal.update',
      'goal.update',
      'goal.move',
      'goal.delete',
      'goal.add',
      'strategy.submit',
      'remark.resolve',
      'strategy.approve',
    ]);
    const submit = strategy.history.find((e: any) => e.action === 'strategy.submit');
    expect(submit.actor.email).toBe('editor.bel@tsifra.test');
    expect(JSON.parse(submit.details)).toMatchObject({
      from: 'DRAFT',
      to: 'SUBMITTED',
      revision: 1,
      late: true,
      daysLate: 3,
    });
    expect((await ok(HISTORY, { id: strategyId }, reviewer)).strategy.history).toHaveLength(actions.length);
    // Approved content is public, its history is not.
    expect((await ok(HISTORY, { id: strategyId }, tul)).strategy.history).toEqual([]);
    expect((await t.gql<any>(HISTORY, { id: strategyId })).data!.strategy.history).toEqual([]);
  });

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
