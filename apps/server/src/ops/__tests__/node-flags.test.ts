import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVER_ROOT = join(__dirname, '..', '..', '..');
const flags = JSON.parse(readFileSync(join(SERVER_ROOT, 'node-flags.json'), 'utf8')) as string[];

describe('the production server’s Node flags (node-flags.json)', () => {
  it('are the ones the package’s start script passes', () => {
    const pkg = JSON.parse(readFileSync(join(SERVER_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe(`node ${flags.join(' ')} dist/main.js`);
  });

  it('are flags this Node accepts and that reach V8 (the young generation can grow to 64 MB per semi-space)', () => {
    const out = execFileSync(
      process.execPath,
      [...flags, '-e', "process.stdout.write(String(require('v8').getHeapStatistics().total_available_size))"],
      { encoding: 'utf8' },
    );
    const withoutFlags = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(String(require('v8').getHeapStatistics().total_available_size))"],
      { encoding: 'utf8' },
    );
    // V8 counts the larger semi-spaces in the heap it may still use.
    expect(Number(out)).toBeGreaterThan(Number(withoutFlags));
  });
});
