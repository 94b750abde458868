package dev.mycel.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Validator test cases kept as plain text beside the tests: each case starts with a line
 * {@code === rule-id} (or a bare {@code ===} when no finding is expected), then the code.
 * Lines before the first case are a comment.
 */
record ValidatorCases(String file, int index, String expectedRule, String code) {

    static List<ValidatorCases> load(String resource) {
        String text;
        try (InputStream in = ValidatorCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ValidatorCases> cases = new ArrayList<>();
        String[] blocks = ("\n" + text).split("\n===");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int nl = block.indexOf('\n');
            String rule = (nl < 0 ? block : block.substring(0, nl)).strip();
            String code = nl < 0 ? "" : block.substring(nl + 1);
            cases.add(new ValidatorCases(resource, i, rule, code.endsWith("\n") ? code : code + "\n"));
        }
        return cases;
    }

    @Override
    public String toString() {
        String first = code.strip().lines().findFirst().orElse("");
        return "#" + index + " " + (expectedRule.isEmpty() ? "" : expectedRule + " ") + first;
    }
}
