package dev.mycel.ipc;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Admits a connection only when the kernel-reported uid of the peer (SO_PEERCRED) is the
 * runtime's own or on the configured allow-list, so loosened file modes alone let no one in.
 */
public final class PeerCheck {
    private final List<Member> allowed;

    private record Member(int uid, UserPrincipal principal) {
    }

    public sealed interface Result {
        record Allowed(String user, int uid) implements Result {
        }

        record Refused(String who) implements Result {
        }
    }

    public PeerCheck(int ownUid, List<Integer> extraUids, UserPrincipalLookupService lookup) throws IOException {
        List<Member> list = new ArrayList<>();
        list.add(new Member(ownUid, lookup.lookupPrincipalByName(Integer.toString(ownUid))));
        for (int uid : extraUids) {
            list.add(new Member(uid, lookup.lookupPrincipalByName(Integer.toString(uid))));
        }
        this.allowed = List.copyOf(list);
    }

    Result check(SocketChannel ch) {
        UnixDomainPrincipal peer;
        try {
            peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
        } catch (IOException | UnsupportedOperationException e) {
            return new Result.Refused("an unidentifiable peer");
        }
        for (Member m : allowed) {
            if (m.principal().equals(peer.user())) {
                return new Result.Allowed(peer.user().getName(), m.uid());
            }
        }
        return new Result.Refused("user " + peer.user().getName());
    }
}
