import { startTestServer, type TestServer } from '../../../testing/test-server';

// Shared by the review API tests (review.api, review-audit.api): the queries, a server on TODAY with the sessions of
// RU-BEL's and RU-TUL's editors, the reviewer and the admin, and the calls that expect success or a refusal.

/** The server's calendar is moved to 3 days after the 2021-09-01 deadline. */
export const TODAY = '2021-09-04';

export const BEL = `query { region(code: "RU-BEL") { strategy { id version status revision deadline daysLeft daysLate openRemarks openBlockers
  goals(sectorCode: "healthcare") { id horizon title description parent { id } sector { code }
    indicators { name unit direction baselineYear baselineValue responsible targets { year value } } } } } }`;
export const ADD_GOAL = `mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }`;
export const UPDATE_GOAL = `mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }`;
export const DELETE_GOAL = `mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { version } }`;
export const MOVE_GOAL = `mutation($id: ID!, $v: Int!, $p: ID, $pos: Int!) { moveGoal(id: $id, version: $v, parentId: $p, position: $pos) { version } }`;
export const SUBMIT = `mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status revision version } }`;
export const RETURN = `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { status } }`;
export const APPROVE = `mutation($id: ID!) { approveStrategy(id: $id) { status } }`;
export const ADD_REMARK = `mutation($s: ID!, $input: RemarkInput!) { addRemark(strategyId: $s, input: $input) { id severity status revision goalId indicatorId year isRemark } }`;
export const REPLY = `mutation($id: ID!, $b: String!) { replyToRemark(remarkId: $id, body: $b) { id parentId body } }`;
export const RESOLVE = `mutation($id: ID!) { resolveRemark(id: $id) { id status resolvedBy { email } } }`;
export const REOPEN = `mutation($id: ID!) { reopenRemark(id: $id) { id status } }`;
export const REVISIONS = `query($id: ID!) { strategy(id: $id) { revisions { number late daysLate deadline submittedAt submittedBy { email }
  content { sectors { code } goals { id parentId horizon title depth indicators { id name baselineValue targets { year value } } } rootGoals { id children { id } } } } } }`;
export const DIFF = `query($id: ID!, $from: Int, $to: Int) { strategy(id: $id) { diff(from: $from, to: $to) { from to changeCount sectorsAdded sectorsRemoved
  goalsAdded { goalId title horizon sectorCode parentId } goalsRemoved { goalId title } goalsMoved { goalId fromParentId toParentId fromSectorCode toSectorCode }
  goalsChanged { goalId title changes { field before after } } indicatorsAdded { name } indicatorsRemoved { name } indicatorsChanged { name changes { field before after } }
  valueChanges { goalId indicatorName kind year before after } } } }`;
export const HISTORY = `query($id: ID!) { strategy(id: $id) { history { action entity entityId actor { email } details createdAt } } }`;
export const NOTIFICATIONS = `query { notifications { id kind revision excerpt read region { code } strategy { id } } unreadNotificationCount }`;

/** A test server on TODAY with the sessions of RU-BEL's and RU-TUL's editors, the reviewer and the admin. */
export async function startReviewServer() {
  const t = await startTestServer({ env: { TODAY } });
  const [bel, tul, reviewer, admin] = (await Promise.all(
    ['editor.bel', 'editor.tul', 'reviewer', 'admin'].map((u) => t.login(`${u}@tsifra.test`)),
  )) as [string, string, string, string];
  return { t, bel, tul, reviewer, admin };
}

/** Calls on the server `current()` returns: RU-BEL's strategy, a call that must succeed, one that must be refused. */
export function reviewCalls(current: () => { t: TestServer; bel: string }) {
  const belStrategy = async (token = current().bel) => {
    const res = await current().t.gql<{ region: { strategy: any } }>(BEL, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.region.strategy;
  };
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await current().t.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await current().t.gql(query, variables, token);
    expect(res.errors).toBeDefined();
    return res.errors![0]!.extensions!;
  };
  return { belStrategy, ok, errorOf };
}
