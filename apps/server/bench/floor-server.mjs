// The floor: a tiny HTTP server that answers each bench read with one hand-written SQL statement whose
// JSON the database builds itself, wrapped as a GraphQL response ({"data": …}). It runs as its own
// process, like the real server, so both are measured the same way over HTTP by the same load tool.
//
// Env: BENCH_TARGET (JSON: { kind: 'sqlite', path } | { kind: 'postgres', url, schema }), PORT, HOST.
// Routes: GET /health, POST /federal, POST /region (body: {"variables": {"code": "RU-BEL"}}), and the monitoring
// reads with the bench's fixed arguments: POST /progress, /mszu, /rating, /ratingHistory.
import { createServer } from 'node:http';
import { openDb } from './lib/db.mjs';
import { federalFloorSql, regionFloorSql } from './queries.mjs';
import { monitoringReads } from './queries-monitoring.mjs';

const target = JSON.parse(process.env.BENCH_TARGET);
const db = await openDb(target);

/** Statement text per route; `region` takes the code as its one parameter. */
const SQL = {
  federal: federalFloorSql(db.kind),
  region: regionFloorSql(db.kind),
  ...Object.fromEntries(Object.entries(monitoringReads('RU-BEL')).map(([name, r]) => [name, r.floorSql(db.kind)])),
};
const routes = {};
for (const [name, text] of Object.entries(SQL)) {
  if (db.kind === 'sqlite') {
    const st = db.raw.prepare(text).pluck();
    routes[name] = async (params) => st.get(...params);
  } else {
    const st = { name: `bench_${name}`, text };
    routes[name] = async (params) => (await db.raw.query({ ...st, values: params })).rows[0].json;
  }
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
    const route = routes[req.url.slice(1)];
    if (!route) {
      res.statusCode = 404;
      return void res.end();
    }
    const params = req.url === '/region' ? [JSON.parse(body).variables.code.trim().toUpperCase()] : [];
    const payload = `{"data":${await route(params)}}`;
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
