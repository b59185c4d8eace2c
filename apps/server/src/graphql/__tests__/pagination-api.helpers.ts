import { randomBytes, randomUUID } from 'node:crypto';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { CommentEntity } from '../../modules/comment/comment.entity';
import { GostechPlanEntity } from '../../modules/gostech/gostech-plan.entity';
import { InformationSystemEntity } from '../../modules/gostech/information-system.entity';
import { NotificationEntity } from '../../modules/notification/notification.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { SessionEntity } from '../../modules/user/session.entity';
import { UserEntity } from '../../modules/user/user.entity';
import { startTestServer, type TestServer } from '../../testing/test-server';

// Shared by the cursor pagination tests (pagination.api, pagination-access.api): the seeded server with lists
// longer than a page, and the tools that page through them.

export interface Item {
  id: string;
  cursor: string;
}

/** Seconds apart, seven rows per timestamp: page boundaries fall inside runs of equal timestamps. */
export const BASE = Date.UTC(2021, 7, 1, 9, 0, 0);
const tied = (i: number) => new Date(BASE + Math.floor(i / 7) * 1000);

/** The seeded server: sessions, users' ids, RU-BEL's submitted strategy with its remarks, and its GosTech plan. */
export interface PaginationFixture {
  t: TestServer;
  editor: string;
  otherEditor: string;
  reviewer: string;
  admin: string;
  strategyId: string;
  remarkId: string;
  planId: string;
  userId: Record<string, string>;
}

/** Reading and paging tools on the server `current()` returns. */
export function pagingTools(current: () => TestServer) {
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await current().gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await current().gql(query, variables, token);
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
  return { ok, refusal, pageThrough, reading, ids, expectNoDuplicates };
}

export const REMARKS =
  'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { remarks(first: $first, after: $after) { id cursor createdAt } } }';
/** One page of RU-BEL's remarks as `token` (the reviewer by default) reads it. */
export const remarksPageOf =
  (f: () => PaginationFixture) =>
  (first: number | null, token = f().reviewer) =>
  async (after: string | null) =>
    (
      await pagingTools(() => f().t).ok<{ strategy: { remarks: (Item & { createdAt: string })[] } }>(
        REMARKS,
        { id: f().strategyId, first, after },
        token,
      )
    ).strategy.remarks;
/** Starts a server and seeds lists longer than a page, with runs of equal timestamps. */
export async function seedPagination(): Promise<PaginationFixture> {
  const t = await startTestServer();
  const { ok } = pagingTools(() => t);
  const userId: Record<string, string> = {};
  const [editor, otherEditor, reviewer, admin] = (await Promise.all(
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
  const strategyId = bel.region.strategy.id;
  // Remarks need a revision: the demo draft is complete, so the editor submits it.
  await ok(
    'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { revision } }',
    { id: strategyId, v: bel.region.strategy.version },
    editor,
  );
  const regionId = (await t.server.db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' })).id;
  const planId = (await t.server.db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({ regionId })).id;

  const remarkId = randomUUID();
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
  return { t, editor, otherEditor, reviewer, admin, strategyId, remarkId, planId, userId };
}
