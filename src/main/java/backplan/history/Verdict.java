package backplan.history;

import backplan.catalog.Category;
import backplan.catalog.Seconds;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a session counts toward the plan, and why not, as the history keeps it. The rule that decides is
 * {@code backplan.program.CountingRule}; this record says what a result shows (no set done, a category missing,
 * too little work) in words that read the same however the rule's wording changes.
 *
 * @param why the reason it does not count, or null when it counts
 */
public record Verdict(Reason why, String text, Long prescribedWork) {

    public Verdict(Reason why, String text) {
        this(why, text, null);
    }

    /** Why a session did not count; the key is what the history file and its CSV keep. */
    public enum Reason {
        NO_SET("no-set"),
        CATEGORIES("categories"),
        WORK("work"),
        /** Another session that day counted already: at most one a day does. */
        SAME_DAY("same-day"),
        /** A logged session whose sets were fewer than the plan's. */
        SETS("sets"),
        /** A history line that says it did not count, for a reason this version does not know. */
        OTHER("other");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Reason> fromKey(String key) {
            for (Reason r : values()) {
                if (r.key.equals(key)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    private static final Verdict COUNTS = new Verdict(null, "counts toward the plan");

    public boolean counts() {
        return why == null;
    }

    /** One word or two for a table: {@code yes}, {@code partial}, {@code short}, {@code no set}. */
    public String brief() {
        return why == null ? "yes" : brief(why);
    }

    public static String brief(Reason why) {
        return switch (why) {
            case NO_SET -> "no set";
            case CATEGORIES -> "partial";
            case WORK -> "short";
            case SAME_DAY -> "again today";
            case SETS -> "few sets";
            case OTHER -> "no";
        };
    }

    /** What a {@link #brief} word means, for the line under a table. */
    public static String meaning(Reason why) {
        return switch (why) {
            case NO_SET -> "no set was done";
            case CATEGORIES -> "a category had no set done";
            case WORK -> "under half the planned work was done";
            case SAME_DAY -> "another session that day counted already";
            case SETS -> "a logged session had fewer sets than the plan's";
            case OTHER -> "recorded as not counted";
        };
    }

    /**
     * What the result alone says: whether a set was done, every category had one, and half the planned work was
     * worked. A plan always holds every category (the catalog's first exercise stands in for a category
     * it does not pick, and a session without a plan takes one per category), so every category must have had a
     * set done: a session of a few named exercises is history, not a plan session.
     */
    public static Verdict of(SessionResult r) {
        if (r.setsDone() == 0) {
            return notCounted(Reason.NO_SET, r);
        }
        if (!missing(r).isEmpty()) {
            return notCounted(Reason.CATEGORIES, r);
        }
        if (2L * r.activeSeconds() < plannedWork(r)) {
            return notCounted(Reason.WORK, r);
        }
        return COUNTS;
    }

    /**
     * A verdict as a history line recorded it: the line's word stands, and the words for it are made again from the
     * session, so they read the same however the rule's wording changes.
     */
    static Verdict recorded(boolean counts, Reason why, SessionResult r, Long prescribedWork) {
        if (counts) {
            return COUNTS;
        }
        if (why == Reason.WORK && prescribedWork != null) {
            return shortOf(r, prescribedWork);
        }
        return notCounted(why != null ? why : Reason.OTHER, r);
    }

    /** Counts toward the plan. */
    public static Verdict counted() {
        return COUNTS;
    }

    /**
     * Too little work: under half of {@code prescribedWork}, the seconds of work the plan's prescription asks of the
     * session (whatever the command line changed). The history keeps that number beside the reason.
     */
    public static Verdict shortOf(SessionResult r, long prescribedWork) {
        return new Verdict(Reason.WORK, "only " + Seconds.format(r.activeSeconds()) + " of the "
                + Seconds.format(prescribedWork) + " of work the plan prescribes was done; at least half is needed",
                prescribedWork);
    }

    /** A second session on a day that has one that counts. */
    public static Verdict sameDay() {
        return new Verdict(Reason.SAME_DAY, "a session earlier today counts already; rest days help, so the next one"
                + " counts tomorrow");
    }

    /** A logged session with fewer sets than the plan's: "only 10 of 14 sets …". */
    public static Verdict fewerSets(SessionResult r) {
        return new Verdict(Reason.SETS, "only " + r.setsDone() + " of the " + r.setsPlanned() + " sets the plan"
                + " prescribes were logged; a logged session counts when its sets are the plan's");
    }

    /** No set done, or a category without one: what the result alone shows, or empty. */
    public static java.util.Optional<Verdict> incomplete(SessionResult r) {
        if (r.setsDone() == 0) {
            return java.util.Optional.of(notCounted(Reason.NO_SET, r));
        }
        if (!missing(r).isEmpty()) {
            return java.util.Optional.of(notCounted(Reason.CATEGORIES, r));
        }
        return java.util.Optional.empty();
    }

    private static Verdict notCounted(Reason why, SessionResult r) {
        return new Verdict(why, switch (why) {
            case NO_SET -> "no set was done";
            case CATEGORIES -> {
                List<String> missing = missing(r);
                int all = Category.values().length;
                yield "only " + (all - missing.size()) + " of " + all + " categories had a set done (none in "
                        + String.join(", ", missing) + ")";
            }
            case WORK -> "only " + Seconds.format(r.activeSeconds()) + " of its " + Seconds.format(plannedWork(r))
                    + " of planned work was done; at least half is needed";
            case SAME_DAY -> sameDay().text();
            case SETS -> fewerSets(r).text();
            case OTHER -> "recorded as not counted";
        });
    }

    /** The categories without a set done, in session order. */
    private static List<String> missing(SessionResult r) {
        Set<String> covered = new LinkedHashSet<>();
        for (ExerciseResult e : r.exercises()) {
            if (e.setsDone() > 0) {
                covered.add(e.category().toLowerCase(Locale.ROOT));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : Category.keys()) {
            if (!covered.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /**
     * Seconds of work planned. Sessions recorded before the plan's work was kept hold only sets planned and done
     * and the seconds worked, so there it is estimated: each exercise's work per finished set times its sets
     * planned (a set cut short adds its seconds to the finished ones, so this leans high, toward not counting),
     * never more than the whole session's planned length, which holds the work.
     */
    public static long plannedWork(SessionResult r) {
        long planned = 0;
        boolean estimated = false;
        for (ExerciseResult e : r.exercises()) {
            if (e.plannedWorkSeconds() != null) {
                planned += e.plannedWorkSeconds();
            } else {
                estimated = true;
                planned += e.setsDone() > 0
                        ? Math.round((double) e.workSeconds() * e.setsPlanned() / e.setsDone())
                        : e.workSeconds();
            }
        }
        return estimated && r.plannedSeconds() > 0 ? Math.min(planned, r.plannedSeconds()) : planned;
    }
}
