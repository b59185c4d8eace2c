import { GostechPlanEntity } from '../../../gostech/gostech-plan.entity';
import { UN, NO, WF, EDIT, EDIT_ITEM, REVIEW, Row } from './kinds';
import { parkOnSpareRegion } from './fixture';
import { systemInput } from './fixture';

export const GOSTECH_ROWS: Row[] = [
  {
    mutation: 'createGostechPlan',
    variant: 'RU-BEL without a plan',
    expect: EDIT,
    prepare: async (f) => ({
      query: 'mutation { createGostechPlan(regionCode: "RU-BEL") { id } }',
      cleanup: await parkOnSpareRegion(f, GostechPlanEntity, f.plan),
    }),
  },
  {
    mutation: 'addInformationSystem',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }',
      variables: { p: f.plan, v: await f.planVersion(), i: systemInput(f.n) },
    }),
  },
  {
    mutation: 'updateInformationSystem',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query:
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
      variables: { id: await f.system(), v: await f.planVersion(), i: { ...systemInput(f.n), purpose: 'Обновлено' } },
    }),
  },
  {
    mutation: 'deleteInformationSystem',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { deleteInformationSystem(id: $id, version: $v) { id } }',
      variables: { id: await f.system(), v: await f.planVersion() },
    }),
  },
  {
    mutation: 'importInformationSystems',
    variant: 'dry run of its own export',
    expect: EDIT,
    prepare: async (f) => {
      const file = await f.t.gql<{ exportGostechPlan: string }>(
        'query($p: ID!) { exportGostechPlan(planId: $p) }',
        { p: f.plan },
        f.tokens.admin,
      );
      return {
        query:
          'mutation($p: ID!, $v: Int!, $f: String!) { importInformationSystems(planId: $p, version: $v, file: $f, dryRun: true) { __typename } }',
        variables: { p: f.plan, v: await f.planVersion(), f: file.data!.exportGostechPlan },
      };
    },
  },
  // The demo plan of RU-BEL is incomplete (systems without a decision): the workflow refuses even its own editor.
  // Its successful submission is covered in modules/gostech's own API tests.
  {
    mutation: 'submitGostechPlan',
    variant: 'the incomplete demo plan',
    expect: [UN, WF, NO, NO, WF],
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { id } }',
      variables: { id: f.plan, v: await f.planVersion() },
    }),
  },
  {
    mutation: 'requestGostechPlanChanges',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { requestGostechPlanChanges(id: $id, comment: "Уточните сроки") { id } }',
      variables: { id: f.plan },
    }),
  },
  {
    mutation: 'approveGostechPlan',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { approveGostechPlan(id: $id) { id } }',
      variables: { id: f.plan },
    }),
  },
  {
    mutation: 'addGostechPlanRemark',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => {
      await f.t.server.db.dataSource.getRepository(GostechPlanEntity).update({ id: f.plan }, { revision: 1 });
      return {
        query:
          'mutation($p: ID!) { addGostechPlanRemark(planId: $p, input: { body: "Замечание к плану", severity: MINOR }) { id } }',
        variables: { p: f.plan },
      };
    },
  },
];
