package dev.mycel.sandbox;

import static dev.mycel.sandbox.SandboxFixture.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * T2: every call the generated seccomp filter refuses, made from inside bubblewrap with raw
 * syscalls. Arguments are chosen so that without the filter the kernel would answer something
 * other than EPERM (success, EFAULT, EBADF, EINVAL) wherever that is possible, so the test sees
 * the filter and not just missing capabilities.
 */
@Tag("T2")
class T2_SeccompTest {
    @TempDir
    Path dir;
    SandboxFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new SandboxFixture(dir);
    }

    /** name → python expression returning (result, errno); x86_64 numbers, the test machine's arch. */
    static final Map<String, String> BLOCKED = new TreeMap<>(Map.ofEntries(
            Map.entry("io_uring_setup", "sc(425, 1, 0)"),
            Map.entry("io_uring_enter", "sc(426, 0, 0, 0, 0, 0)"),
            Map.entry("io_uring_register", "sc(427, 0, 0, 0, 0)"),
            Map.entry("ptrace_traceme", "sc(101, 0, 0, 0, 0)"),
            Map.entry("process_vm_readv", "sc(310, os.getpid(), 0, 0, 0, 0, 0)"),
            Map.entry("process_vm_writev", "sc(311, os.getpid(), 0, 0, 0, 0, 0)"),
            Map.entry("keyctl", "sc(250, 9999, 0, 0, 0, 0)"),
            Map.entry("add_key", "sc(248, 0, 0, 0, 0, 0)"),
            Map.entry("request_key", "sc(249, 0, 0, 0, 0)"),
            Map.entry("bpf", "sc(321, 9999, 0, 0)"),
            Map.entry("perf_event_open", "sc(298, 0, 0, -1, -1, 0)"),
            Map.entry("userfaultfd", "sc(323, 0)"),
            Map.entry("mount", "sc(165, 0, 0, 0, 0, 0)"),
            Map.entry("umount2", "sc(166, 0, 0)"),
            Map.entry("pivot_root", "sc(155, 0, 0)"),
            Map.entry("open_tree", "sc(428, -1, 0, 0)"),
            Map.entry("move_mount", "sc(429, -1, 0, -1, 0, 0)"),
            Map.entry("fsopen", "sc(430, 0, 0)"),
            Map.entry("fsmount", "sc(432, -1, 0, 0)"),
            Map.entry("unshare_nothing", "sc(272, 0)"),
            Map.entry("unshare_user", "sc(272, 0x10000000)"),
            Map.entry("setns", "sc(308, -1, 0)"),
            Map.entry("clone_newnet", "sc(56, 0x40000000 | 17, 0, 0, 0, 0)"),
            Map.entry("kexec_load", "sc(246, 0, 0, 0, 0)"),
            Map.entry("init_module", "sc(175, 0, 0, 0)"),
            Map.entry("finit_module", "sc(313, -1, 0, 0)"),
            Map.entry("open_by_handle_at", "sc(304, -1, 0, 0)"),
            Map.entry("x32_abi_getpid", "sc(0x40000000 + 39)")));

    static final String PRELUDE = """
            import ctypes, os, socket, sys
            libc = ctypes.CDLL(None, use_errno=True)
            libc.syscall.restype = ctypes.c_long
            def sc(nr, *args):
                ctypes.set_errno(0)
                r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
                return (r, ctypes.get_errno())
            """;

    @Test
    void T2_each_blocked_syscall_fails_with_eperm_from_inside() {
        StringBuilder code = new StringBuilder(PRELUDE);
        BLOCKED.forEach((name, call) -> code.append("print('").append(name).append("', *").append(call).append(")\n"));
        var c = completed(f.sandbox("bubblewrap").run(f.command(Language.PYTHON, code.toString())));
        Map<String, String> seen = new TreeMap<>();
        c.stdout().lines().forEach(l -> seen.put(l.split(" ")[0], l.substring(l.indexOf(' ') + 1)));
        Map<String, String> expected = new TreeMap<>();
        BLOCKED.keySet().forEach(k -> expected.put(k, "-1 1"));
        assertThat(seen).as(c.stderr()).isEqualTo(expected);
    }

    @Test
    void T2_new_unix_domain_sockets_are_refused_but_ordinary_calls_work() {
        String code = PRELUDE + """
                try:
                    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    print("unix socket created")
                except PermissionError:
                    print("unix refused")
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); s.close(); print("inet socket ok")
                a, b = socket.socketpair(); a.sendall(b"x"); print("socketpair ok", b.recv(1))
                print("clone3", *sc(435, 0, 0))
                pid = os.fork()
                if pid == 0: os._exit(7)
                print("fork ok", os.waitpid(pid, 0)[1] >> 8)
                import threading; t = threading.Thread(target=lambda: None); t.start(); t.join(); print("thread ok")
                print("getpid ok", os.getpid() > 0)
                """;
        var c = completed(f.sandbox("bubblewrap").run(f.command(Language.PYTHON, code)));
        assertThat(c.stdout()).as(c.stderr()).contains("unix refused", "inet socket ok", "socketpair ok b'x'",
                "clone3 -1 38", "fork ok 7", "thread ok", "getpid ok True");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_a_host_unix_socket_in_view_cannot_be_reached(String backend) throws Exception {
        // A socket under the working dir stands in for /run/docker.sock or a D-Bus bus.
        Path sock = f.work.resolve("daemon.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(sock));
            String code = "import socket, sys\ntry:\n    s = socket.socket(socket.AF_UNIX)\n    s.connect(sys.argv[1])\n"
                    + "    print('CONNECTED')\nexcept OSError as e:\n    print('refused', e.errno)\n";
            var cmd = new SandboxCommand(Language.PYTHON, code, List.of(sock.toString()), Map.of(), f.work, List.of(),
                    java.time.Duration.ofSeconds(10));
            var c = completed(f.sandbox(backend).run(cmd));
            assertThat(c.stdout()).contains("refused").doesNotContain("CONNECTED");
        }
    }
}
