package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.config.Places;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.policy.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code chat}: one turn of the session's conversation. {@code provider} picks the routing
 * mode for this turn (default: {@code [ai] provider}); {@code cwd} is where relative paths and
 * code start (default: the home directory). One turn at a time per session.
 */
final class ChatMethod {
    record ChatParams(String message, @Params.Omittable String provider, @Params.Omittable String cwd) {
    }

    private final Conversations conversations;
    private final ChatTurn turn;
    private final Mode defaultMode;
    private final Places places;

    ChatMethod(Conversations conversations, ChatTurn turn, Mode defaultMode, Places places) {
        this.conversations = conversations;
        this.turn = turn;
        this.defaultMode = defaultMode;
        this.places = places;
    }

    Reply chat(Call call) {
        return switch (Params.bind(call.params(), ChatParams.class)) {
            case Params.Bound.Bad<ChatParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<ChatParams> ok -> chat(call, ok.value());
        };
    }

    /** {@code surface.list}: the pages the model showed in this session, newest last (the last {@value Conversation#MAX_SURFACES}). */
    Reply surfaces(Call call) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Conversation.Surface s : conversations.of(call.session()).surfaces()) {
            out.addObject().put("id", s.id()).put("title", s.title())
                    .put("bytes", s.html().getBytes(StandardCharsets.UTF_8).length);
        }
        return new Reply.Result(JsonNodeFactory.instance.objectNode().set("surfaces", out));
    }

    private Reply chat(Call call, ChatParams p) {
        if (p.message() == null || p.message().isBlank()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "message is required and must not be empty");
        }
        Optional<Mode> mode = p.provider() == null ? Optional.of(defaultMode) : Mode.parse(p.provider());
        if (mode.isEmpty()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "provider must be " + Mode.NAMES);
        }
        Optional<Path> workDir = ExecMethods.workDir(p.cwd(), places.home());
        if (workDir.isEmpty()) {
            return ExecMethods.badWorkDir();
        }
        Path cwd = workDir.get();
        Conversation conversation = conversations.of(call.session());
        if (!conversation.tryBeginTurn()) {
            return Reply.failure(ErrorCode.INVALID_REQUEST,
                    "a chat turn is already running in this session; wait for its reply, then send the next message");
        }
        try {
            return turn.run(call, conversation, mode.get(), new Context(cwd, places.home(), call.session().label()), p.message());
        } finally {
            conversation.endTurn();
        }
    }
}
