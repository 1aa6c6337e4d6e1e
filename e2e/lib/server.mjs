// Starts one amparo server for the test run: fresh temp dir, fresh SQLite
// database, free loopback port, demo accounts parsed from stdout.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { constants as fsConstants, createWriteStream } from 'node:fs';
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = path.join(E2E_DIR, 'test-results');
export const ROLES = ['admin', 'reviewer', 'liaison', 'employee', 'member', 'editor', 'auditor'];
/** Every demo account, named by its email's local part: one per role, and a second member. */
export const ACCOUNTS = [...ROLES, 'member-2'];

const READY_TIMEOUT_MS = 60_000;
const READY_POLL_MS = 200;
const ACCOUNTS_GRACE_MS = 5_000;
const STOP_TIMEOUT_MS = 10_000;
const DEMO_LINE = /DEMO ACCOUNT role=(\S+) email=(\S+) password=(\S+)/;

/** Absolute path of the amparo binary: $AMPARO_BIN (relative paths are taken from e2e/), else ../target/debug/amparo. */
export function amparoBin() {
  return path.resolve(E2E_DIR, process.env.AMPARO_BIN || '../target/debug/amparo');
}

/**
 * The environment for the server: ours, minus the harness's own variables. amparo reads every
 * AMPARO_* variable as a setting and refuses to start on one it does not know (AMPARO_BIN).
 */
export function serverEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'AMPARO_BIN' && !name.startsWith('AMPARO_E2E_')),
  );
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

/**
 * The database for this run: a fresh SQLite file, or, when AMPARO_E2E_POSTGRES_URL names a
 * PostgreSQL database to connect through, a fresh database created beside it (dropped at stop).
 */
function createDatabase(tmpDir) {
  const admin = process.env.AMPARO_E2E_POSTGRES_URL;
  if (!admin) return { engine: 'sqlite', url: `sqlite://${tmpDir}/e2e.db`, drop() {} };
  const name = `amparo_e2e_${process.pid}_${Date.now()}`;
  const psql = (sql) => execFileSync('psql', [admin, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { stdio: 'pipe' });
  psql(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    url: url.toString(),
    drop() {
      try {
        psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (err) {
        console.log(`# could not drop ${name}: ${err.message}`);
      }
    },
  };
}

/** Keeps the last `limit` characters written to it. */
class Tail {
  constructor(limit = 64 * 1024) {
    this.limit = limit;
    this.text = '';
  }
  push(s) {
    this.text = (this.text + s).slice(-this.limit);
  }
}

/**
 * Start the server. Resolves once GET /readyz answers 200.
 * Returns { baseURL, port, tmpDir, logPath, accounts: Map(name -> {role, email, password}), account(name), stop() }.
 */
export async function startServer() {
  const bin = amparoBin();
  try {
    await access(bin, fsConstants.X_OK);
  } catch {
    throw new Error(
      `amparo binary not found or not executable: ${bin}\n` +
        'Build it first (cargo build) or point AMPARO_BIN at it.',
    );
  }

  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'amparo-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const database = createDatabase(tmpDir);
  const args = ['--database-url', database.url, 'serve', '--demo', '--listen', `127.0.0.1:${port}`];

  // Fresh output dir per run: server log, and screenshots of failed tests.
  await rm(RESULTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });
  const logPath = path.join(RESULTS_DIR, 'server.log');
  const log = createWriteStream(logPath);
  log.write(`$ ${bin} ${args.join(' ')}\n(cwd ${tmpDir})\n`);

  const child = spawn(bin, args, {
    cwd: tmpDir,
    env: {
      ...serverEnv(process.env),
      AMPARO_AUDIT_CHECKPOINT_PATH: path.join(tmpDir, 'checkpoints.jsonl'),
      AMPARO_AUDIT_KEY_PATH: path.join(tmpDir, 'audit.key'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() can signal the whole group
  });

  const stdoutTail = new Tail();
  const stderrTail = new Tail();
  const accounts = new Map();
  let exited = null; // { code, signal } once the process is gone
  let spawnError = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  child.once('error', (err) => {
    spawnError = err;
  });

  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    log.write(`[stdout] ${line}\n`);
    stdoutTail.push(`${line}\n`);
    const m = DEMO_LINE.exec(line);
    if (m) accounts.set(m[2].split('@')[0], { role: m[1], email: m[2], password: m[3] });
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    log.write(`[stderr] ${line}\n`);
    stderrTail.push(`${line}\n`);
  });

  const killGroup = (signal) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        // already gone
      }
    }
  };
  // Last resort if the test process dies without running stop().
  const onExit = () => killGroup('SIGKILL');
  const onSignal = (sig) => {
    killGroup('SIGKILL');
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    if (!exited && child.pid !== undefined) {
      const timedOut = await Promise.race([exitPromise.then(() => false), sleep(STOP_TIMEOUT_MS).then(() => true)]);
      if (timedOut) {
        killGroup('SIGKILL');
        await Promise.race([exitPromise, sleep(2_000)]);
      }
    }
    database.drop();
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await new Promise((resolve) => log.end(resolve));
    if (process.env.AMPARO_E2E_KEEP_TMP) {
      console.log(`# kept server temp dir ${tmpDir}`);
    } else {
      await rm(tmpDir, { recursive: true, force: true });
    }
  }

  const describeExit = () =>
    `amparo exited early (code ${exited?.code}, signal ${exited?.signal}).\n` +
    `--- stderr ---\n${stderrTail.text}\n--- stdout ---\n${stdoutTail.text}`;

  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    for (;;) {
      if (spawnError) throw new Error(`could not start ${bin}: ${spawnError.message}`);
      if (exited) throw new Error(describeExit());
      try {
        const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.status === 200) break;
        lastProblem = `GET /readyz answered ${res.status}`;
      } catch (err) {
        lastProblem = `GET /readyz failed: ${err.cause?.code ?? err.message}`;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `amparo not ready within ${READY_TIMEOUT_MS / 1000}s at ${baseURL} (${lastProblem}).\n` +
            `--- stderr ---\n${stderrTail.text}\n--- stdout ---\n${stdoutTail.text}`,
        );
      }
      await sleep(READY_POLL_MS);
    }
    // The demo account lines may trail readiness slightly.
    const graceEnd = Date.now() + ACCOUNTS_GRACE_MS;
    while (ACCOUNTS.some((r) => !accounts.has(r)) && Date.now() < graceEnd && !exited) {
      await sleep(100);
    }
    if (exited) throw new Error(describeExit());
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    baseURL,
    port,
    tmpDir,
    logPath,
    accounts,
    /** Demo credentials by name (a role, or member-2); throws with what was seen if the line never came. */
    account(role) {
      const a = accounts.get(role);
      if (!a) {
        throw new Error(
          `no "DEMO ACCOUNT role=${role} ..." line on the server's stdout ` +
            `(roles seen: ${[...accounts.keys()].join(', ') || 'none'}). See ${logPath}`,
        );
      }
      return a;
    },
    stop,
  };
}
