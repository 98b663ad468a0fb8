import { describe, expect, it } from 'vitest';
import { buildSeccompFilter, deniedSyscalls } from './seccomp.ts';

// A classic-BPF interpreter for exactly the instructions the builder emits, so the filter's decisions are
// checked here in milliseconds; the API tests prove the kernel agrees.
function run(program: Buffer, data: { arch: number; nr: number; args?: number[] }): number {
  const word = (offset: number): number => {
    if (offset === 0) return data.nr >>> 0;
    if (offset === 4) return data.arch >>> 0;
    const index = (offset - 16) / 8;
    return (data.args?.[index] ?? 0) >>> 0;
  };
  let accumulator = 0;
  for (let pc = 0; pc < program.length / 8; pc++) {
    const code = program.readUInt16LE(pc * 8);
    const jt = program.readUInt8(pc * 8 + 2);
    const jf = program.readUInt8(pc * 8 + 3);
    const k = program.readUInt32LE(pc * 8 + 4);
    if (code === 0x20) accumulator = word(k);
    else if (code === 0x06) return k;
    else if (code === 0x15) pc += accumulator === k ? jt : jf;
    else if (code === 0x35) pc += accumulator >= k ? jt : jf;
    else if (code === 0x45) pc += (accumulator & k) !== 0 ? jt : jf;
    else throw new Error(`unexpected opcode ${code}`);
  }
  throw new Error('fell off the end of the program');
}

const ALLOW = 0x7fff0000;
const KILL = 0x80000000;
const EPERM = 0x00050001;
const ENOSYS = 0x00050026;
const x64 = 0xc000003e;

describe('seccomp filter', () => {
  const filter = buildSeccompFilter('x64');

  it('is a whole number of sock_filter entries', () => {
    expect(filter.length % 8).toBe(0);
    expect(filter.length / 8).toBeLessThan(4096);
  });

  it('allows what services do and denies the dangerous calls', () => {
    expect(run(filter, { arch: x64, nr: 0 })).toBe(ALLOW); // read
    expect(run(filter, { arch: x64, nr: 41 })).toBe(ALLOW); // socket
    expect(run(filter, { arch: x64, nr: 112 })).toBe(ALLOW); // setsid
    for (const nr of [101, 165, 272, 308, 250, 321, 298, 246, 169, 167, 175]) {
      expect(run(filter, { arch: x64, nr })).toBe(EPERM);
    }
    expect(run(filter, { arch: x64, nr: 435 })).toBe(ENOSYS); // clone3 → glibc falls back to clone
    expect(run(filter, { arch: x64, nr: 425 })).toBe(ENOSYS); // io_uring_setup
  });

  it('lets clone make threads and processes but not namespaces', () => {
    const threadFlags = 0x003d0f00; // what glibc's pthread_create passes
    expect(run(filter, { arch: x64, nr: 56, args: [threadFlags] })).toBe(ALLOW);
    expect(run(filter, { arch: x64, nr: 56, args: [17] })).toBe(ALLOW); // fork(): SIGCHLD only
    expect(run(filter, { arch: x64, nr: 56, args: [0x10000000 | 17] })).toBe(EPERM); // CLONE_NEWUSER
    expect(run(filter, { arch: x64, nr: 56, args: [0x40000000 | 17] })).toBe(EPERM); // CLONE_NEWNET
  });

  it('filters ioctl and personality by argument', () => {
    expect(run(filter, { arch: x64, nr: 16, args: [1, 0x5412] })).toBe(EPERM); // TIOCSTI
    expect(run(filter, { arch: x64, nr: 16, args: [1, 0x5401] })).toBe(ALLOW); // TCGETS
    expect(run(filter, { arch: x64, nr: 135, args: [0xffffffff] })).toBe(ALLOW);
    expect(run(filter, { arch: x64, nr: 135, args: [0x0040000] })).toBe(EPERM); // ADDR_NO_RANDOMIZE
  });

  it('kills other ABIs and refuses x32 calls', () => {
    expect(run(filter, { arch: 0x40000003, nr: 1 })).toBe(KILL); // i386 through int 0x80
    expect(run(filter, { arch: x64, nr: 0x40000000 + 101 })).toBe(EPERM);
  });

  it('has an arm64 table', () => {
    const arm = buildSeccompFilter('arm64');
    expect(run(arm, { arch: 0xc00000b7, nr: 117 })).toBe(EPERM); // ptrace
    expect(run(arm, { arch: 0xc00000b7, nr: 63 })).toBe(ALLOW); // read
    expect(run(arm, { arch: x64, nr: 63 })).toBe(KILL);
    expect(deniedSyscalls('arm64')).not.toContain('iopl');
  });
});
