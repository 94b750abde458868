package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.config.AiSettings.Mode;
import org.junit.jupiter.api.Test;

/** The interactive chat's line parser and the one-line action report, as plain values. */
class ChatLineTest {
    @Test
    void textIsAMessageAndSlashesAreCommands() {
        assertThat(ChatLine.parse("  list my files ")).isEqualTo(new ChatLine.Message("list my files"));
        assertThat(ChatLine.parse("   ")).isEqualTo(new ChatLine.Blank());
        assertThat(ChatLine.parse("/help")).isEqualTo(new ChatLine.Help());
        assertThat(ChatLine.parse("/exit")).isEqualTo(new ChatLine.Exit());
        assertThat(ChatLine.parse("/status")).isEqualTo(new ChatLine.Status());
        assertThat(ChatLine.parse("/ui")).isEqualTo(new ChatLine.Ui());
        assertThat(ChatLine.parse("/approvals")).isEqualTo(new ChatLine.Approvals());
        assertThat(ChatLine.parse("/revoke p3")).isEqualTo(new ChatLine.Revoke("p3"));
        assertThat(ChatLine.parse("/revoke all")).isEqualTo(new ChatLine.Revoke(null));
        assertThat(ChatLine.parse("/provider LOCAL")).isEqualTo(new ChatLine.Provider(Mode.LOCAL));
        assertThat(ChatLine.parse("/provider")).isEqualTo(new ChatLine.Provider(null));
    }

    @Test
    void wrongCommandsSayWhatIsWrong() {
        assertThat(ChatLine.parse("/revoke")).isInstanceOf(ChatLine.Wrong.class);
        assertThat(ChatLine.parse("/provider mars")).isEqualTo(new ChatLine.Wrong("/provider takes auto, offline, local or cloud, not 'mars'"));
        assertThat(ChatLine.parse("/rm -rf")).isEqualTo(new ChatLine.Wrong("unknown command /rm; /help lists the commands"));
    }

    @Test
    void eachOutcomeHasItsLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(ChatRequest.actionLine(json.readTree("{\"tool\":\"run_code\",\"summary\":\"run bash: ls\",\"outcome\":\"ran\",\"exitCode\":0}")))
                .isEqualTo("✓ ran run bash: ls");
        assertThat(ChatRequest.actionLine(json.readTree("{\"tool\":\"run_code\",\"summary\":\"run bash: false\",\"outcome\":\"ran\",\"exitCode\":1}")))
                .isEqualTo("✓ ran run bash: false (exit 1)");
        assertThat(ChatRequest.actionLine(json.readTree("{\"tool\":\"read_file\",\"summary\":\"read ~/.ssh/id_rsa\",\"outcome\":\"refused\","
                + "\"reason\":\"the path is blocked\"}"))).isEqualTo("✗ refused: the path is blocked");
        assertThat(ChatRequest.actionLine(json.readTree("{\"tool\":\"delete_file\",\"summary\":\"delete x.txt\",\"outcome\":\"declined\"}")))
                .isEqualTo("✗ declined: delete x.txt");
        assertThat(ChatRequest.actionLine(json.readTree("{\"tool\":\"frobnicate\",\"outcome\":\"invalid\",\"reason\":\"unknown tool\"}")))
                .isEqualTo("✗ invalid request from the model: unknown tool");
    }
}
