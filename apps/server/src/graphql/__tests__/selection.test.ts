import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { fieldsBelow } from '../selection';

const schema = buildSchema(`
  type Indicator { name: String actuals: [Int] }
  type Goal { title: String children: [Goal] indicators: [Indicator] }
  type Strategy { goals: [Goal] status: String }
  type Query { strategy: Strategy }
`);

/** The names fieldsBelow sees from Strategy.goals for a query. */
function seen(query: string): string[][] {
  const out: string[][] = [];
  // A function property: graphql-js calls it with (args, context, info).
  const goals = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    out.push([...fieldsBelow(info)].sort());
    return [];
  };
  execute({
    schema,
    document: parse(query),
    rootValue: { strategy: () => ({ goals }) },
  });
  return out;
}

describe('fieldsBelow', () => {
  it('finds fields at any depth, through named and inline fragments', () => {
    const [names] = seen(`
      query { strategy { status goals { title children { ...G } } } }
      fragment G on Goal { ... on Goal { indicators { actuals } } }`);
    expect(names).toEqual(['actuals', 'children', 'indicators', 'title']);
  });

  it('sees only what the query asks for', () => {
    expect(seen('{ strategy { goals { title } } }')).toEqual([['title']]);
  });

  it('survives a fragment spread twice (and a document never recurses into the same fragment)', () => {
    const [names] = seen(`
      query { strategy { goals { ...G children { ...G } } } }
      fragment G on Goal { title }`);
    expect(names).toEqual(['children', 'title']);
  });
});
