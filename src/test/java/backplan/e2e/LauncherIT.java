package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two launchers as a person meets them: the repository's bin/backplan (builds on first use, makes its
 * class-data archive, once, even when started twice at once; never waits for ever on a lock it cannot make or
 * whose owner is gone) and the release's src/dist/bin/backplan (picks a Java), each from a path with spaces,
 * through a symlink, with no Java or too old a Java to run on, in 1 GiB of address space and under the C locale.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Order(3) // among the longest: started first, the other classes run beside it
class LauncherIT {

    @TempDir
    Path tmp;

    /** A checkout of the repository with the jar already built: what the repository launcher needs. */
    private Path checkout(String name, boolean built) throws IOException {
        Path project = Sandbox.project();
        Path root = Files.createDirectories(tmp.resolve(name));
        copy(project.resolve("bin/backplan"), root.resolve("bin/backplan"));
        copy(project.resolve("src/dist/train"), root.resolve("src/dist/train"));
        copy(project.resolve("exercises.yaml"), root.resolve("exercises.yaml"));
        copy(project.resolve("pom.xml"), root.resolve("pom.xml"));
        Files.createDirectories(root.resolve("src/main/java"));
        Instant sourcesTime = Instant.now().minusSeconds(60);
        for (Path p : List.of(root.resolve("exercises.yaml"), root.resolve("pom.xml"), root.resolve("src/main/java"))) {
            Files.setLastModifiedTime(p, FileTime.from(sourcesTime));
        }
        if (built) {
            copy(builtJar(), root.resolve("target/backplan.jar"));
            Files.setLastModifiedTime(root.resolve("target/backplan.jar"), FileTime.from(Instant.now()));
        }
        return root;
    }

    /** An unpacked release without its runtime: the launcher, the jar. */
    private Path release(String name) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(name));
        copy(Sandbox.project().resolve("src/dist/bin/backplan"), root.resolve("bin/backplan"));
        copy(builtJar(), root.resolve("lib/backplan.jar"));
        return root;
    }

    private static Path builtJar() {
        Sandbox.launcher(); // fails clearly when the jar has not been packaged
        return Path.of(System.getProperty("backplan.jar", Sandbox.project().resolve("target/backplan.jar").toString()));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static Path script(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /**
     * A system where no Java is installed: a directory with the commands the launchers use, each a wrapper around
     * the real one (wrappers, not links, so that nothing in the temporary directory points outside it).
     */
    private Path toolsWithoutJava() throws IOException {
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("cat", "cp", "find", "mkdir", "mv", "readlink", "rm", "sed", "sleep", "tr",
                "uname")) {
            Path real = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + tool + " on this system"));
            script(tools.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
        }
        return tools;
    }

    /** A `java` that says it is Java 11, with no release file beside it: only `java -version` can tell. */
    private Path java11() throws IOException {
        Path bin = tmp.resolve("jdk-11/bin");
        script(bin.resolve("java"), """
                #!/bin/sh
                echo 'openjdk version "11.0.22" 2024-01-16' >&2
                echo 'OpenJDK Runtime Environment (build 11.0.22+7)' >&2
                exit 0
                """);
        return bin;
    }

    // ---- the repository launcher ---------------------------------------------------------------------------

    @Test
    void repositoryLauncherRunsFromAPathWithSpacesThroughARelativeSymlink() throws IOException {
        Path root = checkout("a checkout with spaces", true);
        Path link = Files.createDirectories(tmp.resolve("my bin")).resolve("backplan");
        Files.createSymbolicLink(link, Path.of("../a checkout with spaces/bin/backplan"));
        Launch.Result r = new Launch(new Sandbox(tmp)).program(link).run("list", "--category", "glutes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Glutes (glutes)"), r.dump());
        assertEquals("", r.err(), r.dump());
        assertTrue(Files.isRegularFile(root.resolve("target/backplan.jar")));
    }

    @Test
    void twoFirstRunsAtOnceBuildOnceAndMakeOneArchive() throws IOException {
        Path root = checkout("fresh clone", false);
        Path builds = tmp.resolve("builds.log");
        // A stand-in for Maven: notes each build, takes a while, and leaves the real jar where Maven would.
        Path mvn = script(tmp.resolve("fake-mvn"), "#!/bin/sh\n"
                + "echo \"build $$\" >>" + Sandbox.quote(builds.toString()) + "\n"
                + "sleep 2\n"
                + "mkdir -p target && cp " + Sandbox.quote(builtJar().toString()) + " target/backplan.jar\n");
        Sandbox sandbox = new Sandbox(tmp);
        Launch.Running first = new Launch(sandbox).program(root.resolve("bin/backplan"))
                .env("BACKPLAN_MVN", mvn.toString()).env("BACKPLAN_CDS", "auto").start("list", "--category", "abs");
        Launch.Running second = new Launch(sandbox).program(root.resolve("bin/backplan"))
                .env("BACKPLAN_MVN", mvn.toString()).env("BACKPLAN_CDS", "auto").start("list", "--category", "abs");
        Launch.Result a = first.finish(Duration.ofSeconds(120));
        Launch.Result b = second.finish(Duration.ofSeconds(120));

        assertEquals(0, a.code(), a.dump());
        assertEquals(0, b.code(), b.dump());
        assertTrue(a.out().startsWith("Front abs (abs)"), a.dump());
        assertEquals(a.out(), b.out());
        assertEquals(1, Files.readAllLines(builds).size(), "one build for two first runs: " + Files.readAllLines(builds));
        String both = a.err() + b.err();
        assertEquals(1, count(both, "building backplan"), both);
        assertEquals(1, count(both, "making its start-up archive"), both);
        try (Stream<Path> files = Files.list(root.resolve("target/cds"))) {
            List<String> made = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, made.size(), "one archive, nothing left over: " + made);
            assertTrue(made.get(0).matches("\\d+-.+\\.(jsa|aot)"), made.toString());
        }
        assertTrue(Files.notExists(root.resolve("target/.backplan-lock")), "the lock is gone");
    }

    @Test
    void theArchiveIsUsedAndChangesNothingAPersonSees() throws IOException {
        Path root = checkout("checkout", true);
        Path launcher = root.resolve("bin/backplan");
        Sandbox sandbox = new Sandbox(tmp);
        Launch.Result without = new Launch(sandbox).program(launcher).run("list");
        Launch.Result making = new Launch(sandbox).program(launcher).env("BACKPLAN_CDS", "auto").run("list");
        Launch.Result with = new Launch(sandbox).program(launcher).env("BACKPLAN_CDS", "auto").run("list");
        Launch.Result loaded = new Launch(sandbox).program(launcher).env("BACKPLAN_CDS", "auto")
                .env("JAVA_OPTS", "-Xlog:class+load=info:stdout").run("--version");

        assertEquals(0, making.code(), making.dump());
        assertTrue(making.err().contains("making its start-up archive"), making.dump());
        assertEquals(without.out(), making.out(), "the archive changes nothing a person sees");
        assertEquals(without.out(), with.out());
        assertEquals("", with.err(), "made once; no JVM warnings leak into the output");
        assertTrue(loaded.out().contains("backplan.Backplan source: shared objects file"), loaded.dump());
    }

    @Test
    void repositoryLauncherSaysSoWhenThereIsNoJava() throws IOException {
        checkout("checkout", true);
        Launch.Result r = new Launch(new Sandbox(tmp)).program(tmp.resolve("checkout/bin/backplan"))
                .without("JAVA_HOME").env("PATH", toolsWithoutJava().toString()).run("list");
        assertEquals(1, r.code(), r.dump());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("backplan: no Java found: JAVA_HOME is not set and there is no java on the"
                + " PATH; install a JDK 17 or newer"), r.dump());
    }

    @Test
    void repositoryLauncherRefusesJava11WithAClearMessage() throws IOException {
        checkout("checkout", true);
        Path java11 = java11();
        Launch.Result r = new Launch(new Sandbox(tmp)).program(tmp.resolve("checkout/bin/backplan"))
                .without("JAVA_HOME").env("PATH", java11 + ":" + toolsWithoutJava()).run("list");
        assertEquals(1, r.code(), r.dump());
        assertEquals("backplan: needs Java 17 or newer, but " + java11.resolve("java") + " (on the PATH) is Java 11;"
                + " install a JDK 17 or newer, or set JAVA_HOME to one\n", r.err());
    }

    /**
     * A stand-in for Maven that leaves the real jar where Maven would (a build that takes the lock, without the
     * seconds of a real one) and notes each build in {@code builds}.
     */
    private Path fakeMaven(Path builds) throws IOException {
        return script(tmp.resolve("fake-mvn"), "#!/bin/sh\n"
                + "echo \"build $$\" >>" + Sandbox.quote(builds.toString()) + "\n"
                + "mkdir -p target && cp " + Sandbox.quote(builtJar().toString()) + " target/backplan.jar\n");
    }

    @Test
    void aLockLeftWithNoOwnerIsTakenOver() throws IOException {
        // Its owner was killed between making the lock and writing its pid, minutes ago.
        Path root = checkout("checkout", false);
        Path lock = Files.createDirectories(root.resolve("target/.backplan-lock"));
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(300)));
        Path builds = tmp.resolve("builds.log");
        Launch.Result r = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan"))
                .env("BACKPLAN_MVN", fakeMaven(builds).toString()).run("list", "--category", "abs");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Front abs (abs)"), r.dump());
        assertEquals(1, Files.readAllLines(builds).size(), r.dump());
        assertTrue(Files.notExists(lock), "the lock is gone");
    }

    @Test
    void aLockWhoseOwnerIsGoneIsTakenOver() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        // A pid in use again by another program: the lock names its owner's start time (clock ticks after boot),
        // and this one started at another (tick 1, before any of them), so its owner is gone all the same.
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            for (String owner : List.of(ended.pid() + "", other.pid() + " 1")) {
                Path root = checkout("checkout-" + owner.replace(' ', '-'), false);
                Path lock = Files.createDirectories(root.resolve("target/.backplan-lock"));
                Files.writeString(lock.resolve("pid"), owner + "\n");
                Path builds = tmp.resolve("builds-" + owner.replace(' ', '-') + ".log");
                Launch.Result r = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan"))
                        .env("BACKPLAN_MVN", fakeMaven(builds).toString()).run("list", "--category", "abs");
                assertEquals(0, r.code(), "owner " + owner + "\n" + r.dump());
                assertTrue(r.out().startsWith("Front abs (abs)"), r.dump());
                assertEquals(1, Files.readAllLines(builds).size(), r.dump());
                assertTrue(Files.notExists(lock), "the lock is gone");
            }
        } finally {
            other.destroy();
        }
    }

    @Test
    void aTargetThatCannotBeWrittenSaysWhyAndRunsWithoutTheArchive() throws IOException, InterruptedException {
        Path root = checkout("checkout", true);
        Path target = root.resolve("target");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path launcher = asAnotherUser(root.resolve("bin/backplan"));
        assertTrue(new ProcessBuilder(launcher.resolveSibling("probe").toString(), "mkdir",
                target.resolve("probe").toString()).start().waitFor() != 0, "the test's target/ can be written in");
        Launch.Result r = new Launch(new Sandbox(tmp)).program(launcher).env("BACKPLAN_CDS", "auto")
                .run("list", "--category", "glutes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Glutes (glutes)"), r.dump());
        assertTrue(r.err().matches("backplan: cannot write in \\Q" + target + "\\E \\([^)\n]+\\); running without a"
                + " start-up archive\n"), r.dump());

        // With no jar there is nothing to run: said in one line, exit 1, no waiting.
        Path empty = checkout("no jar", false);
        Files.createDirectories(empty.resolve("target"));
        Files.setPosixFilePermissions(empty.resolve("target"), PosixFilePermissions.fromString("r-xr-xr-x"));
        Launch.Result none = new Launch(new Sandbox(tmp)).program(asAnotherUser(empty.resolve("bin/backplan")))
                .run("list");
        assertEquals(1, none.code(), none.dump());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("backplan: cannot build backplan: cannot write in "), none.dump());
    }

    /**
     * A script that runs {@code program} so that a read-only directory is one: as this user where that is not root,
     * else as nobody (root writes through any mode bits). A second script beside it, {@code probe}, runs any
     * command the same way. The temporary directory is opened to others for that.
     */
    private Path asAnotherUser(Path program) throws IOException, InterruptedException {
        String run = "";
        Process id = new ProcessBuilder("id", "-u").start();
        if (new String(id.getInputStream().readAllBytes()).trim().equals("0") && id.waitFor() == 0) {
            run = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path dir = Files.createDirectories(tmp.resolve("as-" + program.getParent().getParent().getFileName()));
        script(dir.resolve("probe"), "#!/bin/sh\nexec " + run + "\"$@\"\n");
        return script(dir.resolve("as-another-user"), "#!/bin/sh\nexec " + run + Sandbox.quote(program.toString())
                + " \"$@\"\n");
    }

    // ---- both launchers ------------------------------------------------------------------------------------

    @Test
    void bothLaunchersRunInOneGibibyteOfAddressSpace() throws IOException {
        Path limited = script(tmp.resolve("limited"), "#!/bin/sh\nulimit -v 1048576 || exit 99\nexec \"$@\"\n");
        Path checkout = checkout("checkout", true).resolve("bin/backplan");
        Path release = release("release").resolve("bin/backplan");
        Sandbox sandbox = new Sandbox(tmp);
        for (Path launcher : List.of(checkout, release)) {
            Launch.Result list = new Launch(sandbox).program(limited).env("BACKPLAN_CDS", "auto")
                    .env("JAVA_HOME", System.getProperty("java.home")).run(launcher.toString(), "list");
            assertEquals(0, list.code(), list.dump());
            assertTrue(list.out().startsWith("Mobility (mobility)"), list.dump());
            Launch.Result version = new Launch(sandbox).program(limited).env("BACKPLAN_CDS", "auto")
                    .env("JAVA_HOME", System.getProperty("java.home")).run(launcher.toString(), "--version");
            assertEquals(0, version.code(), version.dump());
            assertTrue(version.out().startsWith("backplan "), version.dump());
            assertEquals("", version.err(), version.dump());
            // The JVM's own errors (here: a heap larger than the limit, asked for) go to stderr, not into the output.
            Launch.Result tooBig = new Launch(sandbox).program(limited).env("JAVA_OPTS", "-Xmx2g")
                    .env("JAVA_HOME", System.getProperty("java.home")).run(launcher.toString(), "list");
            assertEquals(1, tooBig.code(), tooBig.dump());
            assertEquals("", tooBig.out(), tooBig.dump());
            assertTrue(tooBig.err().contains("Could not reserve enough space"), tooBig.dump());
        }
        // The class-data archive, made under the limit too, is used under it.
        Launch.Result loaded = new Launch(sandbox).program(limited).env("BACKPLAN_CDS", "auto")
                .env("JAVA_OPTS", "-Xlog:class+load=info:stdout").run(checkout.toString(), "--version");
        assertEquals(0, loaded.code(), loaded.dump());
        assertTrue(loaded.out().contains("backplan.Backplan source: shared objects file"), loaded.dump());
    }

    @Test
    void pathsWithANonAsciiNameWorkUnderTheCLocale() throws IOException {
        copy(Sandbox.project().resolve("exercises.yaml"), tmp.resolve("exercises.yaml"));
        // The name is written by the shell, from this UTF-8 script: this test's own JVM may not be able to encode it.
        Path jose = script(tmp.resolve("in-jose"), "#!/bin/sh\n"
                + "# Runs the launcher $1 with the other arguments, @J@ at the start of one standing for a directory\n"
                + "# named jos\u00e9, which also holds the settings (XDG_CONFIG_HOME) and a copy of the catalog.\n"
                + "launcher=$1\n"
                + "shift\n"
                + "dir=" + Sandbox.quote(tmp.toString()) + "/jos\u00e9\n"
                + "mkdir -p \"$dir\" && cp " + Sandbox.quote(tmp.resolve("exercises.yaml").toString()) + " \"$dir/\"\n"
                + "XDG_CONFIG_HOME=$dir/config\n"
                + "export XDG_CONFIG_HOME\n"
                + "for arg; do\n"
                + "    shift\n"
                + "    case $arg in @J@*) arg=$dir${arg#@J@} ;; esac\n"
                + "    set -- \"$@\" \"$arg\"\n"
                + "done\n"
                + "exec \"$launcher\" \"$@\"\n");
        Path checkout = checkout("checkout", true).resolve("bin/backplan");
        Path release = release("release").resolve("bin/backplan");
        Sandbox sandbox = new Sandbox(tmp);
        // LC_ALL=C as cron and containers have it; LANG=POSIX alone as a systemd unit may.
        for (Launch launch : List.of(new Launch(sandbox).program(jose).env("LC_ALL", "C").env("LANG", "C"),
                new Launch(sandbox).program(jose).without("LC_ALL").without("LC_CTYPE").env("LANG", "POSIX"))) {
            for (Path launcher : List.of(checkout, release)) {
                launch.env("JAVA_HOME", System.getProperty("java.home"));
                Launch.Result list = launch.run(launcher.toString(), "--data-dir", "@J@/data", "--catalog",
                        "@J@/exercises.yaml", "list", "--category", "glutes");
                assertEquals(0, list.code(), list.dump());
                assertTrue(list.out().startsWith("Glutes (glutes)"), list.dump());
                Launch.Result plan = launch.run(launcher.toString(), "--data-dir", "@J@/data", "plan", "set",
                        "--per-week", "3");
                assertEquals(0, plan.code(), plan.dump());
                assertTrue(plan.out().contains("/jos\u00e9/data/plan.yaml"), plan.dump());
                Launch.Result config = launch.run(launcher.toString(), "config", "set", "voice", "true");
                assertEquals(0, config.code(), config.dump());
                assertTrue(config.out().contains("/jos\u00e9/config/backplan/"), config.dump());
            }
        }
    }

    // ---- the release's launcher ----------------------------------------------------------------------------

    @Test
    void releaseLauncherRunsOnJavaHomeFromAPathWithSpacesThroughASymlink() throws IOException {
        Path root = release("backplan 1.0 unpacked");
        Path link = Files.createDirectories(tmp.resolve("prefix/bin")).resolve("backplan");
        Files.createSymbolicLink(link, root.resolve("bin/backplan"));
        Launch.Result r = new Launch(new Sandbox(tmp)).program(link).env("JAVA_HOME", System.getProperty("java.home"))
                .run("list", "--category", "glutes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Glutes (glutes)"), r.dump());
        assertEquals("", r.err(), r.dump());
    }

    @Test
    void releaseLauncherPrefersItsBundledRuntime() throws IOException {
        Path root = release("release");
        script(root.resolve("runtime/bin/java"), "#!/bin/sh\necho \"bundled runtime: $*\"\n");
        Launch.Result r = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan"))
                .env("JAVA_HOME", System.getProperty("java.home")).run("list");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("bundled runtime: "), r.dump());
        assertTrue(r.out().endsWith(" -jar " + root.resolve("lib/backplan.jar") + " list\n"), r.dump());
    }

    @Test
    void releaseLauncherSaysSoWhenThereIsNoJava() throws IOException {
        Path root = release("release");
        Launch.Result r = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan")).without("JAVA_HOME")
                .env("PATH", toolsWithoutJava().toString()).run("list");
        assertEquals(1, r.code(), r.dump());
        assertEquals("backplan: no Java found: this installation has no runtime/, JAVA_HOME is not set and there"
                + " is no java on the PATH; install Java 17 or newer, or set JAVA_HOME to one\n", r.err());
    }

    @Test
    void releaseLauncherRefusesJava11WithAClearMessage() throws IOException {
        Path root = release("release");
        Path java11 = java11();
        Launch.Result onPath = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan")).without("JAVA_HOME")
                .env("PATH", java11 + ":" + toolsWithoutJava()).run("list");
        assertEquals(1, onPath.code(), onPath.dump());
        assertEquals("backplan: needs Java 17 or newer, but " + java11.resolve("java") + " (on the PATH) is Java 11;"
                + " install Java 17 or newer, or set JAVA_HOME to one\n", onPath.err());
        Launch.Result home = new Launch(new Sandbox(tmp)).program(root.resolve("bin/backplan"))
                .env("JAVA_HOME", java11.getParent().toString()).run("list");
        assertEquals(1, home.code(), home.dump());
        assertTrue(home.err().contains(" (from JAVA_HOME) is Java 11;"), home.dump());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
