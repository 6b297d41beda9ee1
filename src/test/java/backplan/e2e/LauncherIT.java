package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** bin/backplan's class-data archive: made on request, checked, used, and never a reason to fail. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {

    @TempDir
    Path tmp;

    private static List<String> archives(Path cache) throws IOException {
        Path dir = cache.resolve("backplan/cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theArchiveIsMadeOnRequestAndTheOutputIsTheSame() throws IOException {
        Sandbox sandbox = new Sandbox(tmp);
        Path cache = Path.of(sandbox.environment().get("XDG_CACHE_HOME"));
        Launch.Result plain = new Launch(sandbox).run("list");
        assertEquals(0, plain.code(), plain.dump());

        Launch.Result first = new Launch(sandbox).env("BACKPLAN_CDS", "now").run("list");
        List<String> made = archives(cache);
        Launch.Result second = new Launch(sandbox).env("BACKPLAN_CDS", "auto").run("list");

        assertEquals(0, first.code(), first.dump());
        assertEquals(plain.out(), first.out(), "the archive changes nothing a person sees");
        assertEquals(plain.out(), second.out());
        assertEquals("", second.err(), "no CDS warnings leak into the output");
        assertTrue(made.stream().anyMatch(n -> n.endsWith(".ok")), "an archive was made and checked: " + made);
        assertTrue(made.stream().noneMatch(n -> n.endsWith(".failed")), "the archive works here: " + made);
    }

    @Test
    void anUnusableCacheDirectoryOnlyMeansRunningWithoutAnArchive() throws IOException {
        Sandbox sandbox = new Sandbox(tmp);
        Path file = tmp.resolve("not-a-dir");
        Files.writeString(file, "x");
        Launch.Result r = new Launch(sandbox).env("XDG_CACHE_HOME", file.toString()).env("BACKPLAN_CDS", "now")
                .run("list", "--category", "glutes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Glutes (glutes)"), r.dump());
    }
}
