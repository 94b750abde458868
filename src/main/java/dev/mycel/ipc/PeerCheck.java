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
    private final List<UserPrincipal> allowed;

    public sealed interface Result {
        record Allowed(String user) implements Result {
        }

        record Refused(String who) implements Result {
        }
    }

    public PeerCheck(int ownUid, List<Integer> extraUids, UserPrincipalLookupService lookup) throws IOException {
        List<UserPrincipal> list = new ArrayList<>();
        list.add(lookup.lookupPrincipalByName(Integer.toString(ownUid)));
        for (int uid : extraUids) {
            list.add(lookup.lookupPrincipalByName(Integer.toString(uid)));
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
        for (UserPrincipal p : allowed) {
            if (p.equals(peer.user())) {
                return new Result.Allowed(peer.user().getName());
            }
        }
        return new Result.Refused("user " + peer.user().getName());
    }
}
