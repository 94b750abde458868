package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import dev.mycel.runtime.ChatFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole road in a real browser: headless Chromium logs in with a link from {@code ui.login},
 * the person types, a real runtime asks its (loopback fake) model, the model shows a surface and
 * proposes a deletion, the card is approved in the page, the file goes. Saves
 * target/screenshots/ui-runtime.png with the chat, the card and the surface on screen.
 */
class RuntimeUiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Chromium chromium;

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();

    @BeforeAll
    static void openBrowser() throws Exception {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        chromium.close();
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private WebDriver loggedIn() throws Exception {
        ChatFixture.configure(rt, fake, "[policy]\nconfirm_timeout_seconds = 60\n");
        rt.start();
        RawClient c = rt.authedClient();
        WebDriver driver = chromium.driver;
        driver.get(c.call("ui.login", null).path("result").path("url").asText());
        wait(driver).until(d -> d.findElement(By.id("connection")).getText().equals("connected"));
        return driver;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void say(WebDriver driver, String text) {
        driver.findElement(By.id("chat-input")).sendKeys(text);
        driver.findElement(By.id("send")).click();
    }

    @Test
    void aChatShowsASurfaceAndAnApprovedCardDeletesTheFile() throws Exception {
        Path downloads = Files.createDirectories(rt.places().home().resolve("Downloads"));
        Path iso = Files.writeString(downloads.resolve("old-installer.iso"), "x".repeat(4096));
        fake.toolUse("Here is what takes the space. ", "toolu_1", "show_surface", JSON.createObjectNode()
                        .put("title", "Downloads by size").put("html", """
                                <h2>~/Downloads</h2><table><tr><th>File</th><th>Size</th><th>Last opened</th></tr>
                                <tr><td>old-installer.iso</td><td>4.0 KB</td><td>14 months ago</td></tr>
                                <tr><td>photos.zip</td><td>1.2 KB</td><td>last week</td></tr></table>
                                <p><b>Suggestion:</b> the installer has not been opened for over a year.</p>""").toString())
                .toolUse("", "toolu_2", "delete_file", JSON.createObjectNode().put("path", "~/Downloads/old-installer.iso").toString())
                .text("Done: old-installer.iso is deleted.");
        WebDriver driver = loggedIn();
        say(driver, "What fills my Downloads folder? Delete the old installer.");
        wait(driver).until(d -> !d.findElements(By.cssSelector("#surface-view iframe")).isEmpty()
                && d.findElements(By.cssSelector("#cards .card")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#surface-view .surface-title")).getText()).isEqualTo("Downloads by size");
        assertThat(driver.findElement(By.cssSelector("#surface-view iframe")).getAttribute("sandbox")).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#cards .card h3")).getText()).contains("old-installer.iso");
        assertThat(driver.findElement(By.cssSelector("#messages .message.mycel")).getText()).contains("Here is what takes the space.");
        wait(driver).until(d -> !d.findElements(By.cssSelector("#audit li")).isEmpty());
        Thread.sleep(500);
        Path shot = Path.of("target/screenshots/ui-runtime.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(iso).exists();

        driver.findElement(By.xpath("//button[text()='Approve once']")).click();
        wait(driver).until(d -> d.findElements(By.cssSelector("#messages .message.mycel")).stream()
                .anyMatch(m -> m.getText().contains("Done: old-installer.iso is deleted.")));
        wait(driver).until(d -> d.findElements(By.cssSelector("#cards .card")).isEmpty());
        assertThat(iso).doesNotExist();
        assertThat(driver.findElement(By.id("send")).isEnabled()).isTrue();
    }

    @Test
    void anInteractiveSurfacesAskArrivesAsAChatTurnInThePage() throws Exception {
        fake.text("Your Downloads folder holds ", "2 files.");
        WebDriver driver = loggedIn();
        rt.authedClient().call("surface.create", JSON.createObjectNode().put("title", "Ask about Downloads").put("interactive", true)
                .put("html", "<p>asking…</p><script>parent.postMessage({mycel: 1, kind: 'ask', "
                        + "text: 'what is in my Downloads?'}, '*')</script>"));
        wait(driver).until(d -> d.findElements(By.cssSelector("#messages .message.mycel")).stream()
                .anyMatch(m -> m.getText().contains("Your Downloads folder holds 2 files.")));
        assertThat(driver.findElement(By.cssSelector("#surface-view iframe")).getAttribute("sandbox")).isEqualTo("allow-scripts");
        assertThat(driver.findElements(By.cssSelector("#messages .message.note"))).anyMatch(n -> n.getText()
                .contains("Surface “Ask about Downloads” asks: what is in my Downloads?"));
        assertThat(fake.body(0).path("messages").toString()).contains("not typed by the user").contains("what is in my Downloads?");
    }
}
