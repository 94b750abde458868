package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The tools Mycel offers every model, defined once; each provider only changes the envelope
 * its vendor wants around the same JSON schemas. Every schema is closed
 * ({@code additionalProperties: false}) so a model that invents an argument is told so by the
 * vendor's validator where there is one, and by the runtime's checks where there is not.
 */
public final class Tools {
    public static final String RUN_CODE = "run_code";
    public static final String READ_FILE = "read_file";
    public static final String WRITE_FILE = "write_file";
    public static final String DELETE_FILE = "delete_file";
    public static final String LIST_DIRECTORY = "list_directory";
    public static final String SHOW_SURFACE = "show_surface";

    private static final String PATH = "Absolute path, ~/ for the home directory, or relative to the working directory.";

    private static final List<ToolDefinition> ALL = List.of(
            tool(RUN_CODE, "Run a program in Mycel's sandbox (no network, private home and /tmp) and get its "
                            + "exit code and output. Dangerous programs are refused or need the user's confirmation.",
                    schema(new String[] {"language", "code"},
                            choice("language", "The language of the program.", "bash", "python", "javascript"),
                            prop("code", "string", "The whole program text."),
                            strings("args", "Arguments the program gets (argv); pass values here, never spliced into the code."),
                            env(),
                            strings("reads", "Files or folders outside the working directory the program needs to read "
                                    + "(" + PATH + "); they are visible read-only."),
                            strings("writes", "Files the program creates or overwrites (" + PATH + "); "
                                    + "nothing else is writable. Each needs the user's policy to allow the write."),
                            strings("facts", "Host facts the program gets as tab-separated text in an environment "
                                    + "variable (the sandbox cannot see host processes or sockets): processes "
                                    + "(MYCEL_PROCESSES) or listening (MYCEL_LISTENING)."))),
            tool(READ_FILE, "Read a text file the user's policy allows.",
                    schema(new String[] {"path"}, prop("path", "string", PATH))),
            tool(WRITE_FILE, "Create or replace a text file, or add to its end; the user may be asked to confirm.",
                    schema(new String[] {"path", "content"},
                            prop("path", "string", PATH),
                            prop("content", "string", "The complete new content of the file, or the text to add."),
                            prop("append", "boolean", "true: add content to the end of the file instead of replacing it."))),
            tool(DELETE_FILE, "Delete one file (or an empty directory); the user may be asked to confirm.",
                    schema(new String[] {"path"}, prop("path", "string", PATH))),
            tool(LIST_DIRECTORY, "List the entries of a directory.",
                    schema(new String[] {"path"}, prop("path", "string", PATH))),
            tool(SHOW_SURFACE, "Show the user an interface: a self-contained HTML page in Mycel's web UI, in a "
                            + "sandboxed frame with no network at all (inline styles and data: images only). A static "
                            + "page is sanitized and runs no script. An interactive page may run inline script; it can "
                            + "ask for something on the user's behalf only with "
                            + "parent.postMessage({mycel: 1, kind: 'ask', text: '...'}, '*'), which arrives as a chat message.",
                    schema(new String[] {"title", "html"},
                            prop("title", "string", "A short title for the page."),
                            prop("html", "string", "The complete HTML document."),
                            prop("interactive", "boolean", "Let the page run its own script (default false)."))));

    private Tools() {
    }

    /** All six tools, in a fixed order so that requests are byte-for-byte repeatable. */
    public static List<ToolDefinition> all() {
        return ALL;
    }

    public static Optional<ToolDefinition> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static ToolDefinition tool(String name, String description, ObjectNode schema) {
        return new ToolDefinition(name, description, schema);
    }

    private static ObjectNode prop(String name, String type, String description) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("type", type).put("description", description);
        return JsonNodeFactory.instance.objectNode().set(name, p);
    }

    private static ObjectNode strings(String name, String description) {
        ObjectNode outer = prop(name, "array", description);
        ((ObjectNode) outer.get(name)).putObject("items").put("type", "string");
        return outer;
    }

    private static ObjectNode env() {
        ObjectNode outer = prop("env", "object", "Environment variables for the program, name to value.");
        ((ObjectNode) outer.get("env")).putObject("additionalProperties").put("type", "string");
        return outer;
    }

    private static ObjectNode choice(String name, String description, String... values) {
        ObjectNode outer = prop(name, "string", description);
        var allowed = ((ObjectNode) outer.get(name)).putArray("enum");
        for (String v : values) {
            allowed.add(v);
        }
        return outer;
    }

    /** Each {@code props} element is a one-entry object {name: schema}; merged in order. */
    private static ObjectNode schema(String[] required, ObjectNode... props) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", "object");
        ObjectNode properties = s.putObject("properties");
        for (ObjectNode p : props) {
            properties.setAll(p);
        }
        var req = s.putArray("required");
        for (String r : required) {
            req.add(r);
        }
        s.put("additionalProperties", false);
        return s;
    }
}
