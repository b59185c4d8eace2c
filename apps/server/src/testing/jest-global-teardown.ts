/** Jest global teardown: drops the run's template database (global setup and teardown share one process). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __tsifraTemplate?: { drop(): Promise<void> } }).__tsifraTemplate?.drop();
}
