import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(180_000);

/** The quarterly maturity return as a reviewed document, through the shared workflow, on the demo seed. */
const REPORT = `query($r: String!, $q: String!) { maturityReport(regionCode: $r, quarter: $q) {
  id status version revision deadline reviewComment values { sector value } revisions { number values { sector value } }
  transitionChecks { to blockedBy } region { code } } }`;
const SAVE = `mutation($i: MaturityReportInput!) { saveMaturityReport(input: $i) { id status version } }`;
const INDEX = `query($q: String!) { maturityIndex(quarter: $q) { index missing region { code } } }`;

interface Report {
  id: string;
  status: string;
  version: number;
  revision: number;
  deadline: string;
  reviewComment: string | null;
  values: { sector: string; value: number }[];
  revisions: { number: number; values: { sector: string; value: number }[] }[];
  transitionChecks: { to: string; blockedBy: string | null }[];
}
const FIVE = ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment'];

describe('the quarterly maturity return in the shared review workflow', () => {
  let t: TestServer;
  let editor: string;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.login('editor.bel@tsifra.test');
    reviewer = await t.login('reviewer@tsifra.test');
  });
  afterAll(() => t.stop());

  const report = async (token?: string, r = 'RU-BEL', q = '2022-Q3') => {
    const res = await t.gql<{ maturityReport: Report | null }>(REPORT, { r, q }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.maturityReport;
  };
  const bel = async (q = '2022-Q3') => {
    const res = await t.gql<{ maturityIndex: { index: number; missing: string[]; region: { code: string } }[] }>(
      INDEX,
      { q },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.maturityIndex.find((x) => x.region.code === 'RU-BEL');
  };
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  it('goes draft → submitted → returned → submitted → approved; the index counts its values only once approved', async () => {
    const seeded = (await bel())!;
    expect(seeded.missing).toEqual([]);
    expect(await report(editor)).toBeNull();

    // Another region's editor and a reviewer cannot fill RU-BEL's return.
    const tul = await t.login('editor.tul@tsifra.test');
    const one = { regionCode: 'RU-BEL', quarter: '2022-Q3', values: [{ sector: 'education', value: 90 }] };
    expect(codeOf(await t.gql(SAVE, { i: one }, tul))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SAVE, { i: one }, reviewer))).toBe('FORBIDDEN');
    const bad = await t.gql(SAVE, { i: { ...one, values: [{ sector: 'sport', value: 101 }] } }, editor);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.values[0].sector' });

    // The editor opens the return: a draft due the 8th of the month after the quarter; the seeded values stay.
    const opened = await t.gql<{ saveMaturityReport: { id: string; status: string; version: number } }>(
      SAVE,
      { i: one },
      editor,
    );
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.saveMaturityReport.id;
    let r = (await report(editor))!;
    expect(r).toMatchObject({ status: 'DRAFT', revision: 0, deadline: '2022-10-08', version: 2 });
    expect(r.values.find((v) => v.sector === 'education')!.value).toBe(90);
    expect(r.values).toHaveLength(5);
    // While the return is open, its values do not count: the region has no index for the quarter.
    expect(await bel()).toBeUndefined();
    // Not public before approval.
    expect(await report()).toBeNull();

    const stale = await t.gql(SAVE, { i: { ...one, version: 1 } }, editor);
    expect(codeOf(stale)).toBe('CONFLICT');

    const submit = `mutation($id: ID!, $v: Int!) { submitMaturityReport(id: $id, version: $v) { status revision } }`;
    const submitted = await t.gql(submit, { id, v: r.version }, editor);
    expect(submitted.data).toEqual({ submitMaturityReport: { status: 'SUBMITTED', revision: 1 } });
    expect(codeOf(await t.gql(SAVE, { i: one }, editor))).toBe('INVALID_TRANSITION');
    expect(codeOf(await t.gql('mutation($id: ID!) { approveMaturityReport(id: $id) { id } }', { id }, editor))).toBe(
      'FORBIDDEN',
    );

    const back = await t.gql(
      'mutation($id: ID!) { requestMaturityReportChanges(id: $id, comment: "Транспорт завышен") { status } }',
      { id },
      reviewer,
    );
    expect(back.data).toEqual({ requestMaturityReportChanges: { status: 'CHANGES_REQUESTED' } });
    r = (await report(editor))!;
    expect(r.reviewComment).toBe('Транспорт завышен');
    const kinds = await t.gql<{ notifications: { kind: string; region: { code: string } | null }[] }>(
      '{ notifications { kind region { code } } }',
      {},
      editor,
    );
    expect(kinds.data!.notifications[0]).toEqual({ kind: 'MATURITY_CHANGES_REQUESTED', region: { code: 'RU-BEL' } });

    await t.gql(SAVE, { i: { ...one, values: [{ sector: 'transport', value: 40 }] } }, editor);
    r = (await report(editor))!;
    expect((await t.gql(submit, { id, v: r.version }, editor)).errors).toBeUndefined();
    const reviewerSees = await t.gql<{ notifications: { kind: string }[] }>('{ notifications { kind } }', {}, reviewer);
    expect(reviewerSees.data!.notifications.map((n) => n.kind).filter((k) => k === 'MATURITY_SUBMITTED')).toHaveLength(
      2,
    );
    const approved = await t.gql(
      'mutation($id: ID!) { approveMaturityReport(id: $id) { status revision } }',
      { id },
      reviewer,
    );
    expect(approved.data).toEqual({ approveMaturityReport: { status: 'APPROVED', revision: 2 } });

    // Approved: public, both revisions readable, and the index counts the corrected values.
    r = (await report())!;
    expect(r.revisions.map((x) => x.number)).toEqual([1, 2]);
    expect(r.revisions[0]!.values.find((v) => v.sector === 'transport')!.value).not.toBe(40);
    expect(r.revisions[1]!.values.find((v) => v.sector === 'transport')!.value).toBe(40);
    expect(r.transitionChecks).toEqual([]);
    const counted = (await bel())!;
    expect(counted.missing).toEqual([]);
    expect(counted.index).not.toBe(seeded.index);
    expect(codeOf(await t.gql(SAVE, { i: one }, editor))).toBe('INVALID_TRANSITION');
  });

  it('refuses to submit an incomplete return, naming each missing sector', async () => {
    const saved = await t.gql<{ saveMaturityReport: { id: string; version: number } }>(
      SAVE,
      { i: { regionCode: 'RU-BEL', quarter: '2024-Q1', values: [{ sector: 'healthcare', value: 64 }] } },
      editor,
    );
    const { id, version } = saved.data!.saveMaturityReport;
    const r = (await report(editor, 'RU-BEL', '2024-Q1'))!;
    expect(r.transitionChecks).toEqual([{ to: 'SUBMITTED', blockedBy: 'incomplete' }]);
    const refused = await t.gql(
      'mutation($id: ID!, $v: Int!) { submitMaturityReport(id: $id, version: $v) { id } }',
      { id, v: version },
      editor,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const details = refused.errors?.[0]?.extensions?.details as { rule: string; params?: { sector?: string } }[];
    expect(details[0]!.rule).toBe('incomplete');
    expect(details.slice(1).map((d) => d.params?.sector)).toEqual(FIVE.filter((s) => s !== 'healthcare'));
  });
});
