import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ENV_SCHEMA } from '../env';

const root = resolve(__dirname, '../../../../..');

/** The Markdown a fresh clone reads: the READMEs and docs/. */
function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f));
  const readmes = ['README.md', 'apps/server/README.md', 'apps/web/README.md', 'packages/domain/README.md']
    .map((f) => join(root, f))
    .filter(existsSync);
  return [...readmes, ...docs];
}

describe('docs a fresh clone can follow', () => {
  it('lists in docs/operations.md every variable config/env.ts reads', () => {
    const operations = readFileSync(join(root, 'docs/operations.md'), 'utf8');
    const variables = Object.keys(ENV_SCHEMA.shape);
    expect(variables.length).toBeGreaterThan(10);
    expect(variables.filter((v) => !new RegExp(`\\b${v}\\b`).test(operations))).toEqual([]);
  });

  it('links nowhere outside the repository, and every relative link finds its file', () => {
    const problems: string[] = [];
    for (const file of markdownFiles()) {
      const text = readFileSync(file, 'utf8');
      if (text.includes('../shared/')) problems.push(`${file}: mentions ../shared/, which a clone does not have`);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const path = resolve(dirname(file), target!.split('#')[0]!);
        if (!path.startsWith(root)) problems.push(`${file}: ${target} leaves the repository`);
        else if (!existsSync(path)) problems.push(`${file}: ${target} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});
