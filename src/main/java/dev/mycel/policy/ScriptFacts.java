package dev.mycel.policy;

import java.util.HashSet;
import java.util.Set;

/**
 * What a whole python or javascript script does somewhere, which changes what one of its
 * calls means: a shell started by a script that has connected a socket is a remote shell; a
 * file made executable by a script that wrote a download into it is a download being run.
 */
final class ScriptFacts {

    private boolean connects;
    private final Set<String> downloaded = new HashSet<>();
    private final Set<String> written = new HashSet<>();

    /** The script opens a network connection of its own (socket, net.connect). */
    void connects() {
        connects = true;
    }

    boolean connected() {
        return connects;
    }

    void downloadedInto(String file) {
        downloaded.add(key(file));
    }

    boolean isDownload(String file) {
        return file != null && downloaded.contains(key(file));
    }

    boolean anyDownloadWritten() {
        return !downloaded.isEmpty();
    }

    void wrote(String file) {
        written.add(key(file));
    }

    /** A file the script made itself, so removing it again is tidying up. */
    boolean madeByScript(String file) {
        return file != null && written.contains(key(file));
    }

    /** One spelling per file: "./a.sh", "a.sh" and "a.sh/" are the same file. */
    static String key(String file) {
        String k = SensitivePaths.normalise(file);
        while (k.startsWith("./")) {
            k = k.substring(2);
        }
        return k;
    }
}
