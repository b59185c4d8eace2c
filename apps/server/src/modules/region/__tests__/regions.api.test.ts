import { startTestServer, type TestServer } from '../../../testing/test-server';

describe('regions over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('lists all 85 regions with unique ISO codes', async () => {
    const res = await t.gql<{ regions: { code: string; name: string; nameEn: string; federalDistrict: string }[] }>(
      '{ regions { code name nameEn federalDistrict } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.regions).toHaveLength(85);
    expect(new Set(res.data!.regions.map((r) => r.code)).size).toBe(85);
    expect(res.data!.regions.find((r) => r.code === 'RU-BEL')).toMatchObject({
      name: 'Белгородская область',
      nameEn: 'Belgorod Oblast',
      federalDistrict: 'CENTRAL',
    });
  });

  it('filters by federal district given as a code or a name', async () => {
    const byCode = await t.gql<{ regions: { code: string }[] }>('{ regions(federalDistrict: "URAL") { code } }');
    const byName = await t.gql<{ regions: { code: string }[] }>('{ regions(federalDistrict: "Уральский") { code } }');
    expect(byCode.data!.regions).toHaveLength(6);
    expect(byName.data!.regions.map((r) => r.code).sort()).toEqual(byCode.data!.regions.map((r) => r.code).sort());
  });

  it('refuses an unknown federal district with BAD_USER_INPUT naming the argument', async () => {
    const res = await t.gql('{ regions(federalDistrict: "Atlantis") { code } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'federalDistrict' });
  });

  it('finds a region by code and returns null for an unknown one', async () => {
    const res = await t.gql<{ a: { name: string } | null; b: null }>(
      '{ a: region(code: "RU-TUL") { name } b: region(code: "RU-XXX") { name } }',
    );
    expect(res.data).toEqual({ a: { name: 'Тульская область' }, b: null });
  });

  it('shows anonymous callers approved strategy trees on all three horizons, and only the status of drafts', async () => {
    const res = await t.gql<{
      regions: {
        code: string;
        strategy: null | {
          status: string;
          contentVisible: boolean;
          goals: {
            title: string;
            horizon: string;
            children: { horizon: string; children: { horizon: string }[]; indicators: { targets: unknown[] }[] }[];
          }[];
        };
      }[];
    }>(
      '{ regions { code strategy { status contentVisible goals(horizon: Y2030) { title horizon children { horizon indicators { targets { year value } } children { horizon } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const byCode = new Map(res.data!.regions.map((r) => [r.code, r]));
    const tula = byCode.get('RU-TUL')!.strategy!;
    expect(tula.status).toBe('APPROVED');
    expect(tula.goals.length).toBeGreaterThan(0);
    const g2024 = tula.goals[0]!.children[0]!;
    expect(g2024.horizon).toBe('Y2024');
    expect(g2024.indicators[0]!.targets.length).toBeGreaterThan(0);
    expect(g2024.children[0]!.horizon).toBe('Y2021');
    const belgorod = byCode.get('RU-BEL')!.strategy!;
    expect(belgorod).toMatchObject({ status: 'DRAFT', contentVisible: false, goals: [] });
    const statuses = new Set(res.data!.regions.flatMap((r) => (r.strategy ? [r.strategy.status] : [])));
    expect([...statuses].sort()).toEqual(['APPROVED', 'CHANGES_REQUESTED', 'DRAFT', 'SUBMITTED']);
  });
});
