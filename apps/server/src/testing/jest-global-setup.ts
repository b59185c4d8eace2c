import { createSeedTemplate } from './seed-template';

/** Jest global setup: seeds one template database for the run (see seed-template.ts); workers inherit its env. */
export default async function globalSetup(): Promise<void> {
  const template = await createSeedTemplate(process.env.TEST_DATABASE_URL);
  Object.assign(process.env, template.env);
  (globalThis as { __tsifraTemplate?: typeof template }).__tsifraTemplate = template;
}
