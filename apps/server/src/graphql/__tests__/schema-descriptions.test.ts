import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { buildTsifraSchema } from '../schema';

/**
 * Undescribed schema items now (issue 17 counted 383). The number may only fall: a schema change that adds a type, field,
 * argument, enum value or input field without a description raises it and fails the test; describing old ones means lowering it.
 * The goal is 0 (issue 17: "the schema linter reports 0 missing descriptions").
 */
const ALLOWED_MISSING = 363;

/** Every type, field, argument, enum value and input field without a description (graphql-schema-linter's *-have-descriptions rules). */
export function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (path: string, description: string | null | undefined) => void (!description?.trim() && missing.push(path));
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!['Query', 'Mutation', 'Subscription'].includes(type.name)) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // the type's own description suffices
    }
  }
  return missing.sort();
}

describe('the schema’s documentation', () => {
  it('describes every type, field, argument, enum value and input field (no new undescribed items)', async () => {
    const missing = missingDescriptions(await buildTsifraSchema());
    process.stdout.write(`undescribed schema items: ${missing.length}\n`);
    if (missing.length > ALLOWED_MISSING) process.stdout.write(missing.join('\n') + '\n');
    expect(missing.length).toBeLessThanOrEqual(ALLOWED_MISSING);
  });
});
