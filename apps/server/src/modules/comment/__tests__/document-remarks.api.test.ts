import { startTestServer, type TestServer } from '../../../testing/test-server';

/** Remarks through the shared mechanism on both document types, and what a return note and an approval do with them. */
const PLAN = `query { region(code: "RU-BEL") { gostechPlan { id version status revision openRemarks openBlockers reviewComment
  transitionChecks { to blockedBy }
  remarks { id severity status revision isRemark body replies { body author { email } } } } } }`;
const STRATEGY = `query { region(code: "RU-BEL") { strategy { id version status revision openRemarks openBlockers reviewComment
  comments { body isRemark severity } remarks { id severity status body } } } }`;
const ADD = `mutation($p: ID!, $input: GostechPlanRemarkInput!) { addGostechPlanRemark(planId: $p, input: $input) { id severity status revision isRemark } }`;
const REPLY = `mutation($id: ID!, $b: String!) { replyToRemark(remarkId: $id, body: $b) { id parentId body } }`;
const RESOLVE = `mutation($id: ID!) { resolveRemark(id: $id) { id status resolvedBy { email } } }`;
const NOTES = '{ notifications(first: 30) { kind revision excerpt plan { id } comment { id } } }';

describe('remarks keyed on the document', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2022-04-15' } });
    [bel, tul, reviewer] = (await Promise.all(
      ['editor.bel', 'editor.tul', 'reviewer'].map((u) => t.login(`${u}@tsifra.test`)),
    )) as [string, string, string];
  });
  afterAll(() => t.stop());

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
  const plan = async (token = bel) => (await ok(PLAN, {}, token)).region.gostechPlan;
  const strategy = async (token = bel) => (await ok(STRATEGY, {}, token)).region.strategy;

  describe('a GosTech plan', () => {
    let remarkId: string;
    let blockerId: string;

    it('takes remarks only on a submitted revision, from reviewers only', async () => {
      let p = await plan();
      expect((await errorOf(ADD, { p: p.id, input: { body: 'Рано', severity: 'MINOR' } }, reviewer)).code).toBe(
        'INVALID_TRANSITION',
      );
      const sed = (
        await ok('query { region(code: "RU-BEL") { gostechPlan { systems { id name shortName operator } } } }', {}, bel)
      ).region.gostechPlan.systems.find((s: any) => s.shortName === 'СЭД');
      await ok(
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
        {
          id: sed.id,
          v: p.version,
          i: { name: sed.name, shortName: sed.shortName, operator: sed.operator, decision: 'KEEP_OUTSIDE' },
        },
        bel,
      );
      p = await plan();
      await ok(
        'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status } }',
        { id: p.id, v: p.version },
        bel,
      );
      // Refusals carry a stable rule beside the English sentence: the interface says them in its own language.
      expect(await errorOf(ADD, { p: p.id, input: { body: 'Сам себе', severity: 'MINOR' } }, bel)).toMatchObject({
        code: 'FORBIDDEN',
        details: [{ field: '', rule: 'remark_add_not_allowed' }],
      });
      expect(
        await errorOf(ADD, { p: p.id, input: { body: 'Нет такой', severity: 'MINOR', revision: 2 } }, reviewer),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.revision',
        details: [{ field: 'input.revision', rule: 'no_such_revision' }],
      });

      const major = await ok(
        ADD,
        { p: p.id, input: { body: 'Сроки пилота РМИС не сходятся', severity: 'MAJOR' } },
        reviewer,
      );
      expect(major.addGostechPlanRemark).toMatchObject({
        severity: 'MAJOR',
        status: 'OPEN',
        revision: 1,
        isRemark: true,
      });
      remarkId = major.addGostechPlanRemark.id;
      blockerId = (await ok(ADD, { p: p.id, input: { body: 'Нет плана вывода СЭД', severity: 'BLOCKER' } }, reviewer))
        .addGostechPlanRemark.id;
      expect(await plan()).toMatchObject({ openRemarks: 2, openBlockers: 1 });
      // The other region's editor sees nothing of it.
      expect((await ok(PLAN, {}, tul)).region.gostechPlan).toMatchObject({ openRemarks: null, remarks: [] });
    });

    it('threads replies, blocks approval on an open blocker, and resolves', async () => {
      const p = await plan();
      await ok(REPLY, { id: remarkId, b: 'Уточним в следующей редакции' }, bel);
      await ok(REPLY, { id: remarkId, b: 'Ждём' }, reviewer);
      // Read as the reviewer: a region's editor sees no staff e-mail addresses (public projections of people).
      const thread = (await plan(reviewer)).remarks.find((r: any) => r.id === remarkId);
      expect(thread.replies).toEqual([
        { body: 'Уточним в следующей редакции', author: { email: 'editor.bel@tsifra.test' } },
        { body: 'Ждём', author: { email: 'reviewer@tsifra.test' } },
      ]);
      // RU-TUL cannot read RU-BEL's submission, so its remark reads as missing there (issue 17).
      expect((await errorOf(REPLY, { id: remarkId, b: 'Чужой' }, tul)).code).toBe('NOT_FOUND');
      expect((await plan(reviewer)).transitionChecks).toEqual([
        { to: 'CHANGES_REQUESTED', blockedBy: null },
        { to: 'APPROVED', blockedBy: 'open_blockers' },
      ]);
      const refused = await errorOf(
        'mutation($id: ID!) { approveGostechPlan(id: $id) { status } }',
        { id: p.id },
        reviewer,
      );
      expect(refused.code).toBe('INVALID_TRANSITION');
      expect((refused.details as any[])[0].rule).toBe('open_blockers');
      expect((await errorOf(RESOLVE, { id: blockerId }, bel)).code).toBe('FORBIDDEN');
      expect((await ok(RESOLVE, { id: blockerId }, reviewer)).resolveRemark).toMatchObject({
        status: 'RESOLVED',
        resolvedBy: { email: 'reviewer@tsifra.test' },
      });
      expect(await plan()).toMatchObject({ openRemarks: 1, openBlockers: 0 });
    });

    it('returns on the open remark alone (an empty comment is fine then) and tells the region of each step', async () => {
      const p = await plan();
      expect(
        (
          await ok(
            'mutation($id: ID!) { requestGostechPlanChanges(id: $id, comment: "") { status } }',
            { id: p.id },
            reviewer,
          )
        ).requestGostechPlanChanges.status,
      ).toBe('CHANGES_REQUESTED');
      const inbox = (await ok(NOTES, {}, bel)).notifications.filter((n: any) => n.plan?.id === p.id);
      expect(inbox.map((n: any) => n.kind)).toEqual([
        'PLAN_CHANGES_REQUESTED',
        'REMARK_RESOLVED',
        'REPLY_ADDED',
        'REMARK_ADDED',
        'REMARK_ADDED',
      ]);
      expect(inbox.find((n: any) => n.kind === 'REPLY_ADDED')).toMatchObject({ excerpt: 'Ждём', revision: 1 });
      expect(inbox.find((n: any) => n.kind === 'REMARK_ADDED').comment).toEqual({ id: blockerId });
      // The reviewer hears of the region's reply.
      expect(
        (await ok(NOTES, {}, reviewer)).notifications.filter((n: any) => n.plan?.id === p.id).map((n: any) => n.kind),
      ).toContain('REPLY_ADDED');
      const history = await ok(
        'query($id: ID!) { gostechPlan(id: $id) { history { action } } }',
        { id: p.id },
        reviewer,
      );
      expect(history.gostechPlan.history.map((e: any) => e.action).slice(-6)).toEqual([
        'remark.add',
        'remark.add',
        'remark.reply',
        'remark.reply',
        'remark.resolve',
        'gostech_plan.request_changes',
      ]);
    });

    it('resolves the open remarks with the approval when the reviewer says so; an approved plan counts none open', async () => {
      let p = await plan();
      await ok(
        'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status } }',
        { id: p.id, v: p.version },
        bel,
      );
      await ok(ADD, { p: p.id, input: { body: 'Блокер второй редакции', severity: 'BLOCKER' } }, reviewer);
      const approved = await ok(
        'mutation($id: ID!) { approveGostechPlan(id: $id, remarks: RESOLVE) { status } }',
        { id: p.id },
        reviewer,
      );
      expect(approved.approveGostechPlan.status).toBe('APPROVED');
      p = await plan();
      expect(p).toMatchObject({ openRemarks: 0, openBlockers: 0 });
      expect(p.remarks.map((r: any) => r.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
    });
  });

  describe('a strategy: the return note is a cover note, not a remark', () => {
    it('keeps the note with the decision, counts no remark for it, and pins it only when asked', async () => {
      let s = await strategy();
      await ok(
        'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
        { id: s.id, v: s.version },
        bel,
      );
      await ok(
        'mutation($id: ID!) { requestChanges(id: $id, comment: "Обоснуйте план на 2024 год") { status } }',
        { id: s.id },
        reviewer,
      );
      s = await strategy();
      expect(s).toMatchObject({
        status: 'CHANGES_REQUESTED',
        openRemarks: 0,
        reviewComment: 'Обоснуйте план на 2024 год',
        remarks: [],
      });
      expect(s.comments).toEqual([{ body: 'Обоснуйте план на 2024 год', isRemark: false, severity: null }]);

      await ok(
        'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
        { id: s.id, v: s.version },
        bel,
      );
      await ok(
        'mutation($id: ID!) { requestChanges(id: $id, comment: "Это отслеживаем", pinAsRemark: true) { status } }',
        { id: s.id },
        reviewer,
      );
      s = await strategy();
      expect(s).toMatchObject({ openRemarks: 1, openBlockers: 0, reviewComment: 'Это отслеживаем' });
      expect(s.remarks).toEqual([
        expect.objectContaining({ severity: 'MAJOR', status: 'OPEN', body: 'Это отслеживаем' }),
      ]);
    });

    it('carries open remarks over by default: they stay open on the record but an approved strategy counts none', async () => {
      let s = await strategy();
      await ok(
        'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
        { id: s.id, v: s.version },
        bel,
      );
      await ok('mutation($id: ID!) { approveStrategy(id: $id) { status } }', { id: s.id }, reviewer);
      s = await strategy();
      expect(s).toMatchObject({ status: 'APPROVED', openRemarks: 0, openBlockers: 0 });
      expect(s.remarks.map((r: any) => r.status)).toEqual(['OPEN']);
      const history = await ok(
        'query($id: ID!) { strategy(id: $id) { history { action details } } }',
        { id: s.id },
        reviewer,
      );
      expect(JSON.parse(history.strategy.history.at(-1).details)).toMatchObject({
        to: 'APPROVED',
        remarks: 'CARRY_OVER',
      });
    });
  });
});
