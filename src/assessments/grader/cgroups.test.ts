import { describe, expect, it } from 'vitest';
import { type CgroupFs, createCgroupInstance, detectCgroupLayout } from './cgroups.ts';

// Abridged /proc/self/mountinfo of the two layouts: our CI machines (hybrid) and a systemd host (pure v2).
const hybrid = [
  '30 25 0:26 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
  '31 30 0:27 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu',
  '32 30 0:28 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct',
  '34 30 0:30 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
  '36 30 0:32 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer',
  '38 30 0:34 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids',
  '40 30 0:36 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
].join('\n');
const pureV2 = '29 24 0:25 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate';

// Models the kernel's cgroup2 files: a new directory comes with its interface files.
function fakeV2Fs(rootControllers: string) {
  const files = new Map<string, string>([
    ['/sys/fs/cgroup/cgroup.controllers', rootControllers],
    ['/sys/fs/cgroup/cgroup.subtree_control', ''],
  ]);
  const dirs = new Set(['/sys/fs/cgroup']);
  const fs: CgroupFs = {
    read: (path) => files.get(path),
    write: (path, value) => {
      if (!dirs.has(path.slice(0, path.lastIndexOf('/')))) throw new Error(`ENOENT ${path}`);
      files.set(path, value);
    },
    exists: (path) => files.has(path) || dirs.has(path),
    mkdir: (path) => {
      dirs.add(path);
      for (const name of ['cgroup.procs', 'cgroup.kill', 'cgroup.subtree_control', 'memory.swap.max']) {
        files.set(`${path}/${name}`, '');
      }
      files.set(`${path}/cgroup.events`, 'populated 0\nfrozen 0\n');
    },
    rmdir: (path) => {
      dirs.delete(path);
    },
    list: () => [],
    modifiedMs: () => undefined,
  };
  return { fs, files, dirs };
}

describe('cgroup layout', () => {
  it('recognises the hybrid layout and keeps the controller-less cgroup2 tree for kill', () => {
    const detected = detectCgroupLayout(hybrid, fakeV2Fs('hugetlb').fs);
    expect(detected).toEqual({
      ok: true,
      layout: {
        kind: 'v1',
        memory: '/sys/fs/cgroup/memory',
        pids: '/sys/fs/cgroup/pids',
        cpu: '/sys/fs/cgroup/cpu',
        cpuacct: '/sys/fs/cgroup/cpuacct',
        freezer: '/sys/fs/cgroup/freezer',
        unified: '/sys/fs/cgroup/unified',
      },
    });
  });

  it('recognises pure cgroup v2 by the controllers it offers', () => {
    const { fs } = fakeV2Fs('cpuset cpu io memory hugetlb pids rdma misc');
    expect(detectCgroupLayout(pureV2, fs)).toEqual({
      ok: true,
      layout: { kind: 'v2', mount: '/sys/fs/cgroup' },
    });
  });

  it('explains what is missing', () => {
    const detected = detectCgroupLayout(pureV2, fakeV2Fs('cpuset io').fs);
    expect(detected.ok).toBe(false);
    expect(!detected.ok && detected.reason).toMatch(/lacks the memory, pids, cpu controllers/);
    expect(detectCgroupLayout('', fakeV2Fs('').fs)).toMatchObject({ ok: false });
  });

  it('on cgroup v2 delegates the controllers and writes the limits before anyone joins', () => {
    const { fs, files } = fakeV2Fs('cpu memory pids');
    const instance = createCgroupInstance(
      { kind: 'v2', mount: '/sys/fs/cgroup' },
      '42-abc',
      { memoryBytes: 128 * 1024 * 1024, pids: 128, cpus: 0.5 },
      'hirebench-grader',
      fs,
    );
    const dir = '/sys/fs/cgroup/hirebench-grader/42-abc';
    expect(files.get('/sys/fs/cgroup/cgroup.subtree_control')).toBe('+memory +pids +cpu');
    expect(files.get('/sys/fs/cgroup/hirebench-grader/cgroup.subtree_control')).toBe('+memory +pids +cpu');
    expect(files.get(`${dir}/memory.max`)).toBe(String(128 * 1024 * 1024));
    expect(files.get(`${dir}/memory.swap.max`)).toBe('0');
    expect(files.get(`${dir}/pids.max`)).toBe('128');
    expect(files.get(`${dir}/cpu.max`)).toBe('50000 100000');
    expect(instance.procsFiles).toEqual([`${dir}/cgroup.procs`]);

    files.set(`${dir}/memory.events`, 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n');
    files.set(`${dir}/pids.events`, 'max 7\n');
    files.set(`${dir}/cpu.stat`, 'usage_usec 1500\nuser_usec 1000\n');
    files.set(`${dir}/memory.peak`, '4096\n');
    expect(instance.stats()).toEqual({
      memoryPeakBytes: 4096,
      cpuUsageMicros: 1500,
      oomKills: 1,
      pidsLimitHits: 7,
      pidsCurrent: 0,
    });
  });
});
