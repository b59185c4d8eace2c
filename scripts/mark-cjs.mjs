// The domain package is ESM ("import") and CommonJS ("require"); this marks the CJS build folder
// so Node reads its .js files as CommonJS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
writeFileSync(join(process.argv[2], 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
