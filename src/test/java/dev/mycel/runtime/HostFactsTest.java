package dev.mycel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.HostFact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFactsTest {

    @Test
    void procAddressesAreReadInTheKernelsByteOrder() {
        assertThat(HostFacts.address("0100007F")).isEqualTo("127.0.0.1");
        assertThat(HostFacts.address("00000000")).isEqualTo("0.0.0.0");
        assertThat(HostFacts.address("00000000000000000000000001000000")).isEqualTo("::1");
        assertThat(HostFacts.address("00000000000000000000000000000000")).isEqualTo("::");
    }

    @Test
    void listeningSocketsComeFromAProcNetTable(@TempDir Path proc) throws Exception {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1
                   1: 0100007F:A2C4 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 4343 1
                """);
        String out = new HostFacts(proc).gather(HostFact.LISTENING);
        assertThat(out).startsWith("proto\taddress\tport\tprocess\n").contains("tcp\t127.0.0.1\t8080\t-\n");
        assertThat(out.lines().count()).isEqualTo(2);
    }

    @Test
    void processesListThisJvmByProgramNameOnly() {
        String out = HostFacts.ofHost().gather(HostFact.PROCESSES);
        assertThat(out).startsWith("pid\tuser\trss_kib\tcpu_percent\tcommand\n");
        String me = out.lines().filter(l -> l.startsWith(ProcessHandle.current().pid() + "\t")).findFirst().orElseThrow();
        assertThat(me.split("\t")).hasSize(5);
        assertThat(me).endsWith("\tjava").doesNotContain("-Xmx");
        assertThat(out.length()).isLessThanOrEqualTo(HostFacts.MAX_BYTES);
    }
}
