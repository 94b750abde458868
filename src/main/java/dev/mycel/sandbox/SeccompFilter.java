package dev.mycel.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A classic-BPF seccomp program, the sandbox's second wall, in the raw {@code struct sock_filter}
 * form bubblewrap's {@code --seccomp FD} reads. A foreign architecture (e.g. the i386 ABI on an
 * x86_64 kernel) is killed, since its syscall numbers would slip past the checks; the blocked
 * calls fail with EPERM so programs see an ordinary error.
 *
 * <p>Blocked: new Unix-domain sockets (the network namespace does not hide filesystem sockets
 * such as a docker or D-Bus socket; {@code socketpair} stays allowed because an unnamed pair
 * reaches nothing outside and libuv/node need it for child stdio), io_uring (bypasses the
 * filter for the calls it performs), ptrace and process_vm_* (reading other processes), the
 * kernel keyring, bpf, perf events, userfaultfd (a race-widening exploit tool), every mount
 * call, new namespaces (unshare, setns, clone with a CLONE_NEW* flag; clone3 answers ENOSYS
 * because its flags sit behind a pointer BPF cannot read, so libc falls back to clone),
 * file handles (open_by_handle_at escapes bind mounts), kexec, module loading, swap, reboot, acct.
 */
record SeccompFilter(Arch arch, byte[] program) {

    /** An architecture the filter knows: its AUDIT_ARCH value and the syscall numbers. */
    enum Arch {
        X86_64(0xC000003E, 0x4000_0000, new Calls(41, 56, 435, List.of(
                425, 426, 427, 101, 310, 311, 250, 248, 249, 321, 298, 323,
                165, 166, 155, 429, 430, 431, 432, 433, 428, 442, 272, 308,
                246, 320, 175, 313, 176, 167, 168, 169, 163, 303, 304, 172, 173))),
        AARCH64(0xC00000B7, 0, new Calls(198, 220, 435, List.of(
                425, 426, 427, 117, 270, 271, 219, 217, 218, 280, 241, 282,
                40, 39, 41, 429, 430, 431, 432, 433, 428, 442, 97, 268,
                104, 294, 105, 273, 106, 224, 225, 142, 89, 264, 265)));

        final int auditArch;
        /** Syscall numbers at or above this belong to another ABI (x32 on x86_64); 0 when there is none. */
        final int foreignAbiBit;
        final Calls calls;

        Arch(int auditArch, int foreignAbiBit, Calls calls) {
            this.auditArch = auditArch;
            this.foreignAbiBit = foreignAbiBit;
            this.calls = calls;
        }

        static Optional<Arch> host() {
            return switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
                case "amd64", "x86_64" -> Optional.of(X86_64);
                case "aarch64", "arm64" -> Optional.of(AARCH64);
                default -> Optional.empty();
            };
        }
    }

    /** The calls needing an argument check, then the ones always refused. */
    record Calls(int socket, int cloneCall, int clone3, List<Integer> denied) {
    }

    static final int AF_UNIX = 1;
    /** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET. */
    static final int CLONE_NEW_MASK = 0x7E02_0000;
    static final int EPERM = 1;
    static final int ENOSYS = 38;

    private static final short LD_W_ABS = 0x20;
    private static final short JEQ_K = 0x15;
    private static final short JSET_K = 0x45;
    private static final short JGE_K = 0x35;
    private static final short RET_K = 0x06;
    private static final int RET_KILL_PROCESS = 0x8000_0000;
    private static final int RET_ERRNO = 0x0005_0000;
    private static final int RET_ALLOW = 0x7FFF_0000;
    private static final int OFFSET_NR = 0;
    private static final int OFFSET_ARCH = 4;
    /** Low 32 bits of args[0]; both supported architectures are little-endian. */
    private static final int OFFSET_ARG0 = 16;

    static SeccompFilter forArch(Arch arch) {
        List<long[]> ins = new ArrayList<>();
        ins.add(op(LD_W_ABS, 0, 0, OFFSET_ARCH));
        ins.add(op(JEQ_K, 1, 0, arch.auditArch));
        ins.add(op(RET_K, 0, 0, RET_KILL_PROCESS));
        ins.add(op(LD_W_ABS, 0, 0, OFFSET_NR));
        if (arch.foreignAbiBit != 0) {
            ins.add(op(JGE_K, 0, 1, arch.foreignAbiBit));
            ins.add(op(RET_K, 0, 0, RET_ERRNO | EPERM));
        }
        argumentCheck(ins, arch.calls.socket(), JEQ_K, AF_UNIX);
        argumentCheck(ins, arch.calls.cloneCall(), JSET_K, CLONE_NEW_MASK);
        ins.add(op(JEQ_K, 0, 1, arch.calls.clone3()));
        ins.add(op(RET_K, 0, 0, RET_ERRNO | ENOSYS));
        for (int nr : arch.calls.denied()) {
            ins.add(op(JEQ_K, 0, 1, nr));
            ins.add(op(RET_K, 0, 0, RET_ERRNO | EPERM));
        }
        ins.add(op(RET_K, 0, 0, RET_ALLOW));
        return new SeccompFilter(arch, encode(ins));
    }

    /** If the call is {@code nr}: refuse when args[0] matches {@code test k}, else allow (A now holds args[0]). */
    private static void argumentCheck(List<long[]> ins, int nr, short test, int k) {
        ins.add(op(JEQ_K, 0, 4, nr));
        ins.add(op(LD_W_ABS, 0, 0, OFFSET_ARG0));
        ins.add(op(test, 0, 1, k));
        ins.add(op(RET_K, 0, 0, RET_ERRNO | EPERM));
        ins.add(op(RET_K, 0, 0, RET_ALLOW));
    }

    private static long[] op(short code, int jt, int jf, int k) {
        return new long[] {code, jt, jf, k & 0xFFFF_FFFFL};
    }

    private static byte[] encode(List<long[]> ins) {
        ByteBuffer buf = ByteBuffer.allocate(ins.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] i : ins) {
            buf.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt((int) i[3]);
        }
        return buf.array();
    }

    int instructionCount() {
        return program.length / 8;
    }
}
