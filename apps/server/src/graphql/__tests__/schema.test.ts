import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildTsifraSchema } from '../schema';
import { publicOperations } from '../access';
import { printTsifraSchema } from '../print-schema';

describe('the GraphQL schema', () => {
  it('matches the committed apps/server/schema.graphql (run `pnpm --filter @tsifra/server schema:print` after changing it)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(await printTsifraSchema()).toBe(committed);
  });

  it('keeps every type, field, argument and enum value of the public contract', async () => {
    const contract = buildSchema(readFileSync(join(__dirname, 'contract.graphql'), 'utf8'));
    const ours = await buildTsifraSchema();
    const missing: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__') || isScalarType(type)) continue;
      const mine = ours.getType(type.name);
      if (!mine) {
        missing.push(type.name);
        continue;
      }
      if (isEnumType(type)) {
        const values = new Set((mine as GraphQLEnumType).getValues().map((v) => v.name));
        for (const v of type.getValues()) if (!values.has(v.name)) missing.push(`${type.name}.${v.name}`);
        continue;
      }
      if (isObjectType(type) || isInputObjectType(type)) {
        const fields = (mine as GraphQLObjectType).getFields();
        for (const field of Object.values(type.getFields())) {
          const f = fields[field.name];
          if (!f) {
            missing.push(`${type.name}.${field.name}`);
            continue;
          }
          if (String(f.type) !== String(field.type))
            missing.push(`${type.name}.${field.name}: ${String(f.type)} ≠ ${String(field.type)}`);
          for (const arg of 'args' in field ? field.args : []) {
            const a = (f as GraphQLField<unknown, unknown>).args.find((x) => x.name === arg.name);
            if (!a || String(a.type) !== String(arg.type))
              missing.push(`${type.name}.${field.name}(${arg.name}: ${String(arg.type)})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('marks every query and mutation as @Authorized or @Public', async () => {
    await printTsifraSchema();
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const unmarked = [...storage.queries, ...storage.mutations]
      .map((h) => `${h.target.name}.${h.methodName}`)
      .filter((key) => !authorized.has(key) && !publicOperations.has(key));
    expect(unmarked).toEqual([]);
    expect(storage.mutations.length).toBeGreaterThan(5);
  });
});
