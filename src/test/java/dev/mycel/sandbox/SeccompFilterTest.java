package dev.mycel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the generated program on a small classic-BPF interpreter, for both architectures. */
class SeccompFilterTest {
    static final int ALLOW = 0x7FFF_0000;
    static final int EPERM = 0x0005_0001;
    static final int ENOSYS = 0x0005_0026;
    static final int KILL = 0x8000_0000;

    /** Executes the program on a seccomp_data of (nr, arch, args[0]); returns the action. */
    static int eval(byte[] prog, int nr, int arch, long arg0) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, nr).putInt(4, arch).putLong(16, arg0);
        ByteBuffer p = ByteBuffer.wrap(prog).order(ByteOrder.LITTLE_ENDIAN);
        int a = 0;
        for (int pc = 0; pc < prog.length / 8; pc++) {
            int code = p.getShort(pc * 8) & 0xFFFF;
            int jt = p.get(pc * 8 + 2) & 0xFF;
            int jf = p.get(pc * 8 + 3) & 0xFF;
            int k = p.getInt(pc * 8 + 4);
            switch (code) {
                case 0x20 -> a = data.getInt(k);
                case 0x15 -> pc += a == k ? jt : jf;
                case 0x45 -> pc += (a & k) != 0 ? jt : jf;
                case 0x35 -> pc += Integer.compareUnsigned(a, k) >= 0 ? jt : jf;
                case 0x06 -> {
                    return k;
                }
                default -> throw new AssertionError("unexpected opcode " + code);
            }
        }
        throw new AssertionError("fell off the end of the program");
    }

    @ParameterizedTest
    @EnumSource(SeccompFilter.Arch.class)
    void every_denied_call_gets_eperm_and_others_pass(SeccompFilter.Arch arch) {
        byte[] prog = SeccompFilter.forArch(arch).program();
        for (int nr : arch.calls.denied()) {
            assertThat(eval(prog, nr, arch.auditArch, 0)).as("nr %d", nr).isEqualTo(EPERM);
        }
        assertThat(eval(prog, arch.calls.socket(), arch.auditArch, 1)).isEqualTo(EPERM);
        assertThat(eval(prog, arch.calls.socket(), arch.auditArch, 2)).isEqualTo(ALLOW);
        assertThat(eval(prog, arch.calls.cloneCall(), arch.auditArch, 0x01200011L)).isEqualTo(ALLOW);
        assertThat(eval(prog, arch.calls.cloneCall(), arch.auditArch, 0x10000000L | 17)).isEqualTo(EPERM);
        assertThat(eval(prog, arch.calls.clone3(), arch.auditArch, 0)).isEqualTo(ENOSYS);
        assertThat(eval(prog, 0, arch.auditArch, 0)).isEqualTo(ALLOW);
        assertThat(eval(prog, 63, arch.auditArch, 0)).isEqualTo(ALLOW);
    }

    @Test
    void a_foreign_architecture_is_killed_and_x32_refused() {
        byte[] prog = SeccompFilter.forArch(SeccompFilter.Arch.X86_64).program();
        assertThat(eval(prog, 1, 0x4000_0003, 0)).as("i386 ABI").isEqualTo(KILL);
        assertThat(eval(prog, 0x4000_0000 + 39, SeccompFilter.Arch.X86_64.auditArch, 0)).isEqualTo(EPERM);
        byte[] arm = SeccompFilter.forArch(SeccompFilter.Arch.AARCH64).program();
        assertThat(eval(arm, 1, 0x4000_0028, 0)).as("arm32 ABI").isEqualTo(KILL);
    }
}
