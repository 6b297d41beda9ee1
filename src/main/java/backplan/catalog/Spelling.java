package backplan.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" suggestions: the known names within a small edit distance of a mistyped one. */
public final class Spelling {

    private Spelling() {}

    /** The known names closest to {@code typed}, best first, at most three. */
    public static List<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(k -> (Math.abs(k.length() - typed.length()) <= limit && distance(typed, k) <= limit)
                        || (typed.length() >= 3 && k.contains(typed)))
                .sorted(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
                .limit(3)
                .toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code " (did you mean 'x'?)"} or {@code " (did you mean 'x' or 'y'?)"}, or empty. */
    public static String hint(String typed, Collection<String> known) {
        List<String> best = closest(typed, known);
        if (best.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (did you mean ");
        for (int i = 0; i < best.size(); i++) {
            if (i > 0) sb.append(i == best.size() - 1 ? " or " : ", ");
            sb.append('\'').append(best.get(i)).append('\'');
        }
        return sb.append("?)").toString();
    }
}
