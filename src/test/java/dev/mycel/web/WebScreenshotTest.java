package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.WebSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real UI through a chat turn that raises a confirmation and shows a surface, checks
 * the pieces are on screen, and saves target/screenshots/ui.png for a person to look at.
 */
class WebScreenshotTest {
    private static final FakeBackend BACKEND = new FakeBackend();
    private static WebServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(WebSettings.defaults(), BACKEND);
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        chromium.close();
        server.close();
    }

    @Test
    void theUiShowsAChatAConfirmationCardAndASurface() throws Exception {
        var driver = chromium.driver;
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(server.loginLink().toString());
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("connected"));
        server.publish("Disk usage by folder", """
                <h2>Disk usage</h2>
                <table><tr><th>Folder</th><th>Size</th><th>Files</th></tr>
                <tr><td>~/Downloads</td><td>18.4 GB</td><td>2,114</td></tr>
                <tr><td>~/Videos</td><td>11.2 GB</td><td>87</td></tr>
                <tr><td>~/Projects</td><td>3.1 GB</td><td>40,551</td></tr></table>
                <p><b>Tip:</b> 214 files in Downloads are older than 90 days.</p>
                <script>document.body.textContent='scripts never run in static surfaces'</script>""", SurfaceKind.STATIC);
        wait.until(d -> !d.findElements(By.cssSelector("#surface-view iframe")).isEmpty());
        BACKEND.raisePending = true;
        driver.findElement(By.id("chat-input")).sendKeys("Clean up old files in my Downloads folder");
        driver.findElement(By.id("send")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cards .card")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#cards .card h3")).getText()).contains("Delete 214 files");
        assertThat(driver.findElement(By.cssSelector("#cards .card pre")).getText()).contains("find ~/Downloads");
        assertThat(driver.findElements(By.cssSelector("#cards .findings li"))).hasSize(2);
        wait.until(d -> d.findElements(By.cssSelector("#audit li")).size() == 3);
        Thread.sleep(500);
        Path shot = Path.of("target/screenshots/ui.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.xpath("//button[text()='Approve once']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#messages .message.mycel")).stream()
                .anyMatch(m -> m.getText().contains("needs your approval")));
        assertThat(BACKEND.confirms).extracting(FakeBackend.Confirm::approval).containsExactly(Approval.ONCE);
        Files.write(Path.of("target/screenshots/ui-after-approval.png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
