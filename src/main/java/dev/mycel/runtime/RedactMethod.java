package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.privacy.Pseudonyms;
import dev.mycel.privacy.Redacted;
import dev.mycel.privacy.Redactor;
import dev.mycel.privacy.Span;

/**
 * {@code redact}: the caller's text with its PII replaced by typed placeholders, and where each
 * finding was. Each call numbers its placeholders afresh and keeps nothing: the socket has no
 * {@code restore}, so holding the values after the answer would only be a liability.
 * Spans are UTF-16 offsets into the text as sent.
 */
final class RedactMethod {
    record RedactParams(String text) {
    }

    private final SharedRedactor redactor;

    RedactMethod(SharedRedactor redactor) {
        this.redactor = redactor;
    }

    Reply redact(Call call) {
        return switch (Params.bind(call.params(), RedactParams.class)) {
            case Params.Bound.Bad<RedactParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<RedactParams> ok -> new Reply.Result(json(redactor.get().redact(ok.value().text(), new Pseudonyms())));
        };
    }

    static ObjectNode json(Redacted redacted) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("text", redacted.text());
        ArrayNode findings = out.putArray("findings");
        for (Span s : redacted.findings()) {
            findings.addObject().put("type", s.type().name()).put("start", s.start()).put("end", s.end());
        }
        return out;
    }
}
