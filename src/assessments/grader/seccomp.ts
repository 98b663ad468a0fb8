// The sandbox's seccomp filter, written as a classic BPF program in TypeScript so no compiler or libseccomp
// is needed at run time: bubblewrap reads the raw `struct sock_filter` array from a file descriptor (--seccomp).
// Default allow, with a deny list of the syscalls a web service never needs and a kernel attacker loves.

export type SeccompArch = 'x64' | 'arm64';

type Rule =
  | { name: string; errno: number }
  // Deny when any of `mask`'s bits are set in the argument (clone's namespace flags).
  | { name: string; errno: number; arg: number; anyBits: number }
  // Deny when the argument equals one of `values` (ioctl's terminal injection requests).
  | { name: string; errno: number; arg: number; denyValues: readonly number[] }
  // Deny unless the argument equals one of `values` (personality: only query or the default persona).
  | { name: string; errno: number; arg: number; allowValues: readonly number[] };

const EPERM = 1;
const ENOSYS = 38;

// CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET.
// CLONE_NEWTIME (0x80) is left out: for clone() that bit is part of the exit signal.
const cloneNamespaceFlags = 0x7e020000;
const TIOCSTI = 0x5412;
const TIOCLINUX = 0x541c;

const rules: readonly Rule[] = [
  // Looking into or steering other processes.
  { name: 'ptrace', errno: EPERM },
  { name: 'process_vm_readv', errno: EPERM },
  { name: 'process_vm_writev', errno: EPERM },
  { name: 'pidfd_getfd', errno: EPERM },
  { name: 'kcmp', errno: EPERM },
  // Mounts and namespaces: the sandbox's view of the world is fixed.
  { name: 'mount', errno: EPERM },
  { name: 'umount2', errno: EPERM },
  { name: 'pivot_root', errno: EPERM },
  { name: 'chroot', errno: EPERM },
  { name: 'move_mount', errno: EPERM },
  { name: 'open_tree', errno: EPERM },
  { name: 'fsopen', errno: EPERM },
  { name: 'fsconfig', errno: EPERM },
  { name: 'fsmount', errno: EPERM },
  { name: 'fspick', errno: EPERM },
  { name: 'mount_setattr', errno: EPERM },
  { name: 'unshare', errno: EPERM },
  { name: 'setns', errno: EPERM },
  { name: 'clone', errno: EPERM, arg: 0, anyBits: cloneNamespaceFlags },
  // clone3 passes its flags in memory a filter cannot read; ENOSYS makes glibc fall back to clone().
  { name: 'clone3', errno: ENOSYS },
  // Kernel attack surface a service has no use for.
  { name: 'keyctl', errno: EPERM },
  { name: 'add_key', errno: EPERM },
  { name: 'request_key', errno: EPERM },
  { name: 'bpf', errno: EPERM },
  { name: 'perf_event_open', errno: EPERM },
  { name: 'userfaultfd', errno: EPERM },
  { name: 'io_uring_setup', errno: ENOSYS },
  { name: 'io_uring_enter', errno: ENOSYS },
  { name: 'io_uring_register', errno: ENOSYS },
  { name: 'open_by_handle_at', errno: EPERM },
  { name: 'name_to_handle_at', errno: EPERM },
  { name: 'fanotify_init', errno: EPERM },
  { name: 'lookup_dcookie', errno: EPERM },
  { name: 'syslog', errno: EPERM },
  { name: 'personality', errno: EPERM, arg: 0, allowValues: [0, 0xffffffff] },
  { name: 'ioctl', errno: EPERM, arg: 1, denyValues: [TIOCSTI, TIOCLINUX] },
  // The machine itself.
  { name: 'kexec_load', errno: EPERM },
  { name: 'kexec_file_load', errno: EPERM },
  { name: 'reboot', errno: EPERM },
  { name: 'swapon', errno: EPERM },
  { name: 'swapoff', errno: EPERM },
  { name: 'init_module', errno: EPERM },
  { name: 'finit_module', errno: EPERM },
  { name: 'delete_module', errno: EPERM },
  { name: 'create_module', errno: EPERM },
  { name: 'get_kernel_syms', errno: EPERM },
  { name: 'query_module', errno: EPERM },
  { name: 'acct', errno: EPERM },
  { name: 'quotactl', errno: EPERM },
  { name: 'quotactl_fd', errno: EPERM },
  { name: 'iopl', errno: EPERM },
  { name: 'ioperm', errno: EPERM },
  { name: 'settimeofday', errno: EPERM },
  { name: 'clock_settime', errno: EPERM },
  { name: 'clock_adjtime', errno: EPERM },
  { name: 'adjtimex', errno: EPERM },
  { name: 'uselib', errno: EPERM },
  { name: 'vhangup', errno: EPERM },
  { name: 'nfsservctl', errno: EPERM },
  { name: '_sysctl', errno: EPERM },
  { name: 'sethostname', errno: EPERM },
  { name: 'setdomainname', errno: EPERM },
];

// Numbers from the kernel's uapi headers (asm/unistd_64.h for x86-64, asm-generic/unistd.h for arm64).
const syscallNumbers: Record<SeccompArch, Record<string, number>> = {
  x64: {
    ptrace: 101,
    process_vm_readv: 310,
    process_vm_writev: 311,
    pidfd_getfd: 438,
    kcmp: 312,
    mount: 165,
    umount2: 166,
    pivot_root: 155,
    chroot: 161,
    move_mount: 429,
    open_tree: 428,
    fsopen: 430,
    fsconfig: 431,
    fsmount: 432,
    fspick: 433,
    mount_setattr: 442,
    unshare: 272,
    setns: 308,
    clone: 56,
    clone3: 435,
    keyctl: 250,
    add_key: 248,
    request_key: 249,
    bpf: 321,
    perf_event_open: 298,
    userfaultfd: 323,
    io_uring_setup: 425,
    io_uring_enter: 426,
    io_uring_register: 427,
    open_by_handle_at: 304,
    name_to_handle_at: 303,
    fanotify_init: 300,
    lookup_dcookie: 212,
    syslog: 103,
    personality: 135,
    ioctl: 16,
    kexec_load: 246,
    kexec_file_load: 320,
    reboot: 169,
    swapon: 167,
    swapoff: 168,
    init_module: 175,
    finit_module: 313,
    delete_module: 176,
    create_module: 174,
    get_kernel_syms: 177,
    query_module: 178,
    acct: 163,
    quotactl: 179,
    quotactl_fd: 443,
    iopl: 172,
    ioperm: 173,
    settimeofday: 164,
    clock_settime: 227,
    clock_adjtime: 305,
    adjtimex: 159,
    uselib: 134,
    vhangup: 153,
    nfsservctl: 180,
    _sysctl: 156,
    sethostname: 170,
    setdomainname: 171,
  },
  arm64: {
    ptrace: 117,
    process_vm_readv: 270,
    process_vm_writev: 271,
    pidfd_getfd: 438,
    kcmp: 272,
    mount: 40,
    umount2: 39,
    pivot_root: 41,
    chroot: 51,
    move_mount: 429,
    open_tree: 428,
    fsopen: 430,
    fsconfig: 431,
    fsmount: 432,
    fspick: 433,
    mount_setattr: 442,
    unshare: 97,
    setns: 268,
    clone: 220,
    clone3: 435,
    keyctl: 219,
    add_key: 217,
    request_key: 218,
    bpf: 280,
    perf_event_open: 241,
    userfaultfd: 282,
    io_uring_setup: 425,
    io_uring_enter: 426,
    io_uring_register: 427,
    open_by_handle_at: 265,
    name_to_handle_at: 264,
    fanotify_init: 262,
    lookup_dcookie: 18,
    syslog: 116,
    personality: 92,
    ioctl: 29,
    kexec_load: 104,
    kexec_file_load: 294,
    reboot: 142,
    swapon: 224,
    swapoff: 225,
    init_module: 105,
    finit_module: 273,
    delete_module: 106,
    acct: 89,
    quotactl: 60,
    quotactl_fd: 443,
    settimeofday: 170,
    clock_settime: 112,
    clock_adjtime: 266,
    adjtimex: 171,
    vhangup: 58,
    nfsservctl: 42,
    sethostname: 161,
    setdomainname: 162,
  },
};

const AUDIT_ARCH: Record<SeccompArch, number> = { x64: 0xc000003e, arm64: 0xc00000b7 };
// x32 syscalls on x86-64 carry this bit; they would slip past a table of x86-64 numbers.
const X32_SYSCALL_BIT = 0x40000000;

// Classic BPF opcodes and seccomp return actions (linux/filter.h, linux/seccomp.h).
const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;
const RET_KILL_PROCESS = 0x80000000;
const RET_ALLOW = 0x7fff0000;
const retErrno = (errno: number) => 0x00050000 | (errno & 0xffff);

// struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6]. Little-endian hosts,
// so the low 32 bits of args[i] sit at 16 + 8 * i.
const OFFSET_NR = 0;
const OFFSET_ARCH = 4;
const argLow = (index: number) => 16 + 8 * index;

type Instruction = { code: number; jt: number; jf: number; k: number };
const op = (code: number, k: number, jt = 0, jf = 0): Instruction => ({ code, jt, jf, k: k >>> 0 });

export function seccompArch(arch: string = process.arch): SeccompArch | undefined {
  return arch === 'x64' || arch === 'arm64' ? arch : undefined;
}

/** The names of the syscalls the filter denies (or restricts by argument) on this architecture. */
export function deniedSyscalls(arch: SeccompArch): string[] {
  return rules.map((rule) => rule.name).filter((name) => syscallNumbers[arch][name] !== undefined);
}

function ruleInstructions(rule: Rule, nr: number): Instruction[] {
  const deny = op(RET_K, retErrno(rule.errno));
  const allow = op(RET_K, RET_ALLOW);
  if (!('arg' in rule)) return [op(JEQ_K, nr, 0, 1), deny];
  let body: Instruction[];
  if ('anyBits' in rule) {
    body = [op(LD_W_ABS, argLow(rule.arg)), op(JSET_K, rule.anyBits, 0, 1), deny, allow];
  } else {
    // A chain of equality tests: a hit jumps to `onMatch`, falling off the end lands on `onMiss`.
    const values = 'denyValues' in rule ? rule.denyValues : rule.allowValues;
    const [onMiss, onMatch] = 'denyValues' in rule ? [allow, deny] : [deny, allow];
    body = [
      op(LD_W_ABS, argLow(rule.arg)),
      ...values.map((value, index) => op(JEQ_K, value, values.length - index, 0)),
      onMiss,
      onMatch,
    ];
  }
  // The syscall matched: the body decides and returns. Otherwise skip the body; the accumulator still holds nr.
  return [op(JEQ_K, nr, 0, body.length), ...body];
}

/** The filter as the raw bytes of a `struct sock_filter[]`, ready to hand to `bwrap --seccomp FD`. */
export function buildSeccompFilter(arch: SeccompArch): Buffer {
  const numbers = syscallNumbers[arch];
  const program: Instruction[] = [
    op(LD_W_ABS, OFFSET_ARCH),
    // Another ABI (32-bit x86 through int 0x80, arm32 compat) would be judged by the wrong table: kill it.
    op(JEQ_K, AUDIT_ARCH[arch], 1, 0),
    op(RET_K, RET_KILL_PROCESS),
    op(LD_W_ABS, OFFSET_NR),
  ];
  if (arch === 'x64') program.push(op(JGE_K, X32_SYSCALL_BIT, 0, 1), op(RET_K, retErrno(EPERM)));
  for (const rule of rules) {
    const nr = numbers[rule.name];
    if (nr !== undefined) program.push(...ruleInstructions(rule, nr));
  }
  program.push(op(RET_K, RET_ALLOW));

  const bytes = Buffer.alloc(program.length * 8);
  program.forEach((instruction, index) => {
    if (instruction.jt > 255 || instruction.jf > 255) throw new Error('seccomp: jump out of range');
    bytes.writeUInt16LE(instruction.code, index * 8);
    bytes.writeUInt8(instruction.jt, index * 8 + 2);
    bytes.writeUInt8(instruction.jf, index * 8 + 3);
    bytes.writeUInt32LE(instruction.k, index * 8 + 4);
  });
  return bytes;
}
