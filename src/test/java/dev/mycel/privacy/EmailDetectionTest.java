package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses in mail headers, prose, code and logs; and the many @ signs that are not addresses. */
class EmailDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Contact ⟦jane.doe@example.com⟧ for details.",
        "reply to <⟦k.reese+work@resistance.org⟧>",
        "SARAH ⟦SARAH@EXAMPLE.COM⟧ shouts",
        "uk: ⟦sarah_c@mail.co.uk⟧, de: ⟦m.mueller@firma.de⟧.",
        "mailto:⟦support@shop.example.com⟧?subject=Hi",
        "2024-03-05 10:15:00 INFO login ok user=⟦jane.doe@example.org⟧ from web",
        "{\"email\": \"⟦obrien@example.ie⟧\"}",
        "id,email\n1,⟦first.last@sub.domain.example.com⟧\n",
        "?to=⟦jane@example.com⟧&subject=x",
        "written as ⟦jane [at] example [dot] com⟧ to fool bots",
        "or ⟦bob(at)corp(dot)net⟧",
    })
    void finds_addresses(String marked) {
        Marked.finds(PiiType.EMAIL, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "npm install @types/node @angular/core@15.2.0 lodash@4.17.21",
        "<img src=\"logo@2x.png\"> and icon@3x.webp",
        "@Override public String toString() { return name; }",
        "ping me @jane on chat, cc @ops-team",
        "git clone git@github.com:org/repo.git",
        "user@localhost and root@127.0.0.1",
        "decorators: @dataclass @property @app.route('/x')",
        "a @ b and x@ y and @@ -1,4 +1,5 @@",
        "docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
    })
    void leaves_other_at_signs(String text) {
        Marked.clean(text);
    }
}
