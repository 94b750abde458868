package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs a validator must survive: snippets cut short or with characters dropped, and seeded noise. */
final class BrokenInput {
    private BrokenInput() {
    }

    /** Ten truncations and ten mangled copies of {@code code}, seeded by the code itself so failures repeat. */
    static List<String> variantsOf(String code) {
        Random random = new Random(code.hashCode());
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            out.add(code.substring(0, code.length() * i / 10));
            StringBuilder mangled = new StringBuilder(code);
            for (int k = 0; k < 3 && mangled.length() > 1; k++) {
                mangled.deleteCharAt(random.nextInt(mangled.length()));
            }
            out.add(mangled.toString());
        }
        return out;
    }

    /** About {@code length} printable characters with a newline now and then. */
    static String noise(int length) {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < length) {
            noise.append((char) (random.nextInt(95) + 32));
            if (random.nextInt(40) == 0) {
                noise.append('\n');
            }
        }
        return noise.toString();
    }
}
