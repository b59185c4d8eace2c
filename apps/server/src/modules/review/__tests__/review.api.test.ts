import type { TestServer } from '../../../testing/test-server';
import { StrategyRevisionEntity } from '../strategy-revision.entity';
import {
  ADD_GOAL,
  ADD_REMARK,
  APPROVE,
  DELETE_GOAL,
  DIFF,
  HISTORY,
  MOVE_GOAL,
  NOTIFICATIONS,
  REOPEN,
  REPLY,
  RESOLVE,
  RETURN,
  reviewCalls,
  REVISIONS,
  startReviewServer,
  SUBMIT,
  TODAY,
  UPDATE_GOAL,
} from './review-api.helpers';

describe('review: revisions, diff, remarks, decisions, history, notifications', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;
  let admin: string;
  let strategyId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ t, bel, tul, reviewer, admin } = await startReviewServer());
  });
  afterAll(() => t.stop());

  const { belStrategy, ok, errorOf } = reviewCalls(() => ({ t, bel }));

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
});
