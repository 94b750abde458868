package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme): object members sorted by the UTF-16 code units of their
 * names, no whitespace, strings with the minimal escapes of ECMAScript's JSON.stringify, numbers as
 * ECMAScript prints them. The bytes of a shared pattern are these, so the same content always has
 * the same address and signature, whoever serialised it. Numbers are limited to integers that a
 * double holds exactly (|n| ≤ 2^53): the pattern format needs no others, and refusing them keeps
 * every peer's canonical form identical.
 */
public final class Canonical {
    private static final long MAX_SAFE = 9_007_199_254_740_992L;

    private Canonical() {
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
                // String.compareTo compares UTF-16 code units, which is exactly the order RFC 8785 asks for
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    private static String number(JsonNode node) {
        BigDecimal d = node.decimalValue();
        BigDecimal whole;
        try {
            whole = new BigDecimal(d.toBigIntegerExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("only integers are allowed in a shared pattern, not " + d);
        }
        if (whole.abs().compareTo(BigDecimal.valueOf(MAX_SAFE)) > 0) {
            throw new IllegalArgumentException("integer out of the exactly representable range: " + d);
        }
        return whole.toBigInteger().toString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        throw new IllegalArgumentException("a lone surrogate cannot be canonicalised");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
