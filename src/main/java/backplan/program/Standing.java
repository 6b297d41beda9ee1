package backplan.program;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the plan may go on, as a physiotherapist would judge it from what the person reported: a red flag
 * stops everything; pain that went up in a session asks, before the next one, whether it settled; pain that has
 * not settled, got worse, or keeps rising session after session pauses the plan until the person says it
 * settled ({@code plan resume} says so too). Never a diagnosis: only what was reported, and advice to ask a
 * professional.
 *
 * @param reason what was reported, in words, or null when the plan goes on
 * @param flare  the session whose pain asks for a check-in, or null
 */
public record Standing(Kind kind, String reason, Flare flare) {

    /** Where the plan stands. */
    public enum Kind {
        /** Nothing reported stands in the way. */
        READY,
        /** Pain went up in the last session: ask whether it settled before the next one. */
        CHECK_IN,
        /** The plan waits until the person says the pain settled. */
        PAUSED,
        /** A red flag was reported: see a doctor; no session. */
        SEE_CARE
    }

    /** Pain after a session from which the next one first asks whether it settled. */
    public static final int FLARE_AFTER = 6;
    /** A rise during a session from which the next one first asks whether it settled. */
    public static final int FLARE_RISE = 3;

    /** The advice that goes with a pause. */
    public static final String ADVICE = "Pause the routine and check with your doctor or physiotherapist before you"
            + " go on; 'backplan plan resume' goes on once the pain has settled.";

    /** What a session that hurt is told at its end. */
    public static final String STOP_FOR_TODAY = "Stop for today and rest. Pain from exercise like this should"
            + " settle by tomorrow morning; before your next session backplan will ask how your back is. If it has"
            + " not settled, or gets worse, see your doctor or physiotherapist.";

    /**
     * A session whose pain went up enough to ask about it.
     *
     * @param before the rating before it (given, else the last one after), or null
     */
    public record Flare(ZonedDateTime start, ZonedDateTime end, Integer before, int after) {

        /** "your session on Sat 5 Dec ended with pain 7/10 (4 before)". */
        public String describe() {
            return "your session on " + day(start) + " ended with pain " + ratings();
        }

        /** "7/10 (4 before)". */
        public String ratings() {
            return after + "/10" + (before == null ? "" : " (" + before + " before)");
        }
    }

    public static final Standing READY = new Standing(Kind.READY, null, null);

    /** Whether a session's ratings call for a check-in before the next one. */
    public static boolean flared(Integer before, int after) {
        return after >= FLARE_AFTER || (before != null && after - before >= FLARE_RISE);
    }

    /**
     * Where the plan stands on {@code today}.
     *
     * @param checkIns  every check-in, oldest first
     * @param redFlag   whether a red flag was reported and not answered since
     */
    public static Standing of(Progress.Tally tally, List<CheckIn> checkIns, boolean redFlag, Plan plan,
            LocalDate today) {
        if (redFlag) {
            return new Standing(Kind.SEE_CARE, "you said you have one of the symptoms that need a doctor now", null);
        }
        Flare flare = tally.lastFlare();
        if (flare != null) {
            Optional<CheckIn> answer = latestAfter(checkIns, flare.end());
            if (answer.isEmpty()) {
                return new Standing(Kind.CHECK_IN, flare.describe(), flare);
            }
            CheckIn a = answer.get();
            if (!a.answer().lifts()) {
                return new Standing(Kind.PAUSED, "after your session on " + day(flare.start()) + " (pain "
                        + flare.ratings() + "), you said on " + day(a.at()) + " that the pain "
                        + (a.answer() == CheckIn.Answer.WORSE ? "got worse" : "had not settled"), flare);
            }
        }
        // Rising ratings pause the plan; once the person lifts the pause, only a session that hurts more again
        // brings it back, not the same ratings read again.
        Optional<String> rising = tally.painAlert(plan, today);
        ZonedDateTime lifted = checkIns.stream().filter(c -> c.answer().lifts()).map(CheckIn::at)
                .max(ZonedDateTime::compareTo).orElse(null);
        if (rising.isPresent() && (lifted == null || (tally.lastRise() != null && tally.lastRise().isAfter(lifted)))) {
            return new Standing(Kind.PAUSED, "your pain ratings are going up: " + rising.get(), null);
        }
        return READY;
    }

    /** The latest check-in made at or after {@code time}. */
    private static Optional<CheckIn> latestAfter(List<CheckIn> checkIns, ZonedDateTime time) {
        CheckIn latest = null;
        for (CheckIn c : checkIns) {
            if (!c.at().isBefore(time) && (latest == null || !c.at().isBefore(latest.at()))) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether a session may start without a question first. */
    public boolean ready() {
        return kind == Kind.READY;
    }

    /** The whole message for a paused plan: what was reported, then the advice. */
    public String message() {
        return switch (kind) {
            case READY -> "";
            case CHECK_IN -> "Check in first: " + reason + ". Has that pain settled?";
            case PAUSED -> "The plan is paused: " + reason + ". " + ADVICE;
            case SEE_CARE -> "No sessions for now: " + reason + ". Please see a doctor first; 'backplan safety' asks"
                    + " again.";
        };
    }

    /** One short phrase, for a status line: "paused: pain", "check in", "see a doctor". */
    public String brief() {
        return switch (kind) {
            case READY -> "ready";
            case CHECK_IN -> "check in: pain";
            case PAUSED -> "paused: pain";
            case SEE_CARE -> "paused: see a doctor";
        };
    }

    private static String day(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    }
}
