package dev.mycel.policy;

import java.util.List;
import java.util.Set;

/**
 * Python that reaches code or secrets without naming them at the call: modules loaded from a
 * file path (runpy, importlib's spec machinery, sys.path), environment variables that make an
 * interpreter load code later (PYTHONBREAKPOINT, LD_PRELOAD, NODE_OPTIONS), and credential
 * stores read through their own APIs (netrc, keyring, browser cookie jars).
 */
final class PyIndirect {

    private static final Set<String> FILE_LOADERS_FIRST = Set.of("runpy.run_path", "zipimport.zipimporter");
    private static final Set<String> FILE_LOADERS_SECOND = Set.of("imp.load_source", "imp.load_compiled",
            "importlib.util.spec_from_file_location", "importlib.machinery.SourceFileLoader",
            "importlib.machinery.SourcelessFileLoader");
    private static final List<String> CREDENTIAL_APIS = List.of("netrc.netrc", "keyring.get_password",
            "keyring.get_credential", "secretstorage.", "browser_cookie3.", "win32crypt.CryptUnprotectData",
            "pykeepass.PyKeePass", "gnomekeyring.");

    private final Findings out;
    private final ScriptFacts facts;

    PyIndirect(Findings out, ScriptFacts facts) {
        this.out = out;
        this.facts = facts;
    }

    void judge(SyntaxNode call, String ref, PyCallValues.Args a) {
        if (ref == null) {
            return;
        }
        if (FILE_LOADERS_FIRST.contains(ref) || FILE_LOADERS_SECOND.contains(ref)) {
            int at = FILE_LOADERS_FIRST.contains(ref) ? 0 : 1;
            loadsFile(call, a.at(at), PyFiles.argument(call, at), true);
        } else if (ref.equals("sys.path.insert") || ref.equals("sys.path.append")) {
            int at = ref.endsWith("insert") ? 1 : 0;
            loadsFile(call, a.at(at), PyFiles.argument(call, at), false);
        } else if (ref.equals("os.putenv") || ref.equals("os.environ.setdefault")) {
            variable(call, a.at(0));
        } else if (ref.equals("os.environ.update")) {
            variables(call, a.at(0));
        } else if (CREDENTIAL_APIS.stream().anyMatch(c -> c.endsWith(".") ? ref.startsWith(c) : ref.equals(c))) {
            out.add(Rule.CREDENTIAL_READ, call, "reads a credential store through " + ref);
        }
    }

    /**
     * Code loaded from a file runs what no check saw. A download is denied as such; runpy and
     * the importlib loaders are dynamic code whatever the file; sys.path only matters for downloads.
     */
    private void loadsFile(SyntaxNode call, CodeValue path, SyntaxNode node, boolean runsIt) {
        boolean download = facts.isDownload(PyFiles.key(path, node)) || !path.known() && facts.anyDownloadWritten();
        if (download) {
            out.add(Rule.DOWNLOAD_EXEC, call, "loads code from a downloaded file: " + call.text());
        } else if (runsIt) {
            out.add(Rule.DYNAMIC_CODE, call, "runs code from a file, which was not checked: " + call.text());
        }
    }

    /** os.environ["LD_PRELOAD"] = ..., os.putenv("PYTHONBREAKPOINT", ...), env={"NODE_OPTIONS": ...}. */
    void variable(SyntaxNode at, CodeValue name) {
        for (CodeValue c : name.cases()) {
            if (c.known() && Launches.CODE_VARIABLES.contains(c.text())) {
                out.add(Rule.DYNAMIC_IMPORT, at, "sets " + c.text() + ", which makes programs load code: " + at.text());
            }
        }
    }

    /** A whole environment given as a dict literal. */
    void variables(SyntaxNode at, CodeValue environment) {
        if (environment.entries() != null) {
            environment.entries().keySet().forEach(k -> variable(at, CodeValue.literal(k, false)));
        }
    }
}
