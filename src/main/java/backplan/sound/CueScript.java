package backplan.sound;

import backplan.base.Safety;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import backplan.session.StepWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tone and which words go with each moment of a session, as a coach on the floor beside you would say them:
 * the safety line and the posture cue as the session opens; how to get into position, with the exercise's caution;
 * the exercise, set and time as work starts, then its breathing cue; each rep's number; where the switch goes; the
 * rest and the set and side that come next; "halfway" through a long hold; the end and the question that follows.
 *
 * <p>No phrase is cut off by another: each is written to fit before the next one is due (a short rest says less
 * than a long one), the last three seconds are counted aloud only while nothing else is being said (the tones
 * count them otherwise), and a get-ready or a switch too short for its words is made longer when the session is
 * built ({@link #words}). Lengths are estimated with {@link SpokenLength} at the voice's pace.
 *
 * <p>A pure function of the session's events, apart from the little it remembers between them (whether this
 * step's halfway was said, which exercises were cut short, until when the last phrase is being said), so whole
 * sessions can be checked under a fake clock.
 */
public final class CueScript {

    /** A hold this long gets a "halfway". */
    static final int HALFWAY_FROM_SECONDS = 30;
    /** Steps this long count down their last three seconds. */
    static final int COUNTDOWN_FROM_SECONDS = 5;
    /** Paced sets this long say the breathing cue again halfway. */
    static final int BREATHING_AGAIN_FROM_REPS = 4;

    /** The breathing of a paced rep where the exercise's own words are too long for one rep. */
    static final String BREATHE_BACK = "breathe out coming back";
    static final String LAST_REP = "last one";
    /** What the pain question after a session asks, said as the session ends. */
    static final String PAIN_QUESTION = "How is your back now? Type a number from 0 to 10.";

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    private final SpokenLength length;
    private final boolean asksAtTheEnd;

    private int halfwayCuedAt = -1;
    private final Set<Integer> cutShort = new HashSet<>();
    /** The step the last phrase was said in (-1: none since), and the second of that step it should end by. */
    private int saidIn = -1;
    private double saidUntil;
    /** The step whose last three seconds the voice is counting, or -1. */
    private int countingIn = -1;

    public CueScript() {
        this(SpokenLength.NORMAL, false);
    }

    /**
     * @param length        how long phrases take at the voice's pace
     * @param asksAtTheEnd  the pain question follows the session on screen: the last words announce it
     */
    public CueScript(SpokenLength length, boolean asksAtTheEnd) {
        this.length = length;
        this.asksAtTheEnd = asksAtTheEnd;
    }

    /** The lengths of the words said as each step starts, for the session builder to fit get-readies and switches. */
    public static StepWords words(SpokenLength length) {
        return (routine, index) -> {
            String words = opening(routine, index);
            return words == null ? 0 : length.seconds(words);
        };
    }

    /**
     * The cue for an event.
     *
     * @param tonesAudible whether tones are heard now: where they are not, the voice counts "3, 2, 1" itself
     */
    public Cue next(SessionEvent event, SessionState s, boolean tonesAudible) {
        Cue cue = switch (event) {
            case START, REDRAW, CLOCK, RATED -> Cue.NONE;
            case STEP -> step(s);
            case TICK -> tick(s, tonesAudible);
            case REP -> Cue.of(Tone.REP_OUT, rep(s));
            case EXHALE -> Cue.of(Tone.EXHALE, null); // the tones mark in and out; the voice says the numbers
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
        if (cue.hush()) {
            saidIn = -1;
        } else if (cue.phrase() != null && !s.finished()) {
            saidIn = s.stepIndex();
            saidUntil = secondIn(s) + length.seconds(cue.phrase());
        }
        return cue;
    }

    /** Seconds into the current step: of its length, or spent in a set ended by hand. */
    private static double secondIn(SessionState s) {
        return s.step().manual() ? s.secondsLeft() : s.stepSeconds() - s.secondsLeft();
    }

    /** Whether the last phrase said is over by now. */
    private boolean quiet(SessionState s) {
        return saidIn != s.stepIndex() || saidUntil <= secondIn(s);
    }

    private Cue step(SessionState s) {
        halfwayCuedAt = -1;
        Tone tone = switch (s.step().kind()) {
            case GET_READY -> Tone.GET_READY;
            case WORK -> Tone.WORK;
            case SWITCH -> Tone.SWITCH;
            case REST, NEXT -> Tone.REST;
        };
        return Cue.of(tone, fitting(variants(s.routine(), s.stepIndex(), s.stepSeconds()), room(s)));
    }

    /** The longest of the phrases (fullest first) that is said before the next one is due, else the shortest. */
    private String fitting(List<String> variants, double seconds) {
        for (String v : variants) {
            if (length.seconds(v) <= seconds) {
                return v;
            }
        }
        return variants.get(variants.size() - 1);
    }

    /** Seconds from the start of the step to the next phrase: the next rep, the halfway, or the next step. */
    private static double room(SessionState s) {
        Step step = s.step();
        if (step.manual()) {
            return Double.MAX_VALUE; // it waits for the person
        }
        if (paced(step) && step.reps() > 1) {
            return s.routine().tempo().repSeconds();
        }
        if (step.isWork() && s.stepSeconds() >= HALFWAY_FROM_SECONDS) {
            return s.stepSeconds() - s.stepSeconds() / 2; // the tick that says "halfway"
        }
        return s.stepSeconds();
    }

    /** The words that open step {@code index} in full: what a get-ready or a switch is made long enough for. */
    static String opening(Routine routine, int index) {
        List<String> all = variants(routine, index, routine.steps().get(index).seconds());
        return all.get(0);
    }

    /** What can be said as a step starts, the fullest first, each shorter one leaving out what matters least. */
    private static List<String> variants(Routine routine, int index, int seconds) {
        Step step = routine.steps().get(index);
        RoutineExercise p = routine.exerciseOf(step);
        return switch (step.kind()) {
            case GET_READY -> List.of(getReady(routine, index));
            case WORK -> work(routine, index, seconds);
            case SWITCH -> List.of("switch: " + sideMeaning(p, Side.RIGHT));
            case REST -> {
                String set = "set " + step.set() + " of " + p.sets();
                String side = p.perSide() ? ", " + sideMeaning(p, Side.LEFT) : "";
                List<String> said = new ArrayList<>(List.of("rest " + duration(seconds) + ", next: " + set + side,
                        "rest, then " + set + side,
                        set + side));
                if (p.perSide()) {
                    said.add(sideMeaning(p, Side.LEFT)); // back to the first side matters more than the number
                }
                said.addAll(List.of(set, "rest"));
                yield said;
            }
            case NEXT -> {
                String name = spoken(p.exercise().name());
                yield List.of("rest " + duration(seconds) + ", next: " + name, "next: " + name, "rest");
            }
        };
    }

    /**
     * How to get into position: as the session opens, the safety line and the day's posture cue first; then the
     * exercise, the side it starts on, its level, the sets of a paced exercise, its first form cue and its
     * caution; and when the step waits for the person, how to start.
     */
    private static String getReady(Routine routine, int index) {
        Step step = routine.steps().get(index);
        RoutineExercise p = routine.exerciseOf(step);
        Exercise e = p.exercise();
        StringBuilder sb = new StringBuilder();
        if (index == 0) {
            sb.append(Safety.SHARP_PAIN).append(' ');
            sentence(sb.append("Posture: ").append(lowerFirst(spoken(routine.postureCue())))).append(' ');
        }
        sb.append(sb.length() == 0 ? "get ready: " : "Get ready: ").append(spoken(e.name()));
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
        if (p.byReps() && routine.steps().stream().anyMatch(st -> st.exercise() == step.exercise() && paced(st))) {
            sentence(sb.append(' ').append(p.sets()).append(p.sets() == 1 ? " set of " : " sets of ")
                    .append(p.reps()).append(" reps").append(p.perSide() ? " a side" : ""));
        }
        e.cues().stream().findFirst().ifPresent(cue -> sentence(sb.append(' ').append(spoken(cue))));
        e.cautionNote().ifPresent(c -> sentence(sb.append(" Caution: ").append(lowerFirst(spoken(c)))));
        if (step.manual()) {
            sb.append(" Press space when you are ready.");
        }
        return sb.toString();
    }

    /**
     * "Dead Bug, set 2 of 3, 45 seconds. Breathe out as you …". The second side of a set, straight after its
     * switch, needs only the side and the time; where there is no switch step the switch is said here. A paced set
     * starts on its first rep: "one", and the breathing cue.
     */
    private static List<String> work(Routine routine, int index, int seconds) {
        Step step = routine.steps().get(index);
        RoutineExercise p = routine.exerciseOf(step);
        Step before = index > 0 ? routine.steps().get(index - 1) : null;
        boolean secondSide = step.side() == Side.RIGHT && before != null && before.exercise() == step.exercise()
                && (before.kind() == StepKind.SWITCH || before.isWork());
        boolean switchHere = secondSide && before.isWork(); // no switch step: the work says it
        String lead = switchHere ? "switch: " : "";
        String breathing = spoken(p.exercise().breathing());
        List<String> out = new ArrayList<>();
        if (paced(step)) {
            String one = number(1, step.reps());
            String first = switchHere ? "switch: " + sideMeaning(p, Side.RIGHT) + ". " : "";
            out.add(first + sentence(new StringBuilder(one)) + " " + sentence(new StringBuilder(breathing)));
            out.add(first + one + ", " + BREATHE_BACK + ".");
            out.add(first + one);
            out.add(one);
            return out;
        }
        List<String> parts = new ArrayList<>();
        if (!secondSide) {
            parts.add(spoken(p.exercise().name()));
            if (p.sets() > 1) {
                parts.add("set " + step.set() + " of " + p.sets());
            }
        }
        if (step.side() != Side.BOTH) {
            parts.add(sideMeaning(p, step.side()));
        }
        String what = String.join(", ", parts);
        String how = step.manual() ? step.reps() + " reps, at your own pace" : duration(seconds);
        String said = lead + sentence(new StringBuilder(what.isEmpty() ? how : what + ", " + how));
        out.add(said + " " + sentence(new StringBuilder(breathing)));
        out.add(said);
        if (!what.isEmpty()) {
            out.add(lead + sentence(new StringBuilder(what)));
        }
        out.add(switchHere ? "switch" : secondSide ? sideMeaning(p, step.side()) : "go");
        return out;
    }

    /** A paced rep's number, and halfway through the set the breathing cue again, as far as the rep leaves time. */
    private String rep(SessionState s) {
        Step step = s.step();
        if (!paced(step) || s.rep() < 2) {
            return null;
        }
        String number = number(s.rep(), step.reps());
        double room = s.routine().tempo().repSeconds();
        if (s.rep() == halfwayRep(step.reps())) {
            String breathing = spoken(s.exercise().exercise().breathing());
            return fitting(List.of(sentence(new StringBuilder(number)) + " " + sentence(new StringBuilder(breathing)),
                    number + ", " + BREATHE_BACK + ".", number), room);
        }
        return number;
    }

    /** The rep that starts the second half of a set, or -1 for a set too short to need the breathing again. */
    static int halfwayRep(int reps) {
        return reps >= BREATHING_AGAIN_FROM_REPS ? reps / 2 + 1 : -1;
    }

    /** "one", "two", … and "last one" for the last rep of a set longer than one. */
    static String number(int rep, int reps) {
        if (rep == reps && reps > 1) {
            return LAST_REP;
        }
        return rep < NUMBERS.size() ? NUMBERS.get(rep) : Integer.toString(rep);
    }

    private Cue tick(SessionState s, boolean tonesAudible) {
        Step step = s.step();
        if (step.manual() || paced(step)) {
            return Cue.NONE; // reps keep their own rhythm; a count-down on top would muddle it
        }
        int left = s.secondsLeft();
        if (left >= 1 && left <= 3 && s.stepSeconds() >= COUNTDOWN_FROM_SECONDS) {
            // the voice counts only into silence, and the whole count or none: a phrase still being said as the
            // count begins is never cut by a number, and "one" alone would be no count
            if (left == 3 || countingIn != s.stepIndex()) {
                countingIn = !tonesAudible && left == 3 && quiet(s) ? s.stepIndex() : -1;
            }
            String count = countingIn == s.stepIndex() && quiet(s) ? NUMBERS.get(left) : null;
            return Cue.of(left == 1 ? Tone.PIP_LAST : Tone.PIP, count);
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
        String said = "session complete, " + done + " of " + total + (total == 1 ? " exercise" : " exercises");
        return Cue.of(Tone.END, asksAtTheEnd ? said + ". " + PAIN_QUESTION : said);
    }

    private static boolean paced(Step step) {
        return step.isWork() && step.reps() > 0 && !step.manual();
    }

    /** What a side means for this exercise ("left ankle crossed on top"), as the screen says it. */
    static String sideMeaning(RoutineExercise p, Side side) {
        return spoken(p.sideLabel(side));
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
