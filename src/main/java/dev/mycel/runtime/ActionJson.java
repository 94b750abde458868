package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.policy.Action;

/** An action as clients see it in {@code action.pending} and in chat results. */
final class ActionJson {
    private ActionJson() {
    }

    static ObjectNode of(Action action) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        switch (action) {
            case Action.RunCode r -> o.put("kind", "run_code").put("language", r.language().wireName())
                    .put("code", r.code()).put("workDir", r.workDir().toString());
            case Action.ReadFile f -> o.put("kind", "read_file").put("path", f.path().toString());
            case Action.WriteFile f -> o.put("kind", "write_file").put("path", f.path().toString())
                    .put("bytes", f.sizeBytes()).put("append", f.append());
            case Action.DeleteFile f -> o.put("kind", "delete_file").put("path", f.path().toString());
            case Action.ListDirectory f -> o.put("kind", "list_directory").put("path", f.path().toString());
            case Action.ShowSurface s -> o.put("kind", "show_surface").put("title", s.title()).put("bytes", s.htmlBytes());
        }
        return o;
    }
}
