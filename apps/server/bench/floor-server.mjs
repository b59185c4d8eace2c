// The floor: a tiny HTTP server that answers each bench read with one hand-written SQL statement whose
// JSON the database builds itself, wrapped as a GraphQL response ({"data": …}). It runs as its own
// process, like the real server, so both are measured the same way over HTTP by the same load tool.
//
// Env: BENCH_TARGET (JSON: { kind: 'sqlite', path } | { kind: 'postgres', url, schema }), PORT, HOST.
// Routes: GET /health, POST /federal, POST /region (body: {"variables": {"code": "RU-BEL"}}).
import { createServer } from 'node:http';
import { openDb } from './lib/db.mjs';
import { federalFloorSql, regionFloorSql } from './queries.mjs';

const target = JSON.parse(process.env.BENCH_TARGET);
const db = await openDb(target);

let federal;
let region;
if (db.kind === 'sqlite') {
  const f = db.raw.prepare(federalFloorSql('sqlite')).pluck();
  const r = db.raw.prepare(regionFloorSql('sqlite')).pluck();
  federal = async () => f.get();
  region = async (code) => r.get(code);
} else {
  const f = { name: 'bench_federal', text: federalFloorSql('postgres') };
  const r = { name: 'bench_region', text: regionFloorSql('postgres') };
  federal = async () => (await db.raw.query(f)).rows[0].json;
  region = async (code) => (await db.raw.query({ ...r, values: [code] })).rows[0].json;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  try {
    if (req.url === '/health') return void res.end('ok');
    const body = await readBody(req);
    let json;
    if (req.url === '/federal') json = await federal();
    else if (req.url === '/region') json = await region(JSON.parse(body).variables.code.trim().toUpperCase());
    else {
      res.statusCode = 404;
      return void res.end();
    }
    const payload = `{"data":${json}}`;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
    });
    res.end(payload);
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error?.stack ?? error));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => db.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
