import { randomBytes, randomUUID } from 'node:crypto';
import { MAX_IMPORT_ROWS } from '@tsifra/domain/gostech/inventory-row';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { CommentEntity } from '../../modules/comment/comment.entity';
import { GostechPlanEntity } from '../../modules/gostech/gostech-plan.entity';
import { InformationSystemEntity } from '../../modules/gostech/information-system.entity';
import { NotificationEntity } from '../../modules/notification/notification.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { SessionEntity } from '../../modules/user/session.entity';
import { UserEntity } from '../../modules/user/user.entity';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { encodeCursor } from '../pagination';

/**
 * Cursor pagination over real HTTP: every growing list pages through more than MAX_PAGE_SIZE rows with no
 * duplicate and no gap (rows sharing a timestamp included), stays stable when rows are inserted between pages,
 * refuses a bad `first` or `after` with BAD_USER_INPUT and the field, and applies its access rule on every page.
 */

interface Item {
  id: string;
  cursor: string;
}

/** Seconds apart, seven rows per timestamp: page boundaries fall inside runs of equal timestamps. */
const BASE = Date.UTC(2021, 7, 1, 9, 0, 0);
const tied = (i: number) => new Date(BASE + Math.floor(i / 7) * 1000);

describe('cursor pagination of growing lists', () => {
  let t: TestServer;
  let editor: string;
  let otherEditor: string;
  let reviewer: string;
  let admin: string;
  let strategyId: string;
  let remarkId: string;
  let planId: string;
  const userId: Record<string, string> = {};

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toHaveLength(1);
    return { code: res.errors![0]!.extensions?.code, field: res.errors![0]!.extensions?.field };
  };

  /** Follows `after` until a page comes back shorter than asked; checks each page's size on the way. */
  async function pageThrough<T extends Item>(
    fetch: (after: string | null) => Promise<T[]>,
    size: number,
    from: string | null = null,
  ): Promise<{ items: T[]; pages: number[] }> {
    const items: T[] = [];
    const pages: number[] = [];
    let after: string | null = from;
    for (;;) {
      const page = await fetch(after);
      expect(page.length).toBeLessThanOrEqual(size);
      pages.push(page.length);
      items.push(...page);
      if (page.length < size) return { items, pages };
      after = page.at(-1)!.cursor;
      if (pages.length > 50) throw new Error('paging does not end');
    }
  }
  /** Statements reading a table (PostgreSQL names it with its schema). */
  const reading = (statements: string[], table: string) =>
    statements.filter((s) => new RegExp(`from\\s+(?:"[^"]+"\\.)?"?${table}"?\\s`, 'i').test(s));
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const expectNoDuplicates = (items: readonly { id: string }[]) => expect(new Set(ids(items)).size).toBe(items.length);

  beforeAll(async () => {
    t = await startTestServer();
    [editor, otherEditor, reviewer, admin] = (await Promise.all(
      ['editor.bel', 'editor.tul', 'reviewer', 'admin'].map((u) => t.login(`${u}@tsifra.test`)),
    )) as [string, string, string, string];
    const repo = t.server.db.dataSource.getRepository(UserEntity);
    for (const who of ['editor.bel', 'editor.tul', 'reviewer', 'admin'])
      userId[who] = (await repo.findOneByOrFail({ email: `${who}@tsifra.test` })).id;
    const bel = await ok<{ region: { strategy: { id: string; version: number } } }>(
      '{ region(code: "RU-BEL") { strategy { id version } } }',
      {},
      editor,
    );
    strategyId = bel.region.strategy.id;
    // Remarks need a revision: the demo draft is complete, so the editor submits it.
    await ok(
      'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { revision } }',
      { id: strategyId, v: bel.region.strategy.version },
      editor,
    );
    const regionId = (await t.server.db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' })).id;
    planId = (await t.server.db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({ regionId })).id;

    remarkId = randomUUID();
    await t.server.db.write(async (m) => {
      const remark = (i: number, over: Partial<CommentEntity> = {}): CommentEntity => ({
        id: randomUUID(),
        strategyId,
        goalId: null,
        authorId: userId.reviewer!,
        body: `Замечание ${i}`,
        createdAt: tied(i),
        severity: i % 3 === 0 ? 'BLOCKER' : 'MINOR',
        status: 'OPEN',
        parentId: null,
        revision: 1,
        pinnedGoalId: null,
        indicatorId: null,
        year: null,
        resolvedAt: null,
        resolvedById: null,
        ...over,
      });
      // 130 remarks (one of them with 120 replies), all on revision 1.
      await m
        .getRepository(CommentEntity)
        .insert([
          remark(-1, { id: remarkId, createdAt: new Date(BASE - 60_000) }),
          ...Array.from({ length: 129 }, (_, i) => remark(i)),
        ]);
      await m.getRepository(CommentEntity).insert(
        Array.from({ length: 120 }, (_, i) =>
          remark(i, {
            body: `Ответ ${i}`,
            severity: null,
            status: null,
            parentId: remarkId,
            authorId: i % 2 ? userId['editor.bel']! : userId.reviewer!,
          }),
        ),
      );
      // 150 history entries of the strategy, 12 of the plan.
      const event = (i: number, over: Partial<AuditEventEntity>): AuditEventEntity => ({
        id: randomUUID(),
        strategyId: null,
        planId: null,
        entity: 'goal',
        entityId: null,
        action: 'goal.update',
        actorId: userId['editor.bel']!,
        details: JSON.stringify({ i }),
        createdAt: tied(i),
        ...over,
      });
      await m.getRepository(AuditEventEntity).insert(Array.from({ length: 150 }, (_, i) => event(i, { strategyId })));
      await m
        .getRepository(AuditEventEntity)
        .insert(
          Array.from({ length: 12 }, (_, i) =>
            event(i, { planId, entity: 'information_system', action: 'information_system.add' }),
          ),
        );
      // 140 notifications for the reviewer, 3 for the RU-TUL editor.
      const note = (i: number, user: string): NotificationEntity => ({
        id: randomUUID(),
        userId: user,
        kind: 'REMARK_ADDED',
        strategyId,
        planId: null,
        commentId: null,
        revision: 1,
        actorId: null,
        excerpt: `№${i}`,
        createdAt: tied(i),
        readAt: i % 4 === 0 ? new Date() : null,
      });
      await m
        .getRepository(NotificationEntity)
        .insert([
          ...Array.from({ length: 140 }, (_, i) => note(i, userId.reviewer!)),
          ...[0, 1, 2].map((i) => note(i, userId['editor.tul']!)),
        ]);
      // 110 API tokens for the RU-BEL editor.
      await m.getRepository(SessionEntity).insert(
        Array.from({ length: 110 }, (_, i) => ({
          id: randomUUID(),
          tokenHash: randomBytes(32).toString('hex'),
          userId: userId['editor.bel']!,
          kind: 'token',
          label: `скрипт ${i}`,
          createdAt: tied(i),
          expiresAt: new Date(Date.UTC(2030, 0, 1)),
          revokedAt: null,
          lastUsedAt: null,
        })),
      );
      // 120 more users (reviewers).
      const someHash = (await m.getRepository(UserEntity).findOneByOrFail({ id: userId.admin! })).passwordHash;
      await m.getRepository(UserEntity).insert(
        Array.from({ length: 120 }, (_, i) => ({
          id: randomUUID(),
          email: `page-${String(i).padStart(3, '0')}@tsifra.test`,
          name: `Эксперт ${i}`,
          role: 'FEDERAL_REVIEWER',
          regionId: null,
          passwordHash: someHash,
          active: true,
          createdAt: new Date(),
        })),
      );
      // 105 systems added to the demo plan (positions after the existing ones).
      const count = await m.getRepository(InformationSystemEntity).countBy({ planId });
      await m.getRepository(InformationSystemEntity).insert(
        Array.from({ length: 105 }, (_, i) => ({
          id: randomUUID(),
          planId,
          position: count + i,
          name: `Система ${i}`,
          shortName: null,
          owner: 'Оператор',
          sectorId: null,
          purpose: null,
          isStateSystem: false,
          processesPersonalData: false,
          hosting: null,
          annualCost: null,
          decision: null,
          economicAssessment: null,
          technologicalAssessment: null,
        })),
      );
    });
  });
  afterAll(() => t.stop());

  const REMARKS =
    'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { remarks(first: $first, after: $after) { id cursor createdAt } } }';
  const remarksPage =
    (first: number | null, token = reviewer) =>
    async (after: string | null) =>
      (
        await ok<{ strategy: { remarks: (Item & { createdAt: string })[] } }>(
          REMARKS,
          { id: strategyId, first, after },
          token,
        )
      ).strategy.remarks;

  it(`caps a growing list at ${MAX_PAGE_SIZE} without first, and pages through the rest with after: every remark once, in order`, async () => {
    const all = await t.server.db.dataSource.getRepository(CommentEntity).find({ where: { strategyId } });
    const remarks = all.filter((c) => c.severity && !c.parentId);
    expect(remarks.length).toBeGreaterThan(MAX_PAGE_SIZE);

    const byDefault = await pageThrough(remarksPage(null), MAX_PAGE_SIZE);
    expect(byDefault.pages).toEqual([MAX_PAGE_SIZE, remarks.length - MAX_PAGE_SIZE]);
    expect(ids(byDefault.items).sort()).toEqual(ids(remarks).sort());
    expectNoDuplicates(byDefault.items);
    // Oldest first, ties broken by id: the order a keyset can continue from.
    const keys = byDefault.items.map((r) => [Date.parse(r.createdAt), r.id] as const);
    for (let i = 1; i < keys.length; i++)
      expect(keys[i - 1]![0] < keys[i]![0] || (keys[i - 1]![0] === keys[i]![0] && keys[i - 1]![1] < keys[i]![1])).toBe(
        true,
      );

    const small = await pageThrough(remarksPage(45), 45);
    expect(small.pages.length).toBeGreaterThanOrEqual(3);
    expect(ids(small.items)).toEqual(ids(byDefault.items));
  });

  it('stays stable when rows are inserted between pages: no repeat, no gap, the new one where it sorts', async () => {
    const first = await remarksPage(40)(null);
    const before = await pageThrough(remarksPage(100), 100);
    // A remark added through the API sorts last; one back-dated before the cursor must not shift the pages after it.
    const added = await ok<{ addRemark: { id: string } }>(
      'mutation($s: ID!) { addRemark(strategyId: $s, input: { body: "Новое замечание", severity: MAJOR }) { id } }',
      { s: strategyId },
      reviewer,
    );
    const backdated = randomUUID();
    await t.server.db.write((m) =>
      m.getRepository(CommentEntity).insert({
        id: backdated,
        strategyId,
        goalId: null,
        authorId: userId.reviewer!,
        body: 'Задним числом',
        createdAt: new Date(BASE - 3_600_000),
        severity: 'MINOR',
        status: 'OPEN',
        parentId: null,
        revision: 1,
      }),
    );
    const rest = await pageThrough(remarksPage(40), 40, first.at(-1)!.cursor);
    const seen = [...first, ...rest.items];
    expectNoDuplicates(seen);
    expect(ids(seen)).toEqual([...ids(before.items), added.addRemark.id]);
    expect(ids(seen)).not.toContain(backdated);
    // Starting over shows it in its place.
    expect(ids(await remarksPage(1)(null))).toEqual([backdated]);
  });

  it('pages replies of one remark through comment(id), and nested replies stay one statement for every remark', async () => {
    const REPLIES =
      'query($id: ID!, $after: String) { comment(id: $id) { id replies(first: 50, after: $after) { id cursor parentId } } }';
    const replies = await pageThrough(
      async (after) =>
        (await ok<{ comment: { replies: (Item & { parentId: string })[] } }>(REPLIES, { id: remarkId, after }, editor))
          .comment.replies,
      50,
    );
    expect(replies.pages).toEqual([50, 50, 20]);
    expectNoDuplicates(replies.items);
    expect(new Set(replies.items.map((r) => r.parentId))).toEqual(new Set([remarkId]));
    // Without first, a thread shows its first page.
    const nested = await t.sql.count(() =>
      t.gql<{ strategy: { remarks: { id: string; replies: Item[] }[] } }>(
        'query($id: ID!) { strategy(id: $id) { remarks { id replies { id } } } }',
        { id: strategyId },
        reviewer,
      ),
    );
    expect(nested.result.errors).toBeUndefined();
    expect(nested.result.data!.strategy.remarks.find((r) => r.id === remarkId)!.replies).toHaveLength(MAX_PAGE_SIZE);
    expect(reading(nested.statements, 'comments')).toHaveLength(1);
  });

  it('pages the revision’s remarks and the strategy’s comments the same way', async () => {
    const REV =
      'query($id: ID!, $after: String) { strategy(id: $id) { revisionDetail(number: 1) { remarks(first: 60, after: $after) { id cursor revision } } } }';
    const rev = await pageThrough(
      async (after) =>
        (await ok<any>(REV, { id: strategyId, after }, reviewer)).strategy.revisionDetail.remarks as Item[],
      60,
    );
    expect(rev.items.length).toBeGreaterThan(MAX_PAGE_SIZE);
    expectNoDuplicates(rev.items);

    const COMMENTS = 'query($id: ID!, $after: String) { strategy(id: $id) { comments(after: $after) { id cursor } } }';
    const comments = await pageThrough(
      async (after) => (await ok<any>(COMMENTS, { id: strategyId, after }, editor)).strategy.comments as Item[],
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(CommentEntity).countBy({ strategyId });
    expect(comments.items).toHaveLength(total);
    expectNoDuplicates(comments.items);
  });

  it('pages a strategy’s and a plan’s history; the federal read of every strategy’s history stays one statement', async () => {
    const HISTORY = 'query($id: ID!, $after: String) { strategy(id: $id) { history(after: $after) { id cursor } } }';
    const history = await pageThrough(
      async (after) => (await ok<any>(HISTORY, { id: strategyId, after }, editor)).strategy.history as Item[],
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(AuditEventEntity).countBy({ strategyId });
    expect(total).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(history.items).toHaveLength(total);
    expect(history.pages.length).toBe(Math.ceil((total + 1) / MAX_PAGE_SIZE));
    expectNoDuplicates(history.items);

    const PLAN =
      'query($id: ID!, $after: String) { gostechPlan(id: $id) { history(first: 5, after: $after) { id cursor } } }';
    const plan = await pageThrough(
      async (after) => (await ok<any>(PLAN, { id: planId, after }, editor)).gostechPlan.history as Item[],
      5,
    );
    expect(plan.items.length).toBe(await t.server.db.dataSource.getRepository(AuditEventEntity).countBy({ planId }));
    expectNoDuplicates(plan.items);

    const federal = await t.sql.count(() =>
      t.gql<{ regions: { strategy: { history: Item[] } | null }[] }>(
        '{ regions { strategy { history(first: 2) { id cursor } } } }',
        {},
        admin,
      ),
    );
    expect(federal.result.errors).toBeUndefined();
    expect(
      federal.result.data!.regions.filter((r) => r.strategy && r.strategy.history.length === 2).length,
    ).toBeGreaterThan(1);
    expect(reading(federal.statements, 'audit_events')).toHaveLength(1);
  });

  it('pages notifications newest first; a new one between pages repeats nothing; another user’s cursor shows only your own', async () => {
    const NOTES =
      'query($first: Int, $after: String, $unread: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unread) { id cursor createdAt } }';
    const page =
      (first: number | null, token = reviewer, unread = false) =>
      async (after: string | null) =>
        (await ok<{ notifications: (Item & { createdAt: string })[] }>(NOTES, { first, after, unread }, token))
          .notifications;
    const own = await t.server.db.dataSource.getRepository(NotificationEntity).findBy({ userId: userId.reviewer! });
    expect(own.length).toBeGreaterThan(MAX_PAGE_SIZE);

    const firstPage = await page(null)(null);
    expect(firstPage).toHaveLength(MAX_PAGE_SIZE);
    // Newer than everything: with offsets, the next page would repeat the last item of this one.
    await t.server.db.write((m) =>
      m.getRepository(NotificationEntity).insert({
        id: randomUUID(),
        userId: userId.reviewer!,
        kind: 'SUBMITTED',
        strategyId,
        commentId: null,
        revision: 1,
        actorId: null,
        excerpt: null,
        createdAt: new Date(),
        readAt: null,
      }),
    );
    const rest = await pageThrough(page(null), MAX_PAGE_SIZE, firstPage.at(-1)!.cursor);
    const seen = [...firstPage, ...rest.items];
    expectNoDuplicates(seen);
    expect(ids(seen).sort()).toEqual(ids(own).sort());
    const times = seen.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const unread = await pageThrough(page(30, reviewer, true), 30);
    expect(unread.items.length).toBe(
      (await t.server.db.dataSource.getRepository(NotificationEntity).findBy({ userId: userId.reviewer! })).filter(
        (n) => !n.readAt,
      ).length,
    );

    // The RU-TUL editor with the reviewer's cursor: still only their own three.
    const theirs = await page(null, otherEditor)(null);
    expect(theirs).toHaveLength(3);
    expect(ids(await page(null, otherEditor)(firstPage[0]!.cursor)).every((id) => ids(theirs).includes(id))).toBe(true);
    expect(await refusal('{ notifications(first: 1) { id } }', {})).toEqual({
      code: 'UNAUTHENTICATED',
      field: undefined,
    });

    // The deprecated limit still works, now within the page cap.
    expect((await ok<any>('{ notifications(limit: 3) { id } }', {}, reviewer)).notifications).toHaveLength(3);
    expect((await ok<any>('{ notifications(limit: 500) { id } }', {}, reviewer)).notifications).toHaveLength(
      MAX_PAGE_SIZE,
    );
  });

  it('pages users by email for administrators only, on every page', async () => {
    const USERS = 'query($first: Int, $after: String) { users(first: $first, after: $after) { id cursor email } }';
    const users = await pageThrough(
      async (after) => (await ok<{ users: (Item & { email: string })[] }>(USERS, { first: null, after }, admin)).users,
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(UserEntity).count();
    expect(total).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(users.items).toHaveLength(total);
    expectNoDuplicates(users.items);
    const emails = users.items.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
    const cursor = users.items[MAX_PAGE_SIZE - 1]!.cursor;
    expect(await refusal(USERS, { after: cursor }, reviewer)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refusal(USERS, { after: cursor })).toEqual({ code: 'UNAUTHENTICATED', field: undefined });
  });

  it('pages your API tokens newest first, and another user’s cursor never shows theirs', async () => {
    const TOKENS = 'query($after: String) { apiTokens(after: $after) { id cursor createdAt } }';
    const tokens = await pageThrough(
      async (after) => (await ok<{ apiTokens: Item[] }>(TOKENS, { after }, editor)).apiTokens,
      MAX_PAGE_SIZE,
    );
    expect(tokens.items).toHaveLength(
      await t.server.db.dataSource
        .getRepository(SessionEntity)
        .countBy({ userId: userId['editor.bel']!, kind: 'token' }),
    );
    expect(tokens.pages).toEqual([MAX_PAGE_SIZE, tokens.items.length - MAX_PAGE_SIZE]);
    expectNoDuplicates(tokens.items);
    expect(
      (await ok<{ apiTokens: Item[] }>(TOKENS, { after: tokens.items[0]!.cursor }, otherEditor)).apiTokens,
    ).toEqual([]);
  });

  it('returns a whole GosTech plan without first, and pages it with first', async () => {
    const SYSTEMS =
      'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { systems(first: $first, after: $after) { id cursor position } } }';
    const whole = (await ok<any>(SYSTEMS, { id: planId }, editor)).gostechPlan.systems as (Item & {
      position: number;
    })[];
    expect(whole.length).toBe(await t.server.db.dataSource.getRepository(InformationSystemEntity).countBy({ planId }));
    expect(whole.length).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(whole.map((s) => s.position)).toEqual(whole.map((_, i) => i));
    const paged = await pageThrough(
      async (after) => (await ok<any>(SYSTEMS, { id: planId, first: 30, after }, editor)).gostechPlan.systems as Item[],
      30,
    );
    expect(ids(paged.items)).toEqual(ids(whole));
    // Hidden from another region's editor on every page.
    expect(
      (await ok<any>(SYSTEMS, { id: planId, first: 30, after: whole[29]!.cursor }, otherEditor)).gostechPlan.systems,
    ).toEqual([]);
  });

  it('applies the content rule on every page: another region’s editor and anonymous callers get nothing', async () => {
    const cursor = (await remarksPage(10)(null)).at(-1)!.cursor;
    for (const token of [otherEditor, undefined]) {
      expect((await ok<any>(REMARKS, { id: strategyId, first: 10, after: cursor }, token)).strategy.remarks).toEqual(
        [],
      );
      expect(
        (
          await ok<any>(
            'query($id: ID!, $a: String) { strategy(id: $id) { history(after: $a) { id } comments(after: $a) { id } } }',
            { id: strategyId, a: null },
            token,
          )
        ).strategy,
      ).toEqual({ history: [], comments: [] });
      expect(
        (await ok<any>('query($id: ID!) { comment(id: $id) { id } }', { id: remarkId }, token)).comment,
      ).toBeNull();
    }
    expect((await ok<any>('query($id: ID!) { comment(id: $id) { id } }', { id: remarkId }, reviewer)).comment).toEqual({
      id: remarkId,
    });
  });

  describe('refuses a bad page request with BAD_USER_INPUT and the argument', () => {
    const LISTS: [string, string, () => Record<string, unknown>, () => string][] = [
      [
        'Strategy.comments',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { comments(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Strategy.remarks',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { remarks(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Strategy.history',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { history(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'StrategyRevision.remarks',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { revisionDetail(number: 1) { remarks(first: $first, after: $after) { id } } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Comment.replies',
        'query($id: ID!, $first: Int, $after: String) { comment(id: $id) { replies(first: $first, after: $after) { id } } }',
        () => ({ id: remarkId }),
        () => editor,
      ],
      [
        'GostechPlan.history',
        'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { history(first: $first, after: $after) { id } } }',
        () => ({ id: planId }),
        () => editor,
      ],
      [
        'GostechPlan.systems',
        'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { systems(first: $first, after: $after) { id } } }',
        () => ({ id: planId }),
        () => editor,
      ],
      [
        'Query.notifications',
        'query($first: Int, $after: String) { notifications(first: $first, after: $after) { id } }',
        () => ({}),
        () => reviewer,
      ],
      [
        'Query.users',
        'query($first: Int, $after: String) { users(first: $first, after: $after) { id } }',
        () => ({}),
        () => admin,
      ],
      [
        'Query.apiTokens',
        'query($first: Int, $after: String) { apiTokens(first: $first, after: $after) { id } }',
        () => ({}),
        () => editor,
      ],
    ];

    it.each(LISTS)('%s: first outside 1–100', async (_name, query, vars, token) => {
      for (const first of [0, -1, MAX_PAGE_SIZE + 1, 1_000_000]) {
        expect(await refusal(query, { ...vars(), first }, token())).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      }
      expect((await t.gql(query, { ...vars(), first: MAX_PAGE_SIZE }, token())).errors).toBeUndefined();
      expect((await t.gql(query, { ...vars(), first: 1 }, token())).errors).toBeUndefined();
    });

    it.each(LISTS)('%s: a garbage or foreign after', async (_name, query, vars, token) => {
      const garbage = [
        'garbage!',
        '',
        "' OR 1=1 --",
        Buffer.from('not json').toString('base64url'),
        Buffer.from('["Comment",1,2]').toString('base64url'),
        Buffer.from('{"k":"Comment"}').toString('base64url'),
        Buffer.from('["Comment",1e300,"x"]').toString('base64url'),
        encodeCursor(_name.startsWith('Query.users') ? 'Notification' : 'User', 'someone@tsifra.test', randomUUID()),
        'A'.repeat(5000),
      ];
      for (const after of garbage) {
        expect(await refusal(query, { ...vars(), after }, token())).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });
  });

  it(`bounds a GosTech plan at ${MAX_IMPORT_ROWS} systems (the import cap), so its unpaged list is bounded too`, async () => {
    const repo = t.server.db.dataSource.getRepository(InformationSystemEntity);
    const count = await repo.countBy({ planId });
    await t.server.db.write(async (m) => {
      for (let from = count; from < MAX_IMPORT_ROWS; from += 500) {
        const n = Math.min(500, MAX_IMPORT_ROWS - from);
        await m.getRepository(InformationSystemEntity).insert(
          Array.from({ length: n }, (_, i) => ({
            id: randomUUID(),
            planId,
            position: from + i,
            name: `Массовая система ${from + i}`,
            shortName: null,
            owner: 'Оператор',
            sectorId: null,
            purpose: null,
            isStateSystem: false,
            processesPersonalData: false,
            hosting: null,
            annualCost: null,
            decision: null,
            economicAssessment: null,
            technologicalAssessment: null,
          })),
        );
      }
    });
    const version = (await t.server.db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({ id: planId }))
      .version;
    const ADD =
      'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }';
    expect(
      await refusal(ADD, { p: planId, v: version, i: { name: 'Пять тысяч первая', operator: 'Оператор' } }, editor),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'planId' });
    expect(await repo.countBy({ planId })).toBe(MAX_IMPORT_ROWS);
    const whole = await ok<any>('query($id: ID!) { gostechPlan(id: $id) { systems { id } } }', { id: planId }, editor);
    expect(whole.gostechPlan.systems).toHaveLength(MAX_IMPORT_ROWS);
  });
});
