/**
 * Servers the harness starts (`php -S`, mariadbd), each as the leader of its own process
 * group. `php -S` with PHP_CLI_SERVER_WORKERS forks workers that keep listening when only
 * their parent is killed: stopping a server signals its whole group and waits until no
 * process of the group is left. Groups still running when this process exits are killed then.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The live processes of process group `pgid` (zombies, already dead, do not count). */
export function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we read
    }
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Process groups started here and not stopped yet. */
const live = new Set<number>();

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* ESRCH: the group is gone */
  }
}

let hooked = false;
/** Kills what is left when this process ends: a test run stopped halfway leaves no server. */
function killLeftoversOnExit(): void {
  if (hooked) return;
  hooked = true;
  const killAll = () => live.forEach((pgid) => signalGroup(pgid, 'SIGKILL'));
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, function onSignal() {
      killAll();
      // Alone on this signal: end the way the signal would have without us.
      if (process.listenerCount(signal) === 1) {
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      }
    });
  }
}

export interface Group {
  /** Its name in messages ("php -S", "mariadbd"). */
  name: string;
  /** The process group id: the pid of its leader. */
  pgid: number;
  child: ChildProcess;
  /** Resolves once `ready()` says so; rejects when the program exits first or takes too long. */
  ready(
    check: () => boolean | Promise<boolean>,
    timeoutMs: number,
    log?: () => string,
  ): Promise<void>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once no process of it is left. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `command` as the leader of a new process group (`detached`). Rejects with one line
 * when it cannot start (not installed: spawn ENOENT).
 */
export async function startGroup(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<Group> {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(new Error(`${name} could not start: ${command}: ${error.message}`)),
    );
  });
  const pgid = child.pid!;
  live.add(pgid);
  killLeftoversOnExit();
  let ended: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      resolve();
    }),
  );
  child.on('error', () => {
    /* a failed kill(): stop() checks the group itself */
  });
  let stopping: Promise<void> | undefined;

  return {
    name,
    pgid,
    child,
    async ready(check, timeoutMs, log = () => '') {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (ended) throw new Error(`${name} ${ended} before it was ready${log()}`);
        if (await check()) return;
        if (Date.now() > deadline) {
          throw new Error(`${name} was not ready after ${timeoutMs / 1000} s${log()}`);
        }
        await sleep(100);
      }
    },
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + graceMs;
        while (groupMembers(pgid).length && Date.now() < deadline) await sleep(50);
        if (groupMembers(pgid).length) {
          signalGroup(pgid, 'SIGKILL');
          const killDeadline = Date.now() + 5_000;
          while (groupMembers(pgid).length && Date.now() < killDeadline) await sleep(50);
        }
        const left = groupMembers(pgid);
        if (left.length) {
          throw new Error(`${name}: processes ${left.join(', ')} of its group survived SIGKILL`);
        }
        await exited;
        live.delete(pgid);
      })();
      return stopping;
    },
  };
}
