package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords in URLs, and values assigned to secret-named keys in env, ini, YAML, JSON, XML,
 * shell and source code; the key stays readable. Code that only moves a secret around
 * ({@code password = os.environ["X"]}) and settings about secrets ({@code max_tokens}) are left.
 */
class SecretDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "DATABASE_URL=postgres://app_user:⟦Tr0ub4dor&3⟧@db.prod.internal:5432/app",
        "redis://:⟦p4ssw0rd⟧@cache:6379/0",
        "mongodb+srv://admin:⟦S3cr3t%40123⟧@cluster0.mongodb.net/test?retryWrites=true",
        "ftp://anna:⟦p@ss@word⟧@files.example.com/pub",
        "amqp://guest:⟦guest⟧@rabbit:5672/",
        "- DATABASE_URL=postgres://shop:⟦Sh0pDb#2024⟧@db:5432/shop",
    })
    void finds_passwords_in_urls(String marked) {
        Marked.finds(PiiType.URL_PASSWORD, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DB_PASSWORD=⟦hunter2⟧",
        "export SMTP_PASS=\"⟦mail pass 123⟧\"",
        "JWT_SECRET=⟦supersecretvalue⟧\nLOG_LEVEL=debug",
        "[database]\nuser = app\npassword = ⟦S3cure!pass⟧\nport = 5432",
        "database:\n  password: \"⟦p@ss w0rd!⟧\"\n  api_key: ⟦abcd1234efgh5678⟧\n",
        "auth:\n  client_secret: '⟦xyz-789-secret⟧'\n",
        "{\"username\": \"admin\", \"password\": \"⟦hunter2⟧\", \"refresh_token\": \"⟦1//0gAbC-dEf⟧\"}",
        "const config = { clientSecret: \"⟦c-5ecr3t⟧\", dbPassword: '⟦pa55⟧' };",
        "spring.datasource.password=⟦changeme123⟧",
        "mysql -u root --password=⟦r00tpw⟧ -h db",
        "tool --api-key ⟦k3y-value-42⟧ --verbose",
        "<password>⟦xmlSecret1⟧</password>",
        "X-API-Key: ⟦8f14e45fceea167a5a36dedd4bea2543⟧",
        "Authorization: Basic ⟦dXNlcjpwYXNzd29yZA==⟧",
        "curl -u admin:⟦s3cret⟧ https://x.example.com",
        "passphrase: ⟦correct-horse⟧",
        "PIN: ⟦4921⟧",
        "String password = \"⟦letMeIn!⟧\";",
        "password: str = \"⟦typed-default⟧\"",
        "\"{\\\"password\\\": \\\"⟦nested1⟧\\\"}\"",
        "my password is ⟦Tr0ub4dor&3⟧, and the PIN was ⟦4921⟧.",
        "reset link https://app.example.com/reset?token=⟦7c9e6679f4a24d3b⟧ sent",
        "<input type=\"hidden\" name=\"csrf_token\" value=\"⟦a9f8e7d6c5b4a3f2e1d0⟧\">",
    })
    void finds_assigned_secrets(String marked) {
        Marked.finds(PiiType.SECRET, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password = os.environ[\"DB_PASSWORD\"]",
        "password = os.getenv('DB_PASSWORD')",
        "token = self.token",
        "api_key = config.api_key",
        "login(user, password=password, token=token)",
        "if password == confirm_password: pass",
        "self.max_tokens = 4096\nself.token_type = \"bearer\"\npassword_min_length = 12",
        "token: ${GITHUB_TOKEN}\npassword: \"{{ vault_db_password }}\"\nsecret: $SECRET",
        "password: null\ntoken: \"\"\nsecret: ********",
        "interface User { password?: string; token: string; }",
        "\"password\": {\"type\": \"string\", \"minLength\": 8}",
        "bypass = true\ncompass: north\npassport: required",
        "pwd: /home/jane/projects",
        "the password is stored hashed; reset it from the settings page",
        "https://example.com:8443/path?next=/login",
        "postgres://user@localhost/db and postgres://${DB_USER}:${DB_PASS}@db/app",
    })
    void leaves_non_secrets(String text) {
        Marked.clean(text);
    }
}
