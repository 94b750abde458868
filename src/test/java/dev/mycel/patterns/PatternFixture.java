package dev.mycel.patterns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small, exactly known file tree for running the built-in patterns against: sizes, duplicates,
 * names with spaces, a CSV and JSON, logs, empty folders, a git repository and archives. Tests
 * assert exact counts against the numbers written down here.
 */
final class PatternFixture {
    static final String A_TXT = "hello world\nhello mycel\n";
    static final String NOTES = "the cat and the dog\nthe end\n";
    static final String CSV = "name,age,city\nAda,36,London\nLinus,,Helsinki\nGrace,85,\"New York, NY\"\n";
    static final String JSON = "[{\"name\": \"Ada\", \"age\": 36}, {\"name\": \"Linus\", \"tags\": [\"a\", \"b\"]}]";
    static final int BLOB = 3 << 20;
    static final int MEDIUM = 300 << 10;

    final Path home;
    final Path work;
    final Path out;

    PatternFixture(Path base) throws IOException, InterruptedException {
        Path real = base.toRealPath();
        home = Files.createDirectories(real.resolve("home"));
        work = Files.createDirectories(real.resolve("work"));
        out = Files.createDirectories(real.resolve("out"));
        docs();
        sizes();
        logs();
        tree();
        code();
        data();
        compare();
        archives();
        write("odd/-n.txt", "-n\n");
        write("odd/line\nbreak.txt", "x\n");
        Files.createDirectories(work.resolve("links"));
        Files.createSymbolicLink(work.resolve("links/dangling"), work.resolve("links/missing-target"));
        Path ancient = write("old/ancient.txt", "from long ago\n");
        Files.setLastModifiedTime(ancient, FileTime.from(Instant.now().minus(Duration.ofDays(800))));
        repo();
    }

    Path at(String relative) {
        return work.resolve(relative);
    }

    private void docs() throws IOException {
        write("docs/a.txt", A_TXT);
        write("docs/copy of a.txt", A_TXT);
        write("docs/notes.md", NOTES);
    }

    private void sizes() throws IOException {
        Random random = new Random(42);
        byte[] blob = new byte[BLOB];
        random.nextBytes(blob);
        Files.createDirectories(at("big"));
        Files.write(at("big/blob.bin"), blob);
        byte[] medium = new byte[MEDIUM];
        random.nextBytes(medium);
        Files.write(at("big/medium.bin"), medium);
    }

    private void logs() throws IOException {
        StringBuilder log = new StringBuilder();
        while (log.length() < (2 << 20)) {
            log.append("INFO request served in 3 ms\n");
        }
        log.append("WARNING disk is slow\nERROR disk failed\nERROR final failure\n");
        write("logs/app.log", log.toString());
        write("logs/small.log", "INFO started\n");
    }

    private void tree() throws IOException {
        Files.createDirectories(at("tree/empty/nested/deeper"));
        Files.createDirectories(at("tree/hollow"));
        write("tree/full/f.txt", "f\n");
        write("tree/full/zero.txt", "");
    }

    private void code() throws IOException {
        write("code/main.py", "import sys\n\nprint(sys.argv)\nsys.exit(0)\n");
        write("code/util.js", "const a = 1;\nmodule.exports = a;\n");
        write("code/App.java", "class App {\n  public static void main(String[] a) {\n\n  }\n}\n");
    }

    private void data() throws IOException {
        write("data/people.csv", CSV);
        write("data/people.json", JSON);
    }

    private void compare() throws IOException {
        write("cmp/left/same.txt", "same\n");
        write("cmp/right/same.txt", "same\n");
        write("cmp/left/changed.txt", "version one\n");
        write("cmp/right/changed.txt", "version two\n");
        write("cmp/left/only left.txt", "l\n");
        write("cmp/right/onlyright.txt", "r\n");
    }

    private void archives() throws IOException, InterruptedException {
        write("stage/x/one.txt", "one\n");
        write("stage/x/two.txt", "two!\n");
        Files.createDirectories(at("archives"));
        run(at("stage"), "tar", "-cf", at("archives/sample.tar").toString(), "x/one.txt", "x/two.txt");
        try (OutputStream o = Files.newOutputStream(at("archives/sample.zip")); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("one.txt"));
            z.write("one\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private void repo() throws IOException, InterruptedException {
        Path repo = Files.createDirectories(at("repo"));
        git(repo, "init", "-q", "-b", "main");
        write("repo/README.md", "# demo\n");
        git(repo, "add", "README.md");
        git(repo, "commit", "-q", "-m", "first commit");
        write("repo/main.py", "print('hi')\n");
        git(repo, "add", "main.py");
        git(repo, "commit", "-q", "-m", "second commit");
        write("repo/untracked.txt", "not yet added\n");
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test User", "-c",
                "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        run(repo, cmd.toArray(String[]::new));
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + output);
        }
    }

    private Path write(String relative, String content) throws IOException {
        Path p = at(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }
}
