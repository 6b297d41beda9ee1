package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog, the README and every file of the program are in backplan's own words: no run of 8 words of the
 * trainer's article appears in them. {@code article-8grams.txt} holds the hashes of the article's runs (not its
 * text); its header says how they were made, and {@link #words} and {@link #hash} follow that recipe.
 */
class OwnWordsTest {

    private static final int RUN = 8;

    private static Set<String> article;

    /** One word of a file and the line it is on. */
    record Word(String text, int line) {}

    @BeforeAll
    static void loadHashes() throws IOException {
        try (InputStream in = OwnWordsTest.class.getResourceAsStream("/article-8grams.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * The header's words: lower-cased, curly apostrophes made straight, split on anything but {@code [a-z0-9']},
     * apostrophes stripped from both ends, empty words dropped. Runs cross line breaks, as the article's did.
     */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int line = 1;
        for (String each : text.split("\n", -1)) {
            String plain = each.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            for (String w : plain.split("[^a-z0-9']+")) {
                String stripped = w.replaceAll("^'+|'+$", "");
                if (!stripped.isEmpty()) {
                    words.add(new Word(stripped, line));
                }
            }
            line++;
        }
        return words;
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 run. */
    static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each run of the text that is also the article's, as {@code FILE:LINE: the eight words}. */
    static List<String> copied(String file, String text, Set<String> hashes) {
        List<Word> words = words(text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            String run = words.subList(i, i + RUN).stream().map(Word::text).collect(Collectors.joining(" "));
            if (hashes.contains(hash(run))) {
                found.add(file + ":" + words.get(i).line() + ": \"" + run + "\"");
            }
        }
        return found;
    }

    /** What the project writes for people to read: the catalog, the README and everything under src/main. */
    static List<Path> ourTexts() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("exercises.yaml"), Path.of("README.md")));
        try (Stream<Path> main = Files.walk(Path.of("src/main"))) {
            main.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void noRunOfEightWordsFromTheArticleInOurTexts() throws IOException {
        List<Path> files = ourTexts();
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            found.addAll(copied(file.toString(), Files.readString(file, StandardCharsets.UTF_8), article));
        }

        assertTrue(files.size() > 50, "only " + files.size() + " files checked: is the working directory the project?");
        assertEquals("", String.join("\n", found), "runs of the article's words; say it in your own words");
    }

    @Test
    void theCheckFindsARunTheIssueQuotesFromTheArticleAcrossALineBreak() {
        // Issue 11 quotes this run of the article as one to reword; it must be caught wherever it appears.
        String text = "cues:\n  - Now LOCK your hips\n    and ribcage to the floor, please.\n";

        assertEquals(List.of("cues.yaml:2: \"lock your hips and ribcage to the floor\""),
                copied("cues.yaml", text, article));
    }

    @Test
    void wordsAndHashesFollowTheHeadersRecipe() {
        List<Word> words = words("\u2019Don\u2019t STOP\u2014'n' cat &\nthe dog, now! Yes");

        assertEquals(List.of("don't", "stop", "n", "cat", "the", "dog", "now", "yes"),
                words.stream().map(Word::text).toList());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), words.stream().map(Word::line).toList());
        assertEquals("c6b30709e1d942fa", hash("don't stop n cat the dog now yes"));
        assertEquals(List.of("x:1: \"don't stop n cat the dog now yes\""), copied("x",
                "\u2019Don\u2019t STOP\u2014'n' cat &\nthe dog, now! Yes", new HashSet<>(Set.of("c6b30709e1d942fa"))));
        assertTrue(article.size() > 1000, "the hashes file holds " + article.size() + " hashes");
    }
}
