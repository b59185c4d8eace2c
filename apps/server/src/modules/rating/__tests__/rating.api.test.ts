import { startTestServer, type TestServer } from '../../../testing/test-server';

const RATING = `query($p: String!, $v: Int) { rating(period: $p, version: $v) { id period version reason published publishedAt
  methodology { code maxScore } entries { rank score previousRank band region { code } parameters { code points value noData } } } }`;
interface Entry {
  rank: number;
  score: number;
  region: { code: string };
  parameters: { code: string; points: number }[];
}
interface Rating {
  id: string;
  version: number;
  published: boolean;
  reason: string | null;
  methodology: { code: string; maxScore: number };
  entries: Entry[];
}

describe('ratings over the API (demo seed)', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login('admin@tsifra.test');
  });
  afterAll(() => t.stop());

  const rating = async (p: string, v?: number) => {
    const res = await t.gql<{ rating: Rating | null }>(RATING, { p, v });
    expect(res.errors).toBeUndefined();
    return res.data!.rating;
  };
  const codes = (r: Rating, ranks: number[]) =>
    r.entries.filter((e) => ranks.includes(e.rank)).map((e) => `${e.rank}:${e.region.code}`);

  it('has two methodologies with 5 and 7 parameters, the 2022 one with a maximum of 31', async () => {
    const res = await t.gql<{
      ratingMethodologies: {
        code: string;
        validFrom: string;
        maxScore: number;
        inUse: boolean;
        parameters: { code: string; maxPoints: number }[];
      }[];
    }>('{ ratingMethodologies { code validFrom maxScore inUse parameters { code maxPoints } } }');
    expect(
      res.data!.ratingMethodologies.map((m) => [m.code, m.validFrom, m.parameters.length, m.maxScore, m.inUse]),
    ).toEqual([
      ['RCT-2021', '2021-03', 5, 30, true],
      ['RCT-2022', '2022-07', 7, 31, true],
    ]);
  });

  it.each(['2021-09', '2021-10', '2021-11'])(
    'the published %s rating has RU-TUL, RU-KHM, RU-YAN on ranks 1–3',
    async (p) => {
      const r = (await rating(p))!;
      expect(r.published).toBe(true);
      expect(r.methodology.code).toBe('RCT-2021');
      expect(r.entries).toHaveLength(85);
      expect(codes(r, [1, 2, 3])).toEqual(['1:RU-TUL', '2:RU-KHM', '3:RU-YAN']);
    },
  );

  it('the published 2021-11 rating has RU-YEV, RU-CHU, RU-TY on ranks 83–85', async () => {
    expect(codes((await rating('2021-11'))!, [83, 84, 85])).toEqual(['83:RU-YEV', '84:RU-CHU', '85:RU-TY']);
  });

  it('the first month of the seven-parameter method puts RU-LIP 22.4, RU-KHM 22, RU-CHE 21.5 on 1–3, maturity computed from the index', async () => {
    const r = (await rating('2022-07'))!;
    expect(r.methodology).toEqual({ code: 'RCT-2022', maxScore: 31 });
    expect(r.entries.slice(0, 3).map((e) => [e.rank, e.region.code, e.score])).toEqual([
      [1, 'RU-LIP', 22.4],
      [2, 'RU-KHM', 22],
      [3, 'RU-CHE', 21.5],
    ]);
    expect(r.entries[0]!.parameters.find((x) => x.code === 'MATURITY')).toMatchObject({ points: 8 });
    expect((await rating('2022-06'))!.methodology.code).toBe('RCT-2021');
  });

  it('returns null for a month without a publication', async () => {
    expect(await rating('2020-01')).toBeNull();
  });

  it('a correction after publication leaves the published rating identical, moves the draft, and a re-publication keeps both versions', async () => {
    const before = (await rating('2021-11'))!;
    const bel = before.entries.find((e) => e.region.code === 'RU-BEL')!;
    const set = await t.gql(
      'mutation { setRatingInput(input: { regionCode: "RU-BEL", period: "2021-11", parameterCode: "MATURITY", value: 10, note: "исправление" }) { id value } }',
      {},
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect(await rating('2021-11')).toEqual(before);
    const draft = await t.gql<{ ratingDraft: Rating }>(
      '{ ratingDraft(period: "2021-11") { published version entries { rank score region { code } parameters { code points } } } }',
      {},
      admin,
    );
    const moved = draft.data!.ratingDraft.entries.find((e) => e.region.code === 'RU-BEL')!;
    expect(draft.data!.ratingDraft.published).toBe(false);
    expect(moved.score).toBeGreaterThan(bel.score);
    expect(moved.rank).toBeLessThan(bel.rank);

    const noReason = await t.gql('mutation { publishRating(period: "2021-11") { id } }', {}, admin);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const pub = await t.gql<{ publishRating: Rating }>(
      'mutation { publishRating(period: "2021-11", reason: "исправлен показатель зрелости") { version reason } }',
      {},
      admin,
    );
    expect(pub.data!.publishRating).toEqual({ version: 2, reason: 'исправлен показатель зрелости' });
    expect((await rating('2021-11'))!.entries.find((e) => e.region.code === 'RU-BEL')!.score).toBe(moved.score);
    expect(await rating('2021-11', 1)).toEqual(before);
    const versions = await t.gql<{ ratingPublications: { version: number }[] }>(
      '{ ratingPublications(period: "2021-11") { version } }',
    );
    expect(versions.data!.ratingPublications.map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses to edit a methodology in use with a field error; a new version can be created', async () => {
    const input = {
      code: 'RCT-2021',
      validFrom: '2021-03',
      parameters: [
        {
          code: 'POS',
          name: 'ПОС',
          nameEn: 'POS',
          unit: 'балл',
          maxPoints: 6,
          derivation: 'ENTERED',
          source: 'ENTERED',
        },
      ],
    };
    const res = await t.gql(
      'mutation($i: RatingMethodologyInput!) { updateRatingMethodology(code: "RCT-2021", version: 1, input: $i) { code } }',
      { i: input },
      admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((res.errors?.[0]?.extensions?.details as { rule: string }[])[0]!.rule).toBe('methodology_in_use');
    const created = await t.gql(
      'mutation($i: RatingMethodologyInput!) { createRatingMethodology(input: $i) { code inUse } }',
      { i: { ...input, code: 'RCT-2030', validFrom: '2030-01' } },
      admin,
    );
    expect(created.data).toEqual({ createRatingMethodology: { code: 'RCT-2030', inUse: false } });
    const edited = await t.gql(
      'mutation($i: RatingMethodologyInput!) { updateRatingMethodology(code: "RCT-2030", version: 1, input: $i) { validFrom version } }',
      { i: { ...input, validFrom: '2030-02' } },
      admin,
    );
    expect(edited.data).toEqual({ updateRatingMethodology: { validFrom: '2030-02', version: 2 } });
  });

  it('recomputes a 2021 month under the 2022 method as of today, marked not published', async () => {
    const res = await t.gql<{ ratingDraft: Rating }>(
      '{ ratingDraft(period: "2021-10", methodologyCode: "RCT-2022") { published methodology { code } entries { score } } }',
      {},
      admin,
    );
    expect(res.data!.ratingDraft.published).toBe(false);
    expect(res.data!.ratingDraft.methodology.code).toBe('RCT-2022');
    expect(res.data!.ratingDraft.entries).toHaveLength(85);
  });

  it("shows a region's history with the methodology change", async () => {
    const res = await t.gql<{ ratingHistory: { period: string; rank: number; methodologyCode: string }[] }>(
      '{ ratingHistory(regionCode: "RU-KHM") { period rank methodologyCode } }',
    );
    const h = res.data!.ratingHistory;
    expect(h).toHaveLength(22);
    expect(h[0]!.period).toBe('2021-03');
    expect(h.find((x) => x.period === '2022-06')!.methodologyCode).toBe('RCT-2021');
    expect(h.find((x) => x.period === '2022-07')).toMatchObject({ methodologyCode: 'RCT-2022', rank: 2 });
  });

  it('keeps the registry: РЦТ with history, ЦУР, two regions in the risk zone on 2020-11-18, ФОИВ', async () => {
    const res = await t.gql<{
      regions: {
        code: string;
        digitalHead: { name: string; deadlineStatus: string } | null;
        digitalHeadHistory: unknown[];
        controlCentre: { status: string; statusSince: string; deadlineStatus: string } | null;
      }[];
      federalBodies: { digitalHead: unknown }[];
    }>(
      '{ regions { code digitalHead { name deadlineStatus } digitalHeadHistory { name } controlCentre { status statusSince deadlineStatus } } federalBodies { code digitalHead { name } } }',
    );
    const regions = res.data!.regions;
    expect(regions.filter((r) => r.digitalHead && r.controlCentre)).toHaveLength(85);
    const tul = regions.find((r) => r.code === 'RU-TUL')!;
    expect(tul.digitalHead!.name).toBe('Ярослав Раков');
    expect(tul.digitalHeadHistory).toHaveLength(2);
    expect(
      regions.filter((r) => r.controlCentre!.status === 'RISK_ZONE' && r.controlCentre!.statusSince === '2020-11-18'),
    ).toHaveLength(2);
    expect(regions.filter((r) => r.controlCentre!.deadlineStatus === 'LATE').length).toBeGreaterThan(0);
    expect(res.data!.federalBodies.length).toBeGreaterThanOrEqual(7);
  });

  it('lets a region editor file a maturity return for their own region only', async () => {
    const bel = await t.login('editor.bel@tsifra.test');
    const q =
      'mutation($r: String!) { submitMaturityReturn(input: { regionCode: $r, quarter: "2023-Q1", sector: "healthcare", value: 64 }) { value } }';
    expect((await t.gql(q, { r: 'RU-BEL' }, bel)).data).toEqual({ submitMaturityReturn: { value: 64 } });
    expect((await t.gql(q, { r: 'RU-TUL' }, bel)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await t.gql(
          'mutation { setRatingInput(input: { regionCode: "RU-BEL", period: "2021-11", parameterCode: "POS", value: 1 }) { id } }',
          {},
          bel,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
