import { randomUUID } from 'node:crypto';
import type { TestServer } from '../../../testing/test-server';
import { migrating, planReader, startGostechServer, SYSTEM_FIELDS } from './gostech-api.helpers';

// GosTech plans over the API: the seeded demo, editing with the plan version, the shared review workflow.
// Authorization of the mutations and the federal summary: gostech-access.api.test.ts.

describe('GosTech plans over the API', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;

  beforeAll(async () => {
    ({ t, bel, tul, reviewer } = await startGostechServer());
  });
  afterAll(() => t.stop());

  const plan = planReader(() => t);

  describe('the seeded demo and the contract fields', () => {
    it('serves the RU-BEL draft with eight systems to its editor, keeping owner, plannedMigrationDate and stage', async () => {
      const p = await plan('RU-BEL', bel);
      expect(p).toMatchObject({ status: 'DRAFT', deadline: '2022-05-01', contentVisible: true, revision: 0 });
      expect(p.systems).toHaveLength(8);
      const rmis = p.systems.find((s: any) => s.shortName === 'РМИС');
      expect(rmis.owner).toBe(rmis.operator);
      expect(rmis.plannedMigrationDate).toBe(rmis.stages.find((s: any) => s.stage === 'PRODUCTION').plannedStart);
      expect(rmis.stage).toBe('DEVELOPMENT');
      // The undecided system keeps the draft incomplete.
      expect(p.completeness.map((c: any) => c.rule)).toEqual(['missing_decision']);
      expect(p.availableTransitions).toEqual([]);
    });

    it('hides a draft’s systems from anonymous callers and other regions, and shows approved plans to everybody', async () => {
      for (const token of [undefined, tul]) {
        const p = await plan('RU-BEL', token);
        expect(p).toMatchObject({ status: 'DRAFT', contentVisible: false, systems: [], completeness: [] });
      }
      expect((await plan('RU-BEL', reviewer)).systems).toHaveLength(8);
      const approved = await plan('RU-TUL');
      expect(approved).toMatchObject({ status: 'APPROVED', contentVisible: true });
      expect(approved.systems.length).toBeGreaterThan(0);
    });

    it('answers gostechPlan(id) with the same rules, and null for an unknown id', async () => {
      const id = (await plan('RU-TUL')).id;
      const res = await t.gql('query($id: ID!) { gostechPlan(id: $id) { id region { code } systems { name } } }', {
        id,
      });
      expect(res.data.gostechPlan.region.code).toBe('RU-TUL');
      expect(
        (await t.gql('query($id: ID!) { gostechPlan(id: $id) { id } }', { id: randomUUID() })).data.gostechPlan,
      ).toBeNull();
    });
  });

  describe('editing with the plan version', () => {
    it('adds, updates and deletes systems, claiming the version each time, and refuses a stale version with CONFLICT', async () => {
      const p = await plan('RU-BEL', bel);
      const added = await t.gql(
        `mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { ${SYSTEM_FIELDS} } }`,
        { p: p.id, v: p.version, i: migrating('Реестр парковок') },
        bel,
      );
      expect(added.errors).toBeUndefined();
      expect(added.data.addInformationSystem).toMatchObject({
        name: 'Реестр парковок',
        owner: 'Министерство цифрового развития',
        plannedMigrationDate: '2022-09-01',
        stage: 'NOT_STARTED',
        plan: { version: p.version + 1 },
      });

      const stale = await t.gql(
        `mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }`,
        { id: added.data.addInformationSystem.id, v: p.version, i: migrating('Реестр парковок (новое имя)') },
        bel,
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
      expect((await plan('RU-BEL', bel)).systems.map((s: any) => s.name)).toContain('Реестр парковок');

      const updated = await t.gql(
        `mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { ${SYSTEM_FIELDS} } }`,
        {
          id: added.data.addInformationSystem.id,
          v: p.version + 1,
          i: migrating('Реестр парковок (новое имя)', '2022-10-01'),
        },
        bel,
      );
      expect(updated.data.updateInformationSystem).toMatchObject({
        name: 'Реестр парковок (новое имя)',
        plannedMigrationDate: '2022-10-01',
        plan: { version: p.version + 2 },
      });

      const deleted = await t.gql(
        'mutation($id: ID!, $v: Int!) { deleteInformationSystem(id: $id, version: $v) { version systems { name } } }',
        { id: added.data.addInformationSystem.id, v: p.version + 2 },
        bel,
      );
      expect(deleted.data.deleteInformationSystem.version).toBe(p.version + 3);
      expect(deleted.data.deleteInformationSystem.systems.map((s: any) => s.name)).not.toContain(
        'Реестр парковок (новое имя)',
      );
    });

    it('reports domain rule failures with the field path: dates in order, unknown sector, duplicate names', async () => {
      const p = await plan('RU-BEL', bel);
      const add = (input: unknown) =>
        t.gql(
          'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }',
          { p: p.id, v: p.version, i: input },
          bel,
        );
      const backwards = await add(
        migrating('X', '2022-09-01', {
          stages: [{ stage: 'PILOT', plannedStart: '2022-06-30', plannedEnd: '2022-04-01' }],
        }),
      );
      expect(backwards.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.stages[0].plannedEnd',
      });
      expect((backwards.errors?.[0]?.extensions?.details as any[])[0].rule).toBe('end_before_start');
      const sector = await add(migrating('X', '2022-09-01', { sectorCode: 'space' }));
      expect(sector.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sectorCode' });
      const duplicate = await add(migrating('  региональная медицинская информационная система '));
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      // Nothing was claimed: the version is unchanged.
      expect((await plan('RU-BEL', bel)).version).toBe(p.version);
    });

    it('refuses a dependency that would close a cycle', async () => {
      const p = await plan('RU-BEL', bel);
      const rmis = p.systems.find((s: any) => s.shortName === 'РМИС');
      const zkv = p.systems.find((s: any) => s.shortName === 'ЗкВ'); // depends on РМИС in the demo
      const res = await t.gql(
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
        {
          id: rmis.id,
          v: p.version,
          i: { name: rmis.name, operator: rmis.operator, decision: rmis.decision, dependsOnIds: [zkv.id] },
        },
        bel,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dependsOnIds' });
      expect((res.errors?.[0]?.extensions?.details as any[])[0].rule).toBe('dependency_cycle');
    });
  });

  describe('the review workflow, shared with strategies', () => {
    it('refuses to submit an incomplete plan, then runs submit → return with a comment → resubmit → approve, with revisions and history', async () => {
      let p = await plan('RU-BEL', bel);
      const incomplete = await t.gql(
        'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status } }',
        { id: p.id, v: p.version },
        bel,
      );
      expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect((incomplete.errors?.[0]?.extensions?.details as any[]).map((d) => d.rule)).toEqual([
        'incomplete',
        'missing_decision',
      ]);

      // Decide on the undecided system: keep it outside GosTech.
      const sed = p.systems.find((s: any) => s.shortName === 'СЭД');
      const decided = await t.gql(
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { plan { version completeness { rule } availableTransitions } } }',
        {
          id: sed.id,
          v: p.version,
          i: { name: sed.name, shortName: sed.shortName, operator: sed.operator, decision: 'KEEP_OUTSIDE' },
        },
        bel,
      );
      expect(decided.data.updateInformationSystem.plan).toMatchObject({
        completeness: [],
        availableTransitions: ['SUBMITTED'],
      });
      const submitted = await t.gql(
        'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status revision version } }',
        { id: p.id, v: decided.data.updateInformationSystem.plan.version },
        bel,
      );
      expect(submitted.data.submitGostechPlan).toMatchObject({ status: 'SUBMITTED', revision: 1 });

      // Submitted: the editor can no longer edit.
      const locked = await t.gql(
        'mutation($id: ID!, $v: Int!) { deleteInformationSystem(id: $id, version: $v) { id } }',
        { id: sed.id, v: submitted.data.submitGostechPlan.version },
        bel,
      );
      expect(locked.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

      const noComment = await t.gql(
        'mutation($id: ID!) { requestGostechPlanChanges(id: $id, comment: "  ") { status } }',
        { id: p.id },
        reviewer,
      );
      expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'comment' });
      const returned = await t.gql(
        'mutation($id: ID!) { requestGostechPlanChanges(id: $id, comment: "Уточните сроки пилота РМИС") { status reviewComment version } }',
        { id: p.id },
        reviewer,
      );
      expect(returned.data.requestGostechPlanChanges).toMatchObject({
        status: 'CHANGES_REQUESTED',
        reviewComment: 'Уточните сроки пилота РМИС',
      });

      p = await plan('RU-BEL', bel);
      const resubmitted = await t.gql(
        'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status revision } }',
        { id: p.id, v: p.version },
        bel,
      );
      expect(resubmitted.data.submitGostechPlan).toMatchObject({ status: 'SUBMITTED', revision: 2 });
      const approved = await t.gql(
        'mutation($id: ID!) { approveGostechPlan(id: $id) { status revisions { number late daysLate systemCount } history { action } } }',
        { id: p.id },
        reviewer,
      );
      expect(approved.data.approveGostechPlan.status).toBe('APPROVED');
      expect(approved.data.approveGostechPlan.revisions).toEqual([
        { number: 1, late: false, daysLate: 0, systemCount: 8 },
        { number: 2, late: false, daysLate: 0, systemCount: 8 },
      ]);
      const actions = approved.data.approveGostechPlan.history.map((h: any) => h.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'information_system.update',
          'gostech_plan.submit',
          'gostech_plan.request_changes',
          'gostech_plan.approve',
        ]),
      );
      // Each decision reached the other side, naming the plan and its region: reviewers the submissions,
      // the region's editor the return (with the reviewer's words) and the approval. No one is told of their own act.
      const NOTES = '{ notifications(first: 20) { kind revision excerpt plan { id } region { code } } }';
      const planNotes = async (token: string) =>
        ((await t.gql(NOTES, {}, token)).data.notifications as any[]).filter((n) => n.kind.startsWith('PLAN_'));
      expect(await planNotes(reviewer)).toEqual([
        { kind: 'PLAN_SUBMITTED', revision: 2, excerpt: null, plan: { id: p.id }, region: { code: 'RU-BEL' } },
        { kind: 'PLAN_SUBMITTED', revision: 1, excerpt: null, plan: { id: p.id }, region: { code: 'RU-BEL' } },
      ]);
      expect(await planNotes(bel)).toEqual([
        { kind: 'PLAN_APPROVED', revision: 2, excerpt: null, plan: { id: p.id }, region: { code: 'RU-BEL' } },
        {
          kind: 'PLAN_CHANGES_REQUESTED',
          revision: 1,
          excerpt: 'Уточните сроки пилота РМИС',
          plan: { id: p.id },
          region: { code: 'RU-BEL' },
        },
      ]);
      expect(await planNotes(tul)).toEqual([]);
      // Approved: public, and final.
      expect((await plan('RU-BEL')).contentVisible).toBe(true);
      const again = await t.gql(
        'mutation($id: ID!) { approveGostechPlan(id: $id) { status } }',
        { id: p.id },
        reviewer,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    });
  });
});
