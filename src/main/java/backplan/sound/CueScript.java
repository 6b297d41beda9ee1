package backplan.sound;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.session.RoutineExercise;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import backplan.session.Tempo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tone and which words go with each moment of a session, as a coach on the floor beside you would say them:
 * the exercise, set and time as work starts, then its breathing cue; the switch and what it changes; the rest and
 * what comes next; "halfway" through a long hold; the last three seconds; the rhythm of paced reps.
 *
 * <p>A pure function of the session's events, apart from the little it remembers between them (whether this
 * step's halfway was said, which exercises were cut short), so whole sessions can be checked under a fake clock.
 */
public final class CueScript {

    /** A hold this long gets a "halfway". */
    static final int HALFWAY_FROM_SECONDS = 30;
    /** Steps this long count down their last three seconds. */
    static final int COUNTDOWN_FROM_SECONDS = 5;

    /** Speech engines talk at about 175 words a minute, and a process takes a moment to start. */
    private static final double SECONDS_PER_WORD = 60.0 / 175;
    private static final double START_SECONDS = 0.25;
    private static final double PAUSE_SECONDS = 0.2;
    /** Speech must leave a quarter of a half-rep free, or the words trail behind the movement. */
    private static final double FIT = 0.75;

    static final String OUT = "out";
    static final String BREATHE_OUT = "breathe out";

    private int halfwayCuedAt = -1;
    private final Set<Integer> cutShort = new HashSet<>();

    /**
     * The cue for an event.
     *
     * @param tonesAudible whether tones are heard now: where they are not, the voice counts "3, 2, 1" itself
     */
    public Cue next(SessionEvent event, SessionState s, boolean tonesAudible) {
        return switch (event) {
            case START, REDRAW, CLOCK, RATED -> Cue.NONE;
            case STEP -> step(s);
            case TICK -> tick(s, tonesAudible);
            case REP -> Cue.of(Tone.REP_OUT, pacedVoice(s) ? OUT : null);
            case EXHALE -> Cue.of(Tone.EXHALE, pacedVoice(s) && !(s.rep() == 1 && introOverlaps(s))
                    ? BREATHE_OUT : null);
            case PAUSE -> Cue.say("paused");
            case RESUME -> resume(s);
            case SKIP -> {
                if (s.step().isWork()) {
                    cutShort.add(s.step().exercise());
                }
                yield Cue.NONE; // the next step's cue follows at once
            }
            case TIME -> Cue.say(duration(s.secondsLeft()) + " left");
            case ASK_QUIT -> Cue.HUSH; // the person is at the keyboard, deciding
            case END -> end(s);
        };
    }

    private Cue step(SessionState s) {
        Step step = s.step();
        RoutineExercise p = s.exercise();
        halfwayCuedAt = -1;
        return switch (step.kind()) {
            case GET_READY -> Cue.of(Tone.GET_READY, getReady(p, step));
            case WORK -> Cue.of(Tone.WORK, work(s));
            case SWITCH -> Cue.of(Tone.SWITCH, "switch: " + switchInstruction(p));
            case REST -> Cue.of(Tone.REST, "rest " + duration(s.stepSeconds()) + ", next: set " + step.set() + " of "
                    + p.sets());
            case NEXT -> Cue.of(Tone.REST, "rest " + duration(s.stepSeconds()) + ", next: "
                    + spoken(p.exercise().name()));
        };
    }

    /**
     * How to get into position: the exercise, the side it starts on, its level, and its first form cue; and when
     * the step waits for the person, how to start.
     */
    private static String getReady(RoutineExercise p, Step step) {
        Exercise e = p.exercise();
        StringBuilder sb = new StringBuilder("get ready: ").append(spoken(e.name()));
        if (step.side() != Side.BOTH) {
            sb.append(", ").append(sideMeaning(p, step.side()));
        }
        Level level = p.level();
        if (level != null) {
            sb.append(", ").append(spoken(level.name()));
            if (level.description() != null && !level.description().isBlank()) {
                sb.append(": ").append(lowerFirst(spoken(level.description())));
            }
        }
        sentence(sb);
        e.cues().stream().findFirst().ifPresent(cue -> sentence(sb.append(' ').append(spoken(cue))));
        if (step.manual()) {
            sb.append(" Press Enter when you are in position.");
        }
        return sb.toString();
    }

    /**
     * "Dead Bug, set 2 of 3, 45 seconds. Breathe out as you …". The second side of a set, straight after its
     * switch, needs only the side and the time; where there is no switch step the switch is said here.
     */
    private static String work(SessionState s) {
        Step step = s.step();
        RoutineExercise p = s.exercise();
        Step before = s.stepIndex() > 0 ? s.routine().steps().get(s.stepIndex() - 1) : null;
        boolean secondSide = step.side() == Side.RIGHT && before != null && before.exercise() == step.exercise()
                && (before.kind() == StepKind.SWITCH || before.isWork());
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        if (secondSide && before.isWork()) {
            sb.append("switch: ").append(switchInstruction(p)).append(". ");
        }
        if (!secondSide) {
            parts.add(spoken(p.exercise().name()));
            if (p.sets() > 1) {
                parts.add("set " + step.set() + " of " + p.sets());
            }
        }
        if (step.side() != Side.BOTH) {
            parts.add(sideMeaning(p, step.side()));
        }
        if (step.manual()) {
            parts.add(step.reps() + " reps, at your own pace");
        } else if (step.reps() > 0) {
            parts.add(step.reps() + " reps");
        } else {
            parts.add(duration(s.stepSeconds()));
        }
        sentence(sb.append(String.join(", ", parts)));
        if (!(paced(step) && speechFits(s.routine().tempo()))) {
            sb.append(' ').append(spoken(p.exercise().breathing())); // the reps' own words carry it otherwise
        }
        return sentence(sb).toString();
    }

    private Cue tick(SessionState s, boolean tonesAudible) {
        Step step = s.step();
        if (step.manual() || paced(step)) {
            return Cue.NONE; // reps keep their own rhythm; a count-down on top would muddle it
        }
        int left = s.secondsLeft();
        if (left >= 1 && left <= 3 && s.stepSeconds() >= COUNTDOWN_FROM_SECONDS) {
            return Cue.of(left == 1 ? Tone.PIP_LAST : Tone.PIP, tonesAudible ? null : String.valueOf(left));
        }
        if (step.isWork() && s.stepSeconds() >= HALFWAY_FROM_SECONDS && left * 2 <= s.stepSeconds()
                && halfwayCuedAt != s.stepIndex()) {
            halfwayCuedAt = s.stepIndex();
            return Cue.of(Tone.HALFWAY, "halfway");
        }
        return Cue.NONE;
    }

    /** Back from a pause: where we are and how long is left; the go tone when it is work that resumes. */
    private static Cue resume(SessionState s) {
        Step step = s.step();
        if (step.isWork()) {
            return Cue.of(Tone.WORK, step.manual() || step.reps() > 0 ? "and go"
                    : "and go, " + duration(s.secondsLeft()) + " left");
        }
        return Cue.say(step.kind().label() + ", " + duration(s.secondsLeft()) + " left");
    }

    private Cue end(SessionState s) {
        if (!s.finished()) {
            return Cue.HUSH; // stopped early: the person is leaving, not listening
        }
        int total = s.routine().exercises().size();
        int done = total - cutShort.size();
        return Cue.of(Tone.END, "session complete, " + done + " of " + total
                + (total == 1 ? " exercise" : " exercises"));
    }

    private static boolean paced(Step step) {
        return step.isWork() && step.reps() > 0 && !step.manual();
    }

    private static boolean pacedVoice(SessionState s) {
        return paced(s.step()) && speechFits(s.routine().tempo());
    }

    /** Whether "out" fits in the out half of a rep and "breathe out" in the back half, at this tempo. */
    static boolean speechFits(Tempo tempo) {
        return speakingSeconds(OUT) <= tempo.outSeconds() * FIT
                && speakingSeconds(BREATHE_OUT) <= tempo.backSeconds() * FIT;
    }

    /** Whether the set's opening words are likely still being said when its first exhale comes. */
    private static boolean introOverlaps(SessionState s) {
        return speakingSeconds(work(s)) > s.routine().tempo().outSeconds();
    }

    /** A rough length of a phrase when spoken: words at speaking pace, a breath at each comma or stop. */
    static double speakingSeconds(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        long pauses = phrase.chars().filter(c -> c == ',' || c == '.' || c == ':' || c == ';').count();
        return START_SECONDS + words.length * SECONDS_PER_WORD + pauses * PAUSE_SECONDS;
    }

    /** What a side means for this exercise ("left ankle crossed on top"), as the screen says it. */
    static String sideMeaning(RoutineExercise p, Side side) {
        return spoken(p.sideLabel(side));
    }

    /** What to change at the switch ("cross the other leg on top"), as the screen says it. */
    static String switchInstruction(RoutineExercise p) {
        return spoken(p.switchCue());
    }

    /** "45 seconds", "1 minute", "1 minute 30 seconds". */
    static String duration(int seconds) {
        int m = seconds / 60;
        int s = seconds % 60;
        String min = m == 0 ? "" : m + (m == 1 ? " minute" : " minutes");
        String sec = s == 0 && m > 0 ? "" : s + (s == 1 ? " second" : " seconds");
        return (min + " " + sec).trim();
    }

    private static final Pattern ROMAN = Pattern.compile("\\b(level|part) (I{1,3}|IV|V|VI)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI");

    /**
     * Catalog text as a speech engine should read it: "Level II" as "level 2" (not "level eye eye"), a slash or a
     * dash as a pause, no doubled stops.
     */
    static String spoken(String text) {
        Matcher m = ROMAN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = NUMERALS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
            m.appendReplacement(sb, m.group(1) + " " + n);
        }
        m.appendTail(sb);
        return sb.toString()
                .replaceAll("\\s*[/–—]\\s*", ", ")
                .replaceAll("\\s+", " ")
                .replaceAll("[.]+$", "")
                .strip();
    }

    private static StringBuilder sentence(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        if (end > 0 && ".!?".indexOf(sb.charAt(end - 1)) < 0) {
            sb.append('.');
        }
        return sb;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
