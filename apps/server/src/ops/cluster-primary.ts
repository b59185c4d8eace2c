import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config/env';

/**
 * The primary of `PROCESSES=N`: forks N identical server workers that share one listening port (Node's cluster
 * hands out connections round-robin). It holds no state and serves nothing, so nothing is kept per process.
 * - a worker that dies unexpectedly is replaced;
 * - SIGTERM / SIGINT: every worker shuts down gracefully (see main.ts), then the primary exits 0;
 * - SIGHUP: rolling restart — one worker at a time, the new one listening before the old one is stopped.
 */
export function runPrimary(config: Config, onFirstListening: (url: string) => void): Promise<void> {
  const log = (message: string) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, msg: message })}\n`);
  let stopping = false;
  let announced = false;
  const retiring = new Set<Worker>();

  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      const onMessage = (message: { type?: string; url?: string }) => {
        if (message?.type !== 'tsifra:listening') return;
        worker.off('message', onMessage);
        if (!announced && message.url) {
          announced = true;
          onFirstListening(message.url);
        }
        resolve(worker);
      };
      worker.on('message', onMessage);
      worker.once('exit', () => reject(new Error(`worker ${worker.process.pid} exited before listening`)));
    });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping || retiring.has(worker)) return;
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting a replacement`);
    setTimeout(() => void fork().catch((e: Error) => log(e.message)), 1000);
  });

  const stopWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      if (worker.isDead()) return resolve();
      worker.once('exit', () => resolve());
      worker.process.kill('SIGTERM');
    });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} workers gracefully`);
    await Promise.all(Object.values(cluster.workers ?? {}).map((w) => stopWorker(w!)));
    process.exit(0);
  };

  const rollingRestart = async () => {
    for (const old of Object.values(cluster.workers ?? {})) {
      if (stopping || !old) return;
      await fork();
      retiring.add(old);
      await stopWorker(old);
      retiring.delete(old);
    }
    log('rolling restart finished');
  };

  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void rollingRestart().catch((e: Error) => log(`rolling restart failed: ${e.message}`)));

  return Promise.all(Array.from({ length: config.processes }, fork)).then(() => {
    log(`${config.processes} workers listening`);
  });
}
