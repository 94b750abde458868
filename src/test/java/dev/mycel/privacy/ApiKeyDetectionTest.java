package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Provider keys and tokens by their prefixes, the AWS secret in its assignment, Bearer tokens; and their lookalikes. */
class ApiKeyDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "aws_access_key_id = ⟦AKIAIOSFODNN7EXAMPLE⟧",
        "temporary ⟦ASIAY34FZKBOKMUTVV7A⟧ from STS",
        "aws_secret_access_key = ⟦wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟧",
        "\"SecretAccessKey\": \"⟦je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY⟧\"",
        "GITHUB_TOKEN=⟦ghp_1234567890abcdefghijABCDEFGHIJ123456⟧",
        "oauth ⟦gho_16C7e42F292c6912E7710c838347Ae178B4a⟧ and app ⟦ghs_abcdefghijklmnopqrstuvwxyz0123456789⟧",
        "fine-grained ⟦github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEF⟧",
        "gitlab ⟦glpat-xYz123AbC456dEf789Gh⟧",
        "slack bot ⟦xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx⟧, user ⟦xoxp-1234-5678-9012-abcdefabcdef⟧",
        "stripe ⟦sk_live_4eC39HqLyjWDarjtT1zdp7dc⟧, restricted ⟦rk_live_51H8xyzABCDEFGHIJKLMN0pq⟧",
        "maps key=⟦AIzaSyD-1234567890abcdefghijklmnopqrstu⟧&callback=init",
        "openai ⟦sk-proj-abc123def456ghi789jkl012mno345⟧ legacy ⟦sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL⟧",
        "anthropic ⟦sk-ant-api03-abcdefghijklmnop1234567890_QRSTUVwx-yz⟧",
        "//registry.npmjs.org/:_authToken=⟦npm_abcdefghijklmnopqrstuvwxyz0123456789⟧",
        "password = ⟦pypi-AgEIcHlwaS5vcmcCJGE0ZDk1YjQ1LWI2ZGQtNDg4Ni1hMjQ4LTk0NjM3ZGM0NmEzNgACKlszLCJmNmI⟧",
        "twilio sid ⟦AC0123456789abcdef0123456789abcdef⟧ key ⟦SK0123456789abcdef0123456789abcdef⟧",
        "sendgrid ⟦SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG⟧",
        "hf ⟦hf_abcdefghijklmnopqrstuvwxyz01234567⟧",
        "Authorization: Bearer ⟦abcdef1234567890abcdef⟧",
        "curl -H 'authorization: bearer ⟦0b79bab50daca910b000d4f1a2b675d604257e42⟧' https://api.example.com",
        "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=⟦Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==⟧;EndpointSuffix=core.windows.net",
        "google oauth ⟦GOCSPX-abcdefghijklmnopqrstuvwxyz12⟧",
        "mailchimp ⟦0123456789abcdef0123456789abcdef-us12⟧",
        "telegram bot ⟦123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9⟧",
        "webhook https://hooks.slack.com/services/⟦T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX⟧",
    })
    void finds_keys(String marked) {
        Marked.finds(PiiType.API_KEY, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AKIA is AWS's prefix; AKIASHORT is too short",
        "css class sk-button-primary-large-size and task_live_update",
        "ghp_ alone, or ghp_short",
        "Bearer authentication uses the Authorization header: Bearer <token>",
        "the token type is Bearer YOUR_TOKEN_HERE",
        "ACCOUNT ACME SKIPPED, ACcounts",
        "import sklearn; sk-learn is not a key",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    })
    void leaves_lookalikes(String text) {
        Marked.clean(text);
    }
}
