import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import {
  BREAK,
  GraphQLError,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { BoundedMemo, operationMemoKey } from '../shared/bounded-memo';
import { estimateNodesOf, GRAPHQL_LIMITS, introspectionAliasRule } from './graphql-limits';

/**
 * Limits priced by cost, like GitHub's GraphQL points: an operation costs 1 point plus 1 per 1 000 objects it could return
 * (the object estimate of graphql-limits.ts, introspection included), charged before it runs, whether it then runs or is
 * refused. Each caller spends from a budget of points per window: an anonymous caller per IP address, a signed-in user
 * (web session) per user, an API token per token. README "Limits" publishes these figures; limits.api.test.ts checks them.
 */
export const COST_BUDGETS = {
  windowSeconds: 60,
  anonymous: 10_000,
  session: 20_000,
  token: 40_000,
  objectsPerPoint: 1_000,
} as const;

export type CallerKind = 'anonymous' | 'session' | 'token';

/** What a response reports in `extensions.cost` and the `X-Cost-*` headers. */
export interface CostReport {
  requested: number;
  remaining: number;
  limit: number;
  /** When the window ends and the budget is whole again (ISO 8601). */
  resetAt: string;
}

/** Points for an estimated object count. */
export function operationCost(objects: number): number {
  return 1 + Math.ceil(objects / COST_BUDGETS.objectsPerPoint);
}

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/**
 * The one place a budget limiter is made: in memory (one server process) today; switching the store (PostgreSQL, for
 * several processes) changes only this function.
 */
export function createLimiter(opts: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: opts.keyPrefix, points: opts.points, duration: opts.durationSeconds });
}

/** The most an operation can be charged: the largest query the object limit allows. */
export const MAX_OPERATION_COST = operationCost(GRAPHQL_LIMITS.maxNodes);

/**
 * The cost of a request body's operation: 1 point when it does not parse or size (validation then refuses it), the maximum
 * for aliased introspection (refused here, before Apollo spends ~0.3 s validating and sizing eleven copies of `__schema`).
 */
export function requestCost(
  schema: GraphQLSchema,
  body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined,
): { requested: number; refusal?: GraphQLError } {
  if (!body || typeof body.query !== 'string') return { requested: 1 };
  const query = body.query;
  const variables =
    body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : undefined;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  let memo = costMemos.get(schema);
  if (!memo) costMemos.set(schema, (memo = new BoundedMemo<RequestCost>(500)));
  return memo.get(operationMemoKey(query, variables, operationName), () =>
    computeRequestCost(schema, query, variables, operationName),
  );
}
type RequestCost = { requested: number; refusal?: GraphQLError };
/** Costs remembered per schema: a pure function of the operation's text, name and variables. */
const costMemos = new WeakMap<GraphQLSchema, BoundedMemo<RequestCost>>();

function computeRequestCost(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): RequestCost {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return { requested: 1 };
  }
  const aliased = findAliasedIntrospection(document);
  if (aliased) return { requested: MAX_OPERATION_COST, refusal: aliased };
  try {
    // A query over the object limit is refused, and charged as the largest query allowed.
    return {
      requested: operationCost(
        Math.min(
          estimateNodesOf(schema, query, () => document, variables, operationName),
          GRAPHQL_LIMITS.maxNodes,
        ),
      ),
    };
  } catch {
    return { requested: 1 };
  }
}

/** The refusal of the first aliased `__schema`/`__type` (introspectionAliasRule, run without the schema), or null. */
function findAliasedIntrospection(document: DocumentNode): GraphQLError | null {
  let found: GraphQLError | null = null;
  visit(document, {
    Field(node) {
      if (found) return BREAK;
      (
        introspectionAliasRule({
          reportError: (error: GraphQLError) => (found = error),
        } as unknown as ValidationContext) as { Field: (n: FieldNode) => void }
      ).Field(node);
      return undefined;
    },
  });
  return found;
}

/** Budgets of cost points per caller and window. */
export class CostBudgets {
  private readonly limiters: Record<CallerKind, RateLimiterAbstract>;

  constructor(private readonly options: { enabled: boolean; schema: GraphQLSchema }) {
    const make = (kind: CallerKind) =>
      createLimiter({
        keyPrefix: `cost-${kind}`,
        points: COST_BUDGETS[kind],
        durationSeconds: COST_BUDGETS.windowSeconds,
      });
    this.limiters = { anonymous: make('anonymous'), session: make('session'), token: make('token') };
  }

  /**
   * Charges the request's operation to the caller's budget before it runs. An exhausted budget throws a GraphQL error
   * with HTTP 429, `Retry-After` and `extensions.cost`; otherwise the report goes out with the response (costReportPlugin).
   */
  async charge(req: Request, caller: { kind: CallerKind; id: string }): Promise<CostReport | null> {
    if (!this.options.enabled) return null;
    const limit = COST_BUDGETS[caller.kind];
    const { requested, refusal } = requestCost(
      this.options.schema,
      req.method === 'GET' ? (req.query as Record<string, unknown>) : req.body,
    );
    let report: CostReport;
    try {
      const res = await this.limiters[caller.kind].consume(caller.id, requested);
      report = {
        requested,
        remaining: res.remainingPoints,
        limit,
        resetAt: new Date(Date.now() + res.msBeforeNext).toISOString(),
      };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const cost: CostReport = {
        requested,
        remaining: Math.max(0, rejection.remainingPoints),
        limit,
        resetAt: new Date(Date.now() + rejection.msBeforeNext).toISOString(),
      };
      throw new GraphQLError(
        `Cost budget spent: this operation costs ${requested} points and ${cost.remaining} of ${limit} remain for this ${caller.kind === 'anonymous' ? 'address' : caller.kind === 'token' ? 'token' : 'user'} in this ${COST_BUDGETS.windowSeconds}-second window. Try again in ${seconds} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: seconds,
            cost,
            http: { status: 429, headers: new Map([['retry-after', String(seconds)], ...costHeaders(cost)]) },
          },
        },
      );
    }
    if (refusal) {
      throw new GraphQLError(refusal.message, {
        extensions: {
          ...refusal.extensions,
          cost: report,
          http: { status: 400, headers: new Map(costHeaders(report)) },
        },
      });
    }
    return report;
  }
}

function costHeaders(cost: CostReport): [string, string][] {
  return [
    ['x-cost-requested', String(cost.requested)],
    ['x-cost-remaining', String(cost.remaining)],
    ['x-cost-limit', String(cost.limit)],
    ['x-cost-reset', cost.resetAt],
  ];
}

/** Reports the charge of each answered operation in `extensions.cost` and the `X-Cost-*` headers. */
export function costReportPlugin<C extends { cost?: CostReport | null }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const cost = contextValue.cost;
          if (!cost) return;
          for (const [name, value] of costHeaders(cost)) response.http.headers.set(name, value);
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              ...response.body.singleResult,
              extensions: { ...response.body.singleResult.extensions, cost },
            };
          }
        },
      };
    },
  };
}
