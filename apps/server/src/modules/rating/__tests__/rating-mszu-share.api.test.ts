import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(180_000);

/** A methodology parameter computed from the МСЗУ module's data (MSZU_SHARE), not entered. */
describe('the MSZU_SHARE parameter is computed from the МСЗУ statuses', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login('admin@tsifra.test');
  });
  afterAll(() => t.stop());

  it('scores each region on its connected share at the end of the month; before any МСЗУ data it is no data', async () => {
    const created = await t.gql(
      'mutation($i: RatingMethodologyInput!) { createRatingMethodology(input: $i) { code } }',
      {
        i: {
          code: 'MSZU-TEST',
          validFrom: '2030-01',
          parameters: [
            {
              code: 'MSZU',
              name: 'МСЗУ онлайн',
              nameEn: 'Mass services online',
              unit: '%',
              maxPoints: 10,
              derivation: 'COMPUTED',
              source: 'MSZU_SHARE',
              scaleFrom: 0,
              scaleTo: 100,
            },
          ],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const draft = await t.gql<{
      ratingDraft: {
        entries: { score: number; region: { code: string }; parameters: { value: number | null; noData: boolean }[] }[];
      };
    }>(
      '{ ratingDraft(period: "2021-09", methodologyCode: "MSZU-TEST") { entries { score region { code } parameters { value noData } } } }',
      {},
      admin,
    );
    expect(draft.errors).toBeUndefined();
    const dashboard = await t.gql<{ mszuDashboard: { region: { code: string }; connected: number; total: number }[] }>(
      '{ mszuDashboard(period: "2021-09") { region { code } connected total } }',
    );
    const byCode = new Map(draft.data!.ratingDraft.entries.map((e) => [e.region.code, e]));
    for (const code of ['RU-NEN', 'RU-ARK', 'RU-TUL']) {
      const d = dashboard.data!.mszuDashboard.find((x) => x.region.code === code)!;
      const share = Math.round((10000 * d.connected) / d.total) / 100;
      expect(byCode.get(code)!.parameters[0]).toEqual({ value: share, noData: false });
      expect(byCode.get(code)!.score).toBeCloseTo(share / 10, 2);
    }
    // RU-NEN (over 40 connected) outranks RU-ARK (exactly one) on this parameter alone.
    expect(byCode.get('RU-NEN')!.score).toBeGreaterThan(byCode.get('RU-ARK')!.score);

    const early = await t.gql<{ ratingDraft: { entries: { parameters: { noData: boolean }[] }[] } }>(
      '{ ratingDraft(period: "2021-03", methodologyCode: "MSZU-TEST") { entries { parameters { noData } } } }',
      {},
      admin,
    );
    expect(early.data!.ratingDraft.entries.every((e) => e.parameters[0]!.noData)).toBe(true);
  });
});
