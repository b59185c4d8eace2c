// CPU used during a measurement: the server process and its workers, every PostgreSQL process, and the load
// generator (this process), in cores (CPU seconds per second of wall time). Linux /proc only.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

function procStats() {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = text.lastIndexOf(')');
      const comm = text.slice(text.indexOf('(') + 1, close);
      const f = text.slice(close + 2).split(' ');
      out.push({ pid: Number(name), comm, ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU seconds so far of a process and its descendants, and of every PostgreSQL process on the machine. */
function cpuNow(rootPid) {
  const all = procStats();
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  const sum = (list) => list.reduce((s, p) => s + p.cpu, 0);
  const client = process.cpuUsage();
  return {
    server: sum(all.filter((p) => tree.has(p.pid))),
    database: sum(all.filter((p) => p.comm === 'postgres' || p.comm.startsWith('postgres:'))),
    client: (client.user + client.system) / 1e6,
  };
}

export async function withCpu(server, fn) {
  const before = cpuNow(server.pid);
  const t0 = Date.now();
  const result = await fn();
  const seconds = (Date.now() - t0) / 1000;
  const after = cpuNow(server.pid);
  return {
    ...result,
    serverCpu: (after.server - before.server) / seconds,
    databaseCpu: (after.database - before.database) / seconds,
    clientCpu: (after.client - before.client) / seconds,
  };
}
