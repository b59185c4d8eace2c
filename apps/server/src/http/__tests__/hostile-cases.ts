// Shared by the hostile-input suite (hostile-input.test.ts) and its case lists (hostile-transport.cases.ts,
// hostile-content.cases.ts): the hostile strings, what a case is, and what the cases are built from.

import type { TestServer } from '../../testing/test-server';

/** SQL injection, script injection and other awkward text. */
export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE strategies; --",
  '" OR ""="',
  "1; DELETE FROM users WHERE '1'='1",
  "' UNION SELECT password_hash, email FROM users --",
  "Robert'); DROP TABLE goals;--",
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7} #{7*7} %s %n',
  '\u0000\u0001\u001b[31mnull byte and escape',
  '‮ right-to-left override ‭ 𝕌𝕟𝕚𝕔𝕠𝕕𝕖 👩‍👩‍👧',
  '../../../../etc/passwd',
  '__proto__',
];

export interface Outcome {
  status: number;
  codes: string[];
  requestIds: string[];
  body: string;
}

export interface Case {
  group: string;
  name: string;
  run: () => Promise<Outcome>;
}

/** What the hostile cases are built from: the server, its sessions, the seeded strategies and ways to send a request. */
export interface HostileContext {
  t: TestServer;
  editor: string;
  reviewer: string;
  admin: string;
  bel: { id: string; version: number };
  vgg: { id: string; version: number };
  tul: { id: string; goalId: string };
  foreignGoalId: string;
  expiredToken: string;
  revokedToken: string;
  /** POSTs a raw body to /graphql. */
  post(body: string, headers?: Record<string, string>): Promise<Outcome>;
  /** Judges a raw response. */
  outcome(res: Response): Promise<Outcome>;
  /** Sends a GraphQL request, with the token as a bearer. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<Outcome>;
}
