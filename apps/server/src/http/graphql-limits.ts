import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isLeafType,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_IMPORT_ROWS } from '@tsifra/domain/gostech/inventory-row';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { BoundedMemo, operationMemoKey } from '../shared/bounded-memo';

/**
 * The published API limits (README "Limits", docs/operations.md). They come from maintained libraries:
 * GraphQL Armor (depth, cost, aliases, directives, field suggestions), graphql-js's parser (tokens) and
 * graphql-query-complexity (an estimate of the objects a query can return, list sizes included). Introspection (GraphiQL) is exempt
 * from Armor's depth and cost, as Armor intends, but not from the object estimate: its lists count at INTROSPECTION_SIZES, so a
 * nested or repeated `__schema` is priced (and refused past maxNodes) like any other query; and `__schema`/`__type` may not be
 * aliased (introspectionAliasRule), so one request asks for the schema at most once.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 5_000,
  /** Estimated objects (nodes) a query may return; the national nested query estimates at 115 770. */
  maxNodes: 2_000_000,
  /** The most items a `first` argument accepts, where a list takes one; also the default page of a growing list. */
  maxPageSize: MAX_PAGE_SIZE,
} as const;

/**
 * Assumed sizes of lists with no `first` argument, by parent type and field: exact where the list is fixed
 * (85 regions), generous where it grows with a region's work, and exactly the cap where a list is paged
 * (graphql/pagination.ts: a page without `first` holds MAX_PAGE_SIZE). A list not named here counts as DEFAULT_LIST_SIZE.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.regions': 85,
  'Query.federalDistricts': 8,
  'Query.sectors': 30,
  'Strategy.sectors': 10,
  'Strategy.goals': 10,
  'Strategy.comments': MAX_PAGE_SIZE,
  'Goal.children': 5,
  'Goal.indicators': 3,
  'Indicator.targets': 6,
  'Indicator.actuals': 6,
  // Not paged by default: a whole plan, which the import cap bounds.
  'GostechPlan.systems': MAX_IMPORT_ROWS,
  // Review (issue 4): revisions, their frozen content, remarks, history, notifications.
  'Strategy.revisions': 10,
  'Strategy.remarks': MAX_PAGE_SIZE,
  'Strategy.history': MAX_PAGE_SIZE,
  'Strategy.availableTransitions': 2,
  'StrategyRevision.remarks': MAX_PAGE_SIZE,
  'GostechPlan.remarks': MAX_PAGE_SIZE,
  'Comment.replies': MAX_PAGE_SIZE,
  'RevisionContent.sectors': 10,
  'RevisionContent.goals': 60,
  'RevisionContent.rootGoals': 10,
  'RevisionContent.initiatives': 50,
  'RevisionGoal.children': 5,
  'RevisionGoal.indicators': 3,
  'RevisionIndicator.targets': 6,
  'Overview.atRisk': 85,
  'Query.notifications': MAX_PAGE_SIZE,
  // GosTech plans (issue 5).
  'GostechSummary.regions': 85,
  'GostechSummary.byQuarter': 40,
  'GostechRegionSummary.decisions': 6,
  'InformationSystem.stages': 6,
  'InformationSystem.dependsOn': 5,
  'InformationSystem.initiatives': 5,
  'InformationSystem.overdueStages': 6,
  'GostechPlan.completeness': 20,
  'GostechPlan.revisions': 10,
  'GostechPlan.history': MAX_PAGE_SIZE,
  'GostechPlan.availableTransitions': 2,
  // Paged lists of the signed-in user and of administrators (issue 7).
  'Query.users': MAX_PAGE_SIZE,
  'Query.apiTokens': MAX_PAGE_SIZE,
};
export const DEFAULT_LIST_SIZE = 50;

/** Introspection lists, sized a little above this schema's (about 260 types, most with under 20 fields). */
export const INTROSPECTION_SIZES: Readonly<Record<string, number>> = {
  '__Schema.types': 300,
  '__Schema.directives': 10,
  '__Type.fields': 20,
  '__Type.inputFields': 10,
  '__Type.enumValues': 10,
  '__Type.interfaces': 3,
  '__Type.possibleTypes': 5,
  '__Field.args': 3,
  '__Directive.args': 3,
};

/** Nodes: every object counts 1, a list multiplies what is below it by its (assumed or requested) size; scalars are free. */
const nodeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const nullable = getNullableType(field.type);
  if (isLeafType(getNamedType(field.type))) return 0;
  if (!isListType(nullable)) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? args.first : undefined;
  const key = `${type.name}.${field.name}`;
  const size = first ?? LIST_SIZES[key] ?? INTROSPECTION_SIZES[key] ?? DEFAULT_LIST_SIZE;
  return size * (1 + childComplexity);
};

/** Estimated objects a query returns (exported for tests and the README figures). */
export function estimateNodes(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [nodeEstimator] });
}

/**
 * estimateNodes, remembered per schema by query text, operation name and variables (operationMemoKey): the estimate is a
 * pure function of them, and walking a screen's query took ~0.4 ms of every request. A thrown estimate is not kept.
 */
export function estimateNodesOf(
  schema: GraphQLSchema,
  queryText: string,
  document: () => DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  let memo = sizeMemos.get(schema);
  if (!memo) sizeMemos.set(schema, (memo = new BoundedMemo<number>(500)));
  return memo.get(operationMemoKey(queryText, variables, operationName), () =>
    estimateNodes(schema, document(), variables, operationName),
  );
}
const sizeMemos = new WeakMap<GraphQLSchema, BoundedMemo<number>>();

/**
 * Before execution: refuses subscriptions (the schema has none; graphql-js would answer with an uncoded error) and
 * any operation whose estimated node count exceeds the limit (400, QUERY_TOO_COMPLEX).
 */
function operationGuardPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return; // Apollo refuses an unresolvable operation name itself
          if (operation.operation === 'subscription' && !schema.getSubscriptionType()) {
            throw new GraphQLError('This API has no subscriptions.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const nul = findNulByte(request.variables ?? {}, '') ?? nulInLiterals(document);
          if (nul !== null) {
            // PostgreSQL cannot store U+0000 in text, and no field means it: refuse it the same way on both databases.
            throw new GraphQLError('Text must not contain the NUL character (U+0000).', {
              extensions: { code: 'BAD_USER_INPUT', field: nul, http: { status: 400 } },
            });
          }
          let nodes: number;
          try {
            nodes =
              request.query === undefined
                ? estimateNodes(schema, document, request.variables, request.operationName ?? undefined)
                : estimateNodesOf(
                    schema,
                    request.query,
                    () => document,
                    request.variables,
                    request.operationName ?? undefined,
                  );
          } catch (error) {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT and the field path.
            if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
            throw new GraphQLError(`The query could not be sized: ${(error as Error).message}`, {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          if (nodes > GRAPHQL_LIMITS.maxNodes) {
            throw new GraphQLError(
              `Query too large: it could return about ${nodes} objects; the limit is ${GRAPHQL_LIMITS.maxNodes}. Ask for fewer fields or regions, or use first:.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  nodes,
                  maxNodes: GRAPHQL_LIMITS.maxNodes,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/** The path of the first string containing U+0000 in a variables object, or null. */
function findNulByte(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulByte(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findNulByte(inner, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/** findNulInLiterals once per parsed document (Apollo keeps one DocumentNode per query text). */
function nulInLiterals(document: DocumentNode): string | null {
  let found = nulByDocument.get(document);
  if (found === undefined) nulByDocument.set(document, (found = findNulInLiterals(document)));
  return found;
}
const nulByDocument = new WeakMap<DocumentNode, string | null>();

/** The name of the first argument whose string literal contains U+0000, or null. */
function findNulInLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found !== null) return;
      visit(node.value, { StringValue: (s) => void (s.value.includes('\u0000') && (found = node.name.value)) });
    },
  });
  return found;
}

/**
 * Refuses `__schema` or `__type` under an alias: the schema is the same for every caller, so one request never needs it
 * twice, and eleven aliased copies of a deep `__schema` once made a 13.9 MB answer from a 1.3 KB anonymous request.
 */
export const introspectionAliasRule: ValidationRule = (context) => ({
  Field(node) {
    if (
      (node.name.value === '__schema' || node.name.value === '__type') &&
      node.alias &&
      node.alias.value !== node.name.value
    ) {
      context.reportError(
        new GraphQLError(
          `Introspection may not be aliased: "${node.alias.value}: ${node.name.value}". Ask for ${node.name.value} once, without an alias.`,
          {
            nodes: [node],
            extensions: { code: 'INTROSPECTION_ALIASED' },
          },
        ),
      );
    }
  },
});

/**
 * Armor's refusals read "Syntax Error: Query Cost limit of … exceeded" although nothing is wrong with the syntax: report
 * each as its own code with the limit and the figure found (graphql/errors.ts keeps these codes through Apollo's validation wrapper).
 */
const LIMIT_REFUSALS = {
  cost: {
    code: 'QUERY_TOO_COSTLY',
    max: GRAPHQL_LIMITS.maxCost,
    say: (found: string, max: number) =>
      `Query too costly: its cost is ${found}, the limit is ${max}. Ask for fewer nested lists or a smaller first:.`,
  },
  depth: {
    code: 'QUERY_TOO_DEEP',
    max: GRAPHQL_LIMITS.maxDepth,
    say: (found: string, max: number) => `Query too deep: ${found} levels, the limit is ${max}.`,
  },
  aliases: {
    code: 'TOO_MANY_ALIASES',
    max: GRAPHQL_LIMITS.maxAliases,
    say: (found: string, max: number) => `Too many aliases: ${found}, the limit is ${max}.`,
  },
  directives: {
    code: 'TOO_MANY_DIRECTIVES',
    max: GRAPHQL_LIMITS.maxDirectives,
    say: (found: string, max: number) => `Too many directives: ${found}, the limit is ${max}.`,
  },
} as const;
export const LIMIT_CODES: readonly string[] = [
  ...Object.values(LIMIT_REFUSALS).map((r) => r.code),
  'INTROSPECTION_ALIASED',
];

function reportLimit(kind: keyof typeof LIMIT_REFUSALS) {
  const refusal = LIMIT_REFUSALS[kind];
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        const found = /found (\d+)/.exec(armorError.message)?.[1] ?? 'over';
        context?.reportError(
          new GraphQLError(refusal.say(found, refusal.max), {
            extensions: { code: refusal.code, limit: refusal.max, found: Number(found) || undefined },
          }),
        );
      },
    ],
  };
}

/** Validation rules and plugins to spread into the ApolloServer options. */
export function graphqlLimits(options: { production: boolean }) {
  const armor = new ApolloArmor({
    // flattenFragments: a fragment spread is not a level (the web app's colocated fragments nest several deep).
    maxDepth: {
      n: GRAPHQL_LIMITS.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reportLimit('depth'),
    },
    costLimit: {
      maxCost: GRAPHQL_LIMITS.maxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reportLimit('cost'),
    },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...reportLimit('aliases') },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...reportLimit('directives') },
    // Armor's token plugin throws from parsingDidStart, which Apollo 5 answers with a 500; graphql-js's own
    // parser limit (parseOptions below) gives the proper 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // "Did you mean …?" would let anyone map a schema; developers keep it outside production.
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  return {
    validationRules: [...protection.validationRules, introspectionAliasRule],
    plugins: [...protection.plugins, operationGuardPlugin()],
    // graphql-js's own token cap: a 400 GRAPHQL_PARSE_FAILED before any validation work.
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
