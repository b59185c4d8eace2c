import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { DestinationStream, Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Config } from './config/env';
import { createDataSource, Database } from './db/data-source';
import { seedDatabase } from './db/seed/seed';
import type { Context } from './graphql/context';
import { createErrorFormatter, errorReportingPlugin, withRequestId } from './graphql/errors';
import { createLoaders } from './graphql/loaders';
import { buildTsifraSchema } from './graphql/schema';
import { compiledExecutor } from './graphql/compiled-executor';
import { graphqlHttpHandler } from './graphql/http-handler';
import { createServices } from './graphql/services';
import { sessionTokenFrom } from './modules/user/session-cookie';
import { documentsRouter } from './modules/documents/documents.routes';
import { opendataRouter } from './modules/opendata/opendata.routes';
import { graphqlLimits } from './http/graphql-limits';
import { httpErrorHandler, requireJsonPost } from './http/http-errors';
import { createLogger, httpLogger } from './http/logging';
import { databaseFaultError, databaseFaultOf, databaseFaultPlugin } from './http/database-faults';
import { limiterStoreFor } from './http/limiter-store';
import { JobScheduler } from './jobs/scheduler';
import { RateLimits } from './http/rate-limit';
import { corsPolicy, securityHeaders } from './http/security';
import { responseCompression, staticAssets } from './http/static-assets';
import { CostBudgets, costReportPlugin } from './http/cost-budget';
import { introspectionCachePlugin } from './http/introspection-cache';

export interface TsifraServer {
  readonly app: express.Express;
  readonly httpServer: Server;
  readonly db: Database;
  readonly logger: Logger;
  /** Listens on the port (0 = any free one) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** True from the first moment of stop(). */
  readonly draining: boolean;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Throwaway test databases only. */
  synchronize?: boolean;
  /** Sees every SQL statement (tests count them to prove batching). */
  sqlLogger?: TypeOrmLogger;
  /** Where the JSON log lines go (default stdout); tests read them. */
  logDestination?: DestinationStream;
}

/** Builds the whole server — database, migrations, seed, GraphQL, web app — without listening. */
export async function createServer(config: Config, options: ServerOptions = {}): Promise<TsifraServer> {
  const logger = createLogger(config.logLevel, options.logDestination);
  const dataSource = createDataSource(config.database, { synchronize: options.synchronize, logger: options.sqlLogger });
  await dataSource.initialize();
  const db = new Database(dataSource);
  // Several processes may start at once on one PostgreSQL: one migrates and seeds, the others wait and find it done.
  await withStartupLock(db, config, async () => {
    if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
    await seedDatabase(db, { demo: config.seedDemo, logger });
  });
  const scheduler = config.jobs.enabled ? new JobScheduler(db, logger, config.jobs.tickMs) : undefined;
  /** Set on SIGTERM: readiness fails at once, responses ask clients to close their connections. */
  let draining = false;

  const services = createServices(db, { cookieSecure: config.cookieSecure, today: config.today });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createHttpServer(app);
  let lastConnectionAt = 0;
  httpServer.on('connection', () => (lastConnectionAt = Date.now()));
  const schema = await buildTsifraSchema();
  const limits = graphqlLimits({ production: config.env === 'production' });
  const rateLimits = new RateLimits(config.rateLimit, limiterStoreFor(db));
  const costBudgets = new CostBudgets({ enabled: config.rateLimit.enabled, schema });
  const logUnexpected = (details: object, message: string) => logger.error(details, message);
  const apollo = new ApolloServer<Context>({
    // The schema reaches Apollo through the compiled executor (graphql/compiled-executor.ts).
    gateway: compiledExecutor(schema),
    introspection: true,
    // Apollo's CSRF prevention (the default, stated): GET and simple POSTs need a preflight-forcing header.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT (readiness first, then drain); Apollo's own handler would close the listener at once.
    stopOnTerminationSignals: false,
    // No automatic persisted queries: our clients send the query, and the APQ cache is memory a stranger could fill.
    persistedQueries: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createErrorFormatter({ maskInternal: config.env === 'production' }),
    includeStacktraceInErrorResponses: config.env === 'development',
    // Nothing uses cache hints; the cache-control plugin would still run a hook on every resolved field.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      ApolloServerPluginCacheControlDisabled(),
      databaseFaultPlugin(config.dbRetryAfterSeconds),
      errorReportingPlugin(logUnexpected),
      ...limits.plugins,
      costReportPlugin(),
      introspectionCachePlugin(),
    ],
    logger: {
      debug: () => {},
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  app.use(httpLogger(logger));
  app.use(securityHeaders({ https: config.cookieSecure }));
  app.use((_req, res, next) => {
    if (draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(responseCompression());

  // Liveness and database state (the contract since the first release): 200 ok, or 503 while the database is down.
  app.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: db.isSqlite ? 'sqlite' : 'postgres' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res
        .status(503)
        .setHeader('Retry-After', String(config.dbRetryAfterSeconds))
        .json({ status: 'unavailable', database: 'down' });
    }
  });
  // Readiness for a proxy or orchestrator: also 503 from the first moment of a shutdown, so no new work is sent here.
  app.get('/health/ready', async (_req, res) => {
    if (draining) return res.status(503).json({ status: 'draining' });
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res
        .status(503)
        .setHeader('Retry-After', String(config.dbRetryAfterSeconds))
        .json({ status: 'unavailable', database: 'down' });
    }
  });

  const webDist = config.webDist;
  const ideHtml = join(webDist, 'ide.html');
  // Browsers asking for /graphql get the bundled GraphiQL; API clients get GraphQL.
  app.get('/graphql', (req, res, next) => {
    if (
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html' ||
      req.query.query
    )
      return next();
    if (!existsSync(ideHtml))
      return res.status(404).type('text/plain').send('The GraphQL IDE is not built: run the build first.');
    res.sendFile(ideHtml);
  });

  app.use(
    '/graphql',
    corsPolicy(config.corsOrigins),
    rateLimits.perIp(),
    express.json({ limit: '1mb' }),
    requireJsonPost,
    graphqlHttpHandler(apollo, async ({ req, res }): Promise<Context> => {
      const requestId = (req as express.Request & { id: string }).id;
      const made = async () => {
        const auth = await services.auth.authenticate(sessionTokenFrom(req)).catch((error: unknown) => {
          const fault = databaseFaultOf(error);
          throw fault ? databaseFaultError(fault, config.dbRetryAfterSeconds) : error;
        });
        if (auth) await rateLimits.assertUserAllowed(auth.user.id);
        const cost = await costBudgets.charge(
          req,
          auth
            ? { kind: auth.kind, id: auth.kind === 'token' ? auth.sessionId : auth.user.id }
            : { kind: 'anonymous', id: req.ip ?? 'unknown' },
        );
        return { auth, cost };
      };
      const { auth, cost } = await made().catch((error: unknown) => {
        throw withRequestId(error, requestId, logUnexpected);
      });
      return {
        requestId,
        actor: auth?.actor ?? null,
        user: auth?.user ?? null,
        sessionId: auth?.sessionId ?? null,
        loaders: createLoaders(dataSource, { batch: !config.naiveResolvers }),
        services,
        db,
        req,
        res,
        cost,
      };
    }),
  );

  app.use(
    '/documents',
    documentsRouter({
      db,
      actorOf: async (req) => (await services.auth.authenticate(sessionTokenFrom(req)))?.actor ?? null,
      chromiumPath: config.chromiumPath,
      logger,
    }),
  );

  app.use('/opendata', opendataRouter({ db, logger }));

  if (existsSync(join(webDist, 'index.html'))) {
    app.use(staticAssets(webDist));
    // Client-side routes (/regions/RU-BEL) all load the app shell, checked on every load so a deploy shows at once.
    app.get(/^\/(?!graphql|health|documents\/|assets\/).*/, (_req, res) =>
      res.sendFile(join(webDist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }),
    );
  } else {
    app.get('/', (_req, res) =>
      res.type('text/plain').send('Tsifra API is running at /graphql. The web app is not built (run the build).'),
    );
  }
  app.use(httpErrorHandler(logger));

  return {
    app,
    httpServer,
    db,
    logger,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          scheduler?.start();
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      });
    },
    get draining() {
      return draining;
    },
    /**
     * Graceful stop: readiness fails at once; the listener closes; requests in flight finish (up to
     * SHUTDOWN_TIMEOUT_MS, then their connections are closed); running jobs finish; the pool closes.
     */
    async stop() {
      draining = true;
      if (config.shutdownDrainDelayMs > 0) {
        await sleep(config.shutdownDrainDelayMs);
        // Closing the listener resets connections still waiting to be accepted, so close in a quiet moment: once no
        // connection has arrived for 250 ms (clients saw readiness fail), waiting at most one more drain delay.
        const until = Date.now() + config.shutdownDrainDelayMs;
        while (Date.now() - lastConnectionAt < 250 && Date.now() < until) await sleep(50);
      }
      await Promise.all([apollo.stop(), scheduler?.stop()]);
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** PostgreSQL: a session advisory lock (per schema) around migrations and seeding; SQLite has one process. */
async function withStartupLock(db: Database, config: Config, work: () => Promise<void>): Promise<void> {
  if (db.isSqlite || config.database.kind !== 'postgres') return work();
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  const key = `tsifra.startup:${config.database.schema ?? 'public'}`;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await runner.release();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
