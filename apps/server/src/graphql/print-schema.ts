import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { buildTsifraSchema } from './schema';

/** Writes the committed apps/server/schema.graphql (the web app's codegen reads it; a test checks it matches). */
export async function printTsifraSchema(): Promise<string> {
  return printSchema(await buildTsifraSchema()) + '\n';
}

if (require.main === module) {
  void printTsifraSchema().then((sdl) => {
    writeFileSync(resolve(__dirname, '..', '..', 'schema.graphql'), sdl);
    process.stdout.write('wrote schema.graphql\n');
  });
}
