import { KHMAO_EDITION_2 } from '../../../db/seed/edition-seed';
import { KHMAO_BROADBAND_DEMO_ACTUALS } from '../../../db/seed/execution-seed';
import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(120_000);

const BROADBAND = 'Доля домохозяйств с широкополосным доступом к интернету';
const KHM = `query { region(code: "RU-KHM") {
  strategyEditions { id edition status inForce supersededAt basedOn { id } }
  strategyInForce { id edition legalAct { number date } goals { indicators { name actuals { year value } } } } } }`;

describe('the demo seed: KhMAO amended in a second edition', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('puts edition 2 (2022, with its act) in force, copied from edition 1 so the reported actuals follow it', async () => {
    const res = await t.gql<any>(KHM, {});
    expect(res.errors).toBeUndefined();
    const { strategyEditions: editions, strategyInForce: inForce } = res.data.region;
    const byNumber = Object.fromEntries(editions.map((e: any) => [e.edition, e]));
    expect(byNumber[1]).toMatchObject({ status: 'APPROVED', inForce: false });
    expect(byNumber[1].supersededAt?.slice(0, 10)).toBe(KHMAO_EDITION_2.act.actDate);
    expect(byNumber[2]).toMatchObject({ status: 'APPROVED', inForce: true, basedOn: { id: byNumber[1].id } });
    expect(inForce).toMatchObject({
      edition: 2,
      legalAct: { number: KHMAO_EDITION_2.act.actNumber, date: KHMAO_EDITION_2.act.actDate },
    });
    const broadband = inForce.goals.flatMap((g: any) => g.indicators).find((i: any) => i.name === BROADBAND);
    expect(broadband.actuals).toEqual(
      Object.entries(KHMAO_BROADBAND_DEMO_ACTUALS).map(([year, value]) => ({ year: Number(year), value })),
    );
  });
});
