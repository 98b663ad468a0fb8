// cgroups for the sandbox: one group per launch holding every process the submission starts, with limits on
// memory, tasks and CPU, the figures the report quotes, and the kill switch. Two layouts exist in the wild:
// pure cgroup v2 (production hosts with systemd) and the hybrid one of our CI machines (v1 controllers, a
// cgroup2 tree without controllers beside them). Both are handled; in the hybrid case the controller-less
// cgroup2 tree still gives us cgroup.kill and the "populated" flag.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export type CgroupLayout =
  | { kind: 'v2'; mount: string }
  | {
      kind: 'v1';
      memory: string;
      pids: string;
      cpu: string;
      cpuacct: string | undefined;
      freezer: string | undefined;
      // The hybrid layout's cgroup2 mount: no controllers, but cgroup.kill and cgroup.events.
      unified: string | undefined;
    };

export type CgroupLimits = { memoryBytes: number; pids: number; cpus: number };

export type CgroupStats = {
  memoryPeakBytes: number;
  cpuUsageMicros: number;
  oomKills: number;
  // How often a fork or thread creation was refused at pids.max.
  pidsLimitHits: number;
  pidsCurrent: number;
};

/** The file operations the cgroup code needs; tests substitute a model of the kernel's files. */
export type CgroupFs = {
  read(path: string): string | undefined;
  write(path: string, value: string): void;
  exists(path: string): boolean;
  mkdir(path: string): void;
  rmdir(path: string): void;
  list(path: string): string[];
  modifiedMs(path: string): number | undefined;
};

export const nodeCgroupFs: CgroupFs = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  write: (path, value) => writeFileSync(path, value),
  exists: (path) => existsSync(path),
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  rmdir: (path) => rmdirSync(path),
  list(path) {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
  modifiedMs(path) {
    try {
      return statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  },
};

const requiredControllers = ['memory', 'pids', 'cpu'] as const;
const cpuPeriodMicros = 100_000;

type Mount = { point: string; fstype: string; superOptions: string[] };

// /proc/self/mountinfo escapes spaces and friends as octal (\040).
const unescapeMountPath = (path: string) =>
  path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));

function parseMountinfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-');
    if (separator < 0 || fields.length < separator + 4) continue;
    mounts.push({
      point: unescapeMountPath(fields[4] ?? ''),
      fstype: fields[separator + 1] ?? '',
      superOptions: (fields[separator + 3] ?? '').split(','),
    });
  }
  return mounts;
}

/** Which cgroup layout this machine has, or why the sandbox cannot limit processes on it. */
export function detectCgroupLayout(
  mountinfo: string,
  fs: CgroupFs = nodeCgroupFs,
): { ok: true; layout: CgroupLayout } | { ok: false; reason: string } {
  const mounts = parseMountinfo(mountinfo);
  const unified = mounts.find((mount) => mount.fstype === 'cgroup2');
  if (unified) {
    const available = (fs.read(`${unified.point}/cgroup.controllers`) ?? '').trim().split(/\s+/);
    if (requiredControllers.every((controller) => available.includes(controller))) {
      return { ok: true, layout: { kind: 'v2', mount: unified.point } };
    }
  }
  const v1 = (controller: string) =>
    mounts.find((mount) => mount.fstype === 'cgroup' && mount.superOptions.includes(controller))?.point;
  const memory = v1('memory');
  const pids = v1('pids');
  const cpu = v1('cpu');
  if (memory && pids && cpu) {
    return {
      ok: true,
      layout: {
        kind: 'v1',
        memory,
        pids,
        cpu,
        cpuacct: v1('cpuacct'),
        freezer: v1('freezer'),
        unified: unified?.point,
      },
    };
  }
  const missing = requiredControllers.filter((controller) => !v1(controller));
  return {
    ok: false,
    reason: unified
      ? `cgroup v2 at ${unified.point} lacks the ${requiredControllers.join(', ')} controllers and cgroup v1 has no ${missing.join(', ')} hierarchy`
      : 'no cgroup filesystem is mounted (neither cgroup2 nor the v1 memory, pids and cpu hierarchies)',
  };
}

const keyValue = (text: string | undefined, key: string): number => {
  const match = text?.match(new RegExp(`^${key} (\\d+)$`, 'm'));
  return match ? Number(match[1]) : 0;
};
const numberIn = (text: string | undefined): number => {
  const value = Number((text ?? '').trim());
  return Number.isFinite(value) ? value : 0;
};

export type CgroupInstance = {
  name: string;
  /** Every `cgroup.procs` a process must join, in order, before it execs the sandbox. */
  procsFiles: string[];
  /** The directories created for this instance (one per hierarchy). */
  dirs: string[];
  stats(): CgroupStats;
  pids(): number[];
  populated(): boolean;
  /** SIGKILL every process in the group, including ones that detached, and wait until it is empty. */
  killAll(timeoutMs?: number): Promise<void>;
  remove(timeoutMs?: number): Promise<void>;
};

function enableControllers(fs: CgroupFs, dir: string) {
  const enabled = (fs.read(`${dir}/cgroup.subtree_control`) ?? '').trim().split(/\s+/);
  const missing = requiredControllers.filter((controller) => !enabled.includes(controller));
  if (missing.length > 0) {
    fs.write(`${dir}/cgroup.subtree_control`, missing.map((controller) => `+${controller}`).join(' '));
  }
}

function readPids(fs: CgroupFs, procsFile: string): number[] {
  return (fs.read(procsFile) ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
}

function killPids(pids: number[]) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`cgroup: timed out waiting until ${what}`);
    await sleep(5);
  }
}

async function rmdirWithRetry(fs: CgroupFs, dir: string, timeoutMs: number) {
  if (!fs.exists(dir)) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.rmdir(dir);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY' || Date.now() > deadline) throw error;
      await sleep(10);
    }
  }
}

/** Create the groups for one sandbox launch, with its limits written before any process joins. */
export function createCgroupInstance(
  layout: CgroupLayout,
  name: string,
  limits: CgroupLimits,
  base = 'hirebench-grader',
  fs: CgroupFs = nodeCgroupFs,
): CgroupInstance {
  for (let attempt = 1; ; attempt++) {
    try {
      return createInstance(layout, name, limits, base, fs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another grader removed the idle base group between our mkdir calls: once more.
      if (code === 'ENOENT' && attempt < 3) continue;
      const hint =
        layout.kind === 'v2' && code === 'EBUSY'
          ? ' (cgroup v2 hands controllers only to groups without processes: give the grader a leaf cgroup of its own and choose cgroupBase in a delegated subtree)'
          : '';
      throw new Error(
        `cannot set up the sandbox's cgroups (${base}/${name}): ${(error as Error).message}${hint}`,
      );
    }
  }
}

function createInstance(
  layout: CgroupLayout,
  name: string,
  limits: CgroupLimits,
  base: string,
  fs: CgroupFs,
): CgroupInstance {
  const cpuQuota = Math.max(1000, Math.round(limits.cpus * cpuPeriodMicros));
  if (layout.kind === 'v2') {
    const root = layout.mount;
    // Controllers are handed down one level at a time; the base group itself never holds a process.
    enableControllers(fs, root);
    fs.mkdir(`${root}/${base}`);
    enableControllers(fs, `${root}/${base}`);
    const dir = `${root}/${base}/${name}`;
    fs.mkdir(dir);
    const instance = v2Instance(fs, name, dir);
    try {
      fs.write(`${dir}/memory.max`, String(limits.memoryBytes));
      if (fs.exists(`${dir}/memory.swap.max`)) fs.write(`${dir}/memory.swap.max`, '0');
      // One OOM kill takes the whole group down, as on v1 we do by hand.
      if (fs.exists(`${dir}/memory.oom.group`)) fs.write(`${dir}/memory.oom.group`, '1');
      fs.write(`${dir}/pids.max`, String(limits.pids));
      fs.write(`${dir}/cpu.max`, `${cpuQuota} ${cpuPeriodMicros}`);
    } catch (error) {
      fs.rmdir(dir);
      throw error;
    }
    return instance;
  }

  // v1: a directory per hierarchy (cpu and cpuacct are often the same mount).
  const hierarchies = [
    ...new Set(
      [layout.memory, layout.pids, layout.cpu, layout.cpuacct, layout.freezer, layout.unified].filter(
        (mount): mount is string => mount !== undefined,
      ),
    ),
  ];
  const dirOf = (mount: string) => `${mount}/${base}/${name}`;
  const created: string[] = [];
  try {
    for (const mount of hierarchies) {
      fs.mkdir(dirOf(mount));
      created.push(dirOf(mount));
    }
    const memory = dirOf(layout.memory);
    fs.write(`${memory}/memory.limit_in_bytes`, String(limits.memoryBytes));
    // With swap accounting, memory+swap gets the same ceiling: no escaping the limit into swap.
    if (fs.exists(`${memory}/memory.memsw.limit_in_bytes`)) {
      fs.write(`${memory}/memory.memsw.limit_in_bytes`, String(limits.memoryBytes));
    }
    fs.write(`${dirOf(layout.pids)}/pids.max`, String(limits.pids));
    fs.write(`${dirOf(layout.cpu)}/cpu.cfs_period_us`, String(cpuPeriodMicros));
    fs.write(`${dirOf(layout.cpu)}/cpu.cfs_quota_us`, String(cpuQuota));
  } catch (error) {
    for (const dir of created.reverse()) {
      try {
        fs.rmdir(dir);
      } catch {
        // Best effort: the stale-group sweep removes what is left.
      }
    }
    throw error;
  }
  return v1Instance(fs, name, layout, created, dirOf);
}

function v2Instance(fs: CgroupFs, name: string, dir: string): CgroupInstance {
  let sampledPeak = 0;
  const instance: CgroupInstance = {
    name,
    procsFiles: [`${dir}/cgroup.procs`],
    dirs: [dir],
    stats() {
      const current = numberIn(fs.read(`${dir}/memory.current`));
      sampledPeak = Math.max(sampledPeak, current);
      // memory.peak exists from Linux 5.19; before that the polled maximum is the best we have.
      const peak = fs.read(`${dir}/memory.peak`);
      return {
        memoryPeakBytes: peak === undefined ? sampledPeak : numberIn(peak),
        cpuUsageMicros: keyValue(fs.read(`${dir}/cpu.stat`), 'usage_usec'),
        oomKills: keyValue(fs.read(`${dir}/memory.events`), 'oom_kill'),
        pidsLimitHits: keyValue(fs.read(`${dir}/pids.events`), 'max'),
        pidsCurrent: numberIn(fs.read(`${dir}/pids.current`)),
      };
    },
    pids: () => readPids(fs, `${dir}/cgroup.procs`),
    populated: () => keyValue(fs.read(`${dir}/cgroup.events`), 'populated') === 1,
    async killAll(timeoutMs = 5000) {
      if (!fs.exists(dir)) return;
      if (fs.exists(`${dir}/cgroup.kill`)) {
        fs.write(`${dir}/cgroup.kill`, '1');
      } else {
        // Before Linux 5.14: freeze so nothing can fork while we kill, then thaw so the kills land.
        await freezeKillThaw(
          () => fs.write(`${dir}/cgroup.freeze`, '1'),
          () => keyValue(fs.read(`${dir}/cgroup.events`), 'frozen') === 1,
          () => fs.write(`${dir}/cgroup.freeze`, '0'),
          instance.pids,
        );
      }
      await until(() => !instance.populated(), timeoutMs, `${dir} is empty`);
    },
    async remove(timeoutMs = 2000) {
      await rmdirWithRetry(fs, dir, timeoutMs);
    },
  };
  return instance;
}

async function freezeKillThaw(
  freeze: () => void,
  frozen: () => boolean,
  thaw: () => void,
  pids: () => number[],
) {
  for (let round = 0; round < 20 && pids().length > 0; round++) {
    freeze();
    await until(frozen, 2000, 'the group is frozen').catch(() => undefined);
    killPids(pids());
    thaw();
    await sleep(5);
  }
}

function v1Instance(
  fs: CgroupFs,
  name: string,
  layout: Extract<CgroupLayout, { kind: 'v1' }>,
  dirs: string[],
  dirOf: (mount: string) => string,
): CgroupInstance {
  const memory = dirOf(layout.memory);
  const pidsDir = dirOf(layout.pids);
  const unified = layout.unified ? dirOf(layout.unified) : undefined;
  const freezer = layout.freezer ? dirOf(layout.freezer) : undefined;
  const instance: CgroupInstance = {
    name,
    procsFiles: dirs.map((dir) => `${dir}/cgroup.procs`),
    dirs,
    stats() {
      const cpuacct = layout.cpuacct ? fs.read(`${dirOf(layout.cpuacct)}/cpuacct.usage`) : undefined;
      return {
        memoryPeakBytes: numberIn(fs.read(`${memory}/memory.max_usage_in_bytes`)),
        cpuUsageMicros: Math.round(numberIn(cpuacct) / 1000),
        oomKills: keyValue(fs.read(`${memory}/memory.oom_control`), 'oom_kill'),
        pidsLimitHits: keyValue(fs.read(`${pidsDir}/pids.events`), 'max'),
        pidsCurrent: numberIn(fs.read(`${pidsDir}/pids.current`)),
      };
    },
    pids: () => readPids(fs, `${pidsDir}/cgroup.procs`),
    populated() {
      if (unified && fs.exists(`${unified}/cgroup.events`)) {
        return keyValue(fs.read(`${unified}/cgroup.events`), 'populated') === 1;
      }
      return instance.pids().length > 0;
    },
    async killAll(timeoutMs = 5000) {
      if (unified && fs.exists(`${unified}/cgroup.kill`)) {
        fs.write(`${unified}/cgroup.kill`, '1');
      } else if (freezer) {
        await freezeKillThaw(
          () => fs.write(`${freezer}/freezer.state`, 'FROZEN'),
          () => (fs.read(`${freezer}/freezer.state`) ?? '').trim() === 'FROZEN',
          () => fs.write(`${freezer}/freezer.state`, 'THAWED'),
          instance.pids,
        );
      } else {
        // No freezer: kill until the group stays empty; pids.max bounds how many can appear meanwhile.
        for (let round = 0; round < 50 && instance.pids().length > 0; round++) {
          killPids(instance.pids());
          await sleep(5);
        }
      }
      await until(() => instance.pids().length === 0 && !instance.populated(), timeoutMs, `${name} is empty`);
    },
    async remove(timeoutMs = 2000) {
      for (const dir of [...dirs].reverse()) await rmdirWithRetry(fs, dir, timeoutMs);
    },
  };
  return instance;
}

/** The hierarchies' directories that hold this layout's instances. */
export function baseDirs(layout: CgroupLayout, base = 'hirebench-grader'): string[] {
  const mounts =
    layout.kind === 'v2'
      ? [layout.mount]
      : [layout.memory, layout.pids, layout.cpu, layout.cpuacct, layout.freezer, layout.unified];
  return [...new Set(mounts.filter((mount): mount is string => mount !== undefined))].map(
    (mount) => `${mount}/${base}`,
  );
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Groups left behind by a grader process that died without cleaning up (instance names start with the owner's
 * pid). Only empty groups old enough are removed: a pid we cannot see may belong to a grader in another pid
 * namespace, and the sandboxes of a dead grader died with it (bwrap --die-with-parent).
 */
export async function sweepStaleCgroups(
  layout: CgroupLayout,
  base = 'hirebench-grader',
  fs = nodeCgroupFs,
  minAgeMs = 10 * 60_000,
) {
  for (const dir of baseDirs(layout, base)) {
    for (const entry of fs.list(dir)) {
      const owner = Number(entry.split('-')[0]);
      const path = `${dir}/${entry}`;
      if (!Number.isInteger(owner) || owner <= 0 || processAlive(owner)) continue;
      if (!fs.exists(`${path}/cgroup.procs`) || readPids(fs, `${path}/cgroup.procs`).length > 0) continue;
      if (Date.now() - (fs.modifiedMs(path) ?? Date.now()) < minAgeMs) continue;
      try {
        await rmdirWithRetry(fs, path, 200);
      } catch {
        // Busy after all; the next sweep tries again.
      }
    }
  }
}

/** Remove the base groups when no instance is left in them (tests, shutdown); busy ones are left alone. */
export function removeIdleBaseGroups(layout: CgroupLayout, base = 'hirebench-grader', fs = nodeCgroupFs) {
  for (const dir of baseDirs(layout, base)) {
    try {
      fs.rmdir(dir);
    } catch {
      // In use by another grader, or already gone.
    }
  }
}
