import { MoreThan } from 'typeorm';
import { StrategyEntity } from '../../../strategy/strategy.entity';
import { NF, NO, OK, UN, WF, type Row } from './kinds';

// Editions (issue 12): the region's editor or an admin amends the edition in force and records its adopting act.
export const EDITION_ROWS: Row[] = [
  {
    mutation: 'amendStrategy',
    variant: "RU-TUL's approved edition in force",
    expect: [UN, NO, OK, NO, OK],
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { amendStrategy(id: $id) { id edition } }',
      variables: { id: f.tul },
      cleanup: () =>
        f.t.server.db.write(async (m) => {
          const { regionId } = await m.getRepository(StrategyEntity).findOneByOrFail({ id: f.tul });
          await m.getRepository(StrategyEntity).delete({ regionId, edition: MoreThan(1) });
        }),
    }),
  },
  {
    mutation: 'amendStrategy',
    variant: "RU-BEL's draft",
    expect: [UN, WF, NF, NO, WF],
    prepare: async (f) => ({ query: 'mutation($id: ID!) { amendStrategy(id: $id) { id } }', variables: { id: f.bel } }),
  },
  {
    mutation: 'setLegalAct',
    variant: "RU-TUL's approved edition",
    expect: [UN, NO, OK, NO, OK],
    prepare: async (f) => {
      const tul = await f.t.server.db.dataSource.getRepository(StrategyEntity).findOneByOrFail({ id: f.tul });
      const date = new Date(tul.approvedAt ?? tul.updatedAt).toISOString().slice(0, 10);
      return {
        query: 'mutation($id: ID!, $i: LegalActInput!) { setLegalAct(strategyId: $id, input: $i) { id } }',
        variables: {
          id: f.tul,
          i: { kind: 'POSTANOVLENIE', number: `${f.n}-п`, date, issuer: 'Правительства Тульской области' },
        },
      };
    },
  },
  {
    mutation: 'setLegalAct',
    variant: "RU-BEL's draft",
    expect: [UN, WF, NF, NO, WF],
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $i: LegalActInput!) { setLegalAct(strategyId: $id, input: $i) { id } }',
      variables: {
        id: f.bel,
        i: { kind: 'POSTANOVLENIE', number: '1-п', date: '2021-09-01', issuer: 'Правительства Белгородской области' },
      },
    }),
  },
];
