import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const dir = (globalThis as { __tsifraE2eTemplate?: string }).__tsifraE2eTemplate;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
