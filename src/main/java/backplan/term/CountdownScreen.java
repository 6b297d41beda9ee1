package backplan.term;

import backplan.base.Safety;
import backplan.catalog.Seconds;
import backplan.session.RoutineExercise;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import backplan.text.AsciiWriter;
import backplan.text.SessionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws the live session screen as a pure function of the state and the terminal size, so it can be tested at any
 * size without a terminal. Made to be read from a mat two metres away: the countdown takes the largest block
 * digits the free space allows, centred in it, and keeps priority over cues and bars at every size.
 */
public final class CountdownScreen implements Frames {

    /** Below this the screen is one line, the seconds first. */
    static final int COMPACT_HEIGHT = 4;
    static final int COMPACT_WIDTH = 24;
    /** Guidance lines kept under the digits before the digits may grow. */
    private static final int GUIDANCE_KEPT = 6;
    /** Digits this tall are big enough: rows beyond go to every cue. */
    private static final int ROOMY_DIGITS = 20;
    /** What a get-ready that waits shows instead of digits counting up. */
    static final String READY = " READY? PRESS SPACE ";
    private static final String READY_SHORT = " READY? SPACE ";
    /** The largest pixel, in rows: more would not be easier to read, only crowd out the words. */
    private static final int MAX_ROWS_PER_PIXEL = 8;

    private final boolean color;
    private final boolean ascii;
    private final FigurePanel figures;

    public CountdownScreen(boolean color) {
        this(color, false, false);
    }

    /**
     * @param ascii   draw with ASCII look-alikes, for a locale that cannot show block characters
     * @param figures show the exercise's moving figure beside the digits where there is room
     */
    public CountdownScreen(boolean color, boolean ascii, boolean figures) {
        this.color = color;
        this.ascii = ascii;
        this.figures = figures ? new FigurePanel(ascii) : null;
    }

    /** The screen at a state, its figure where the state's whole seconds put it. */
    @Override
    public List<AttributedString> render(SessionState s, int width, int height) {
        return render(s, width, height, FigurePanel.secondsIn(s));
    }

    /**
     * The screen at a state, its figure {@code secondsIn} seconds into the step (finer than the state's whole
     * seconds, so the live view can move the figure between ticks).
     */
    @Override
    public List<AttributedString> render(SessionState s, int width, int height, double secondsIn) {
        List<AttributedString> lines = draw(s, width, height, secondsIn);
        return ascii ? lines.stream().map(CountdownScreen::toAscii).toList() : lines;
    }

    /** Whether the screen at this state shows a figure that moves, so the view should redraw between ticks. */
    @Override
    public boolean moves(SessionState s) {
        return figures != null && figures.moves(s);
    }

    /**
     * A frame with every cell's colors swapped, blank cells included, so the whole screen flashes: the flash of
     * {@code --flash}, for a room where sound is off.
     */
    static List<AttributedString> inverted(List<AttributedString> lines, int width, int height) {
        List<AttributedString> out = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            AttributedString line = r < lines.size() ? lines.get(r) : AttributedString.EMPTY;
            AttributedStringBuilder b = new AttributedStringBuilder();
            for (int i = 0; i < line.length(); i++) {
                b.style(line.styleAt(i).inverseNeg()).append(line.charAt(i));
            }
            b.style(AttributedStyle.DEFAULT.inverse()).append(" ".repeat(Math.max(0, width - 1 - line.columnLength())));
            out.add(b.toAttributedString());
        }
        return out;
    }

    /** Replaces each non-ASCII mark by its look-alike, keeping the style of every cell. */
    static AttributedString toAscii(AttributedString line) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < line.length(); i++) {
            String r = AsciiWriter.replacement(line.charAt(i));
            b.style(line.styleAt(i)).append(r == null ? String.valueOf(line.charAt(i)) : r);
        }
        return b.toAttributedString();
    }

    private List<AttributedString> draw(SessionState s, int width, int height, double secondsIn) {
        if (width < 1 || height < 1) {
            return List.of();
        }
        if (height < COMPACT_HEIGHT || width < COMPACT_WIDTH) {
            return List.of(fit(oneLine(s, width), width));
        }
        List<AttributedString> big = withDigits(s, width, height, secondsIn);
        return big != null ? big : compact(s, width, height);
    }

    /**
     * How the rows are shared, from the airiest to the tightest: each has lines it always keeps; the guidance gets
     * what it needs up to a few lines, and the digits every row left, never fewer than their smallest font.
     *
     * @param header   the category, exercise count and session clock on top
     * @param blanks   an empty row above the digits and around the step bar
     * @param bar      the session's progress bar above the keys
     */
    private record Layout(boolean header, boolean blanks, boolean bar, int fewestDigitRows) {

        /** Rows taken by everything but the digits and the guidance. */
        int fixedRows() {
            int title = 2; // the exercise and the phase line
            int stepBar = 1;
            int footer = 1;
            return title + stepBar + footer + (header ? 1 : 0) + (blanks ? 3 : 0) + (bar ? 1 : 0);
        }
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout(true, true, true, BlockFont.HEIGHT),
            new Layout(true, false, true, BlockFont.HEIGHT),
            new Layout(true, false, true, BlockFont.FEWEST_ROWS),
            new Layout(false, false, false, BlockFont.FEWEST_ROWS));

    /**
     * The screen with big digits (or, for a get-ready that waits, the words that say so) in every row the other
     * lines leave free; null where not even the smallest digits fit.
     */
    private List<AttributedString> withDigits(SessionState s, int width, int height, double secondsIn) {
        AttributedString phase = phaseLine(s, false, true);
        List<AttributedString> guidance = new ArrayList<>();
        Step step = s.step();
        if (phase.columnLength() > width - 1 && step.side() != Side.BOTH) {
            // the side would be cut off the phase line: it leads the words under the digits instead
            phase = phaseLine(s, false, false);
            guidance.addAll(wrap(new AttributedString(" " + s.exercise().sideLabel(step.side()), style().bold()),
                    width - 1));
        }
        for (AttributedString g : guidance(s)) {
            guidance.addAll(wrap(g, width - 1));
        }
        boolean ready = waitingToStart(s);
        for (Layout layout : LAYOUTS) {
            int free = height - layout.fixedRows();
            int leastText = Math.min(guidance.size(), layout.blanks() ? 2 : 1);
            // a big screen shows every cue when the digits keep twenty rows; others keep a few
            int most = free - guidance.size() >= ROOMY_DIGITS ? guidance.size()
                    : Math.min(guidance.size(), GUIDANCE_KEPT);
            for (int kept = most; kept >= leastText; kept--) {
                int rows = free - kept;
                if (rows < layout.fewestDigitRows()) {
                    continue;
                }
                Block block = ready ? Block.ready(s, width - 2, rows)
                        : Block.digits(clockText(s), longestClock(s), width - 2, rows);
                if (block == null) {
                    break; // too narrow: fewer guidance lines would not make it wider
                }
                // rows the digits could not use (a narrow terminal keeps them in shape) go to the words
                int text = Math.min(guidance.size(), free - block.height());
                return lay(s, layout, block, guidance.subList(0, text), phase, width, height, secondsIn);
            }
        }
        return null;
    }

    private List<AttributedString> lay(SessionState s, Layout layout, Block block, List<AttributedString> text,
            AttributedString phase, int width, int height, double secondsIn) {
        List<AttributedString> out = new ArrayList<>();
        if (layout.header()) {
            out.add(header(s, width));
        }
        out.add(new AttributedString(title(s), style().bold()));
        out.add(phase);
        if (layout.blanks()) {
            out.add(AttributedString.EMPTY); // the digits never touch the phase line
        }
        int spare = height - layout.fixedRows() - block.height() - text.size();
        pad(out, spare / 2);
        out.addAll(block.ready() ? centred(block, s, width) : digitsAndFigure(s, block, width, secondsIn));
        if (layout.blanks()) {
            out.add(AttributedString.EMPTY);
        }
        out.add(bar(stepFraction(s), width - 2, digitStyle(s)));
        if (layout.blanks()) {
            out.add(AttributedString.EMPTY);
        }
        out.addAll(text);
        int bottom = layout.bar() ? 2 : 1;
        pad(out, height - bottom - out.size());
        if (layout.bar()) {
            out.add(sessionBar(s, width));
        }
        out.add(footer(s, width));
        return out.stream().limit(height).map(l -> fit(l, width)).toList();
    }

    /** A get-ready that waits for the person ({@code --wait}): no clock counting up, but what to do. */
    private static boolean waitingToStart(SessionState s) {
        return s.step().manual() && !s.step().isWork();
    }

    /** The words of a get-ready that waits, centred in the rows the digits would take. */
    private List<AttributedString> centred(Block block, SessionState s, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (String row : block.rows()) {
            out.add(center(new AttributedString(row, row.startsWith(" READY") ? phaseStyle(s).inverse().bold()
                    : style().bold()), width));
        }
        return out;
    }

    /**
     * The digits, centred; with a figure where the free columns allow one, the two centred together, the figure
     * as tall as the digits. The figure never takes room from the digits: without room there is none.
     */
    private List<AttributedString> digitsAndFigure(SessionState s, Block digits, int width, double secondsIn) {
        int digitsWidth = digits.rows().get(0).length();
        int gap = 4;
        int figureWidth = Math.min(FigurePanel.WIDEST, width - 2 - digitsWidth - gap);
        List<String> figure = figures == null || figureWidth < FigurePanel.NARROWEST ? List.of()
                : figures.frame(s, secondsIn, figureWidth, digits.height());
        List<AttributedString> out = new ArrayList<>();
        if (figure.isEmpty()) {
            for (String row : digits.rows()) {
                out.add(center(new AttributedString(row, digitStyle(s)), width));
            }
            return out;
        }
        int left = Math.max(0, (width - digitsWidth - gap - figureWidth) / 2);
        for (int r = 0; r < digits.height(); r++) {
            out.add(new AttributedStringBuilder().append(" ".repeat(left))
                    .append(digits.rows().get(r), digitStyle(s)).append(" ".repeat(gap))
                    .append(figure.get(r), style().faint().bold()).toAttributedString());
        }
        return out;
    }

    private static void pad(List<AttributedString> lines, int rows) {
        for (int i = 0; i < rows; i++) {
            lines.add(AttributedString.EMPTY);
        }
    }

    /**
     * What fills the big rows: block digits at the largest size that fits (the same for the whole step, so they
     * never jump), or the words of a get-ready that waits.
     *
     * @param ready the rows are words, not digits
     */
    private record Block(List<String> rows, boolean ready) {

        int height() {
            return rows.size();
        }

        /**
         * The digits in up to {@code height} rows and {@code width} columns, or null when even the smallest do
         * not fit.
         *
         * @param text    what to draw
         * @param longest the widest text the step can show, which sets the size
         */
        static Block digits(String text, String longest, int width, int height) {
            int widest = 1;
            while (BlockFont.width(longest, widest + 1) <= width) {
                widest++;
            }
            if (BlockFont.width(longest, widest) > width || height < BlockFont.FEWEST_ROWS) {
                return null;
            }
            if (height < BlockFont.HEIGHT) {
                // two pixels a row: a pixel half a row high looks square one column wide
                return new Block(BlockFont.inRows(text, 1, BlockFont.FEWEST_ROWS), false);
            }
            // a pixel twice as wide as it is high looks square in a terminal cell; a narrow terminal gets taller
            // pixels, up to twice that, rather than small digits in a tall empty space
            int rows = Math.min(height, BlockFont.HEIGHT * Math.min(widest, MAX_ROWS_PER_PIXEL));
            int columns = Math.max(1, Math.min(widest, (int) Math.round(2.0 * rows / BlockFont.HEIGHT)));
            return new Block(BlockFont.inRows(text, columns, rows), false);
        }

        /** "ready? press space" over the exercise's name, in as many rows as the digits would have. */
        static Block ready(SessionState s, int width, int height) {
            String prompt = READY.length() <= width ? READY : READY_SHORT;
            String name = " " + s.exercise().exercise().name();
            List<String> words = height >= 3 ? List.of(prompt, "", name) : height == 2 ? List.of(prompt, name)
                    : List.of(prompt);
            List<String> rows = new ArrayList<>();
            int top = (height - words.size()) / 2;
            for (int i = 0; i < height; i++) {
                int w = i - top;
                rows.add(w >= 0 && w < words.size() ? words.get(w) : "");
            }
            return new Block(rows, true);
        }
    }

    private List<AttributedString> compact(SessionState s, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        AttributedString phase = phaseLine(s, true, true);
        boolean sideApart = phase.columnLength() > width - 1 && s.step().side() != Side.BOTH
                && s.step().kind() != StepKind.SWITCH;
        lines.add(sideApart ? phaseLine(s, true, false) : phase);
        lines.add(new AttributedString(title(s), style().bold()));
        Step step = s.step();
        if (sideApart) {
            // the side would be cut off the phase line: it gets a line of its own
            lines.addAll(wrap(new AttributedString(" " + s.exercise().sideLabel(step.side()), style().bold()),
                    width - 1));
        }
        lines.add(bar(stepFraction(s), width - 2, digitStyle(s)));
        for (AttributedString g : guidance(s)) {
            lines.addAll(wrap(g, width - 1));
        }
        List<AttributedString> bottom = List.of(sessionBar(s, width), footer(s, width));
        List<AttributedString> out = new ArrayList<>();
        int room = Math.max(1, height - bottom.size());
        lines.stream().limit(room).map(l -> fit(l, width)).forEach(out::add);
        pad(out, height - bottom.size() - out.size());
        // The keys stay known even on the smallest screen: the footer goes last, the session bar only if room.
        if (height - out.size() >= 2) {
            out.add(fit(bottom.get(0), width));
        }
        out.add(fit(bottom.get(1), width));
        return out.stream().limit(height).toList();
    }

    /** Breaks a styled line at spaces, the rest indented under its first word, so a cue stays readable. */
    static List<AttributedString> wrap(AttributedString line, int width) {
        List<AttributedString> out = new ArrayList<>();
        String whole = line.toString();
        int indent = 0;
        while (indent < whole.length() && (whole.charAt(indent) == ' ' || whole.charAt(indent) == '·'
                || whole.charAt(indent) == '!')) {
            indent++;
        }
        String hanging = " ".repeat(Math.min(indent + 1, Math.max(1, width / 4)));
        AttributedString rest = line;
        while (rest.columnLength() > width && width > 10) {
            String text = rest.toString();
            int cut = text.lastIndexOf(' ', width);
            if (cut <= hanging.length()) {
                cut = width;
            }
            out.add(rest.subSequence(0, cut));
            int next = cut;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            rest = new AttributedStringBuilder().append(hanging).append(rest.subSequence(next, text.length()))
                    .toAttributedString();
        }
        out.add(rest);
        return out;
    }

    /** One line for a tiny terminal: the name is what gives way, marked where it is cut; the count never. */
    private AttributedString oneLine(SessionState s, int width) {
        Step step = s.step();
        String side = step.side() == Side.LEFT ? " L" : step.side() == Side.RIGHT ? " R" : "";
        String set = step.set() > 0 && step.isWork() ? " " + step.set() + "/" + s.exercise().sets()
                : step.kind() == StepKind.REST ? ", then set " + step.set() + "/" + s.exercise().sets() : "";
        String what = step.isWork() ? s.exercise().exercise().name() : phaseLabel(s);
        String flag = s.confirmingQuit() ? " quit? y/n" : s.paused() ? " PAUSED" : "";
        if (waitingToStart(s)) {
            String ready = "ready? space";
            return new AttributedStringBuilder().append(ready, phaseStyle(s).bold()).append(" ")
                    .append(shortened(s.exercise().exercise().name(), width - 1 - ready.length() - 1 - flag.length())
                            + flag).toAttributedString();
        }
        String clock = clockText(s);
        String tail = set + side + flag;
        return new AttributedStringBuilder().append(clock, digitStyle(s).bold()).append(" ")
                .append(shortened(what, width - 1 - clock.length() - 1 - tail.length()) + tail).toAttributedString();
    }

    /** The text in at most {@code room} columns, ending in a mark where it was cut. */
    private String shortened(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        return room <= 1 ? "" : text.substring(0, room - 1).stripTrailing() + (ascii ? "~" : "\u2026");
    }

    private AttributedString header(SessionState s, int width) {
        RoutineExercise p = s.exercise();
        String left = " " + p.exercise().category().title() + " · " + p.exercise().category().part().title();
        String clock = Seconds.clock(s.elapsed()) + (s.paused() ? " paused" : "") + " ";
        String right = "exercise " + (s.step().exercise() + 1) + "/" + s.routine().exercises().size() + "  " + clock;
        if (left.length() + right.length() + 1 > width - 1) {
            left = ""; // narrow: the session's clock matters more than the category's name
            right = right.length() + 1 > width - 1 ? clock : right;
        }
        int pad = Math.max(1, width - left.length() - right.length());
        return new AttributedStringBuilder().append(left, style().faint()).append(" ".repeat(pad))
                .append(right, style().faint()).toAttributedString();
    }

    private String title(SessionState s) {
        RoutineExercise p = s.exercise();
        String name = p.exercise().name() + (p.level() == null ? "" : " · " + p.levelName());
        return switch (s.step().kind()) {
            case NEXT -> " Rest · next: " + name;
            case GET_READY -> " Get ready: " + name;
            default -> " " + name;
        };
    }

    /** The phase word, set count, side and rep; on the compact screen the seconds come first. */
    private AttributedString phaseLine(SessionState s, boolean withClock, boolean withSide) {
        Step step = s.step();
        RoutineExercise p = s.exercise();
        AttributedStringBuilder b = new AttributedStringBuilder().append(" ");
        if (withClock && !waitingToStart(s)) {
            b.append(clockText(s), digitStyle(s).bold()).append(" ");
        }
        b.append(" " + phaseLabel(s).toUpperCase(Locale.ROOT) + " ", phaseStyle(s).inverse().bold());
        if (step.kind() == StepKind.REST) {
            b.append("  after: set " + step.set() + " of " + p.sets()); // the set to come, not the one done
        } else if (step.set() > 0 && step.kind() != StepKind.NEXT) {
            b.append("  set " + step.set() + "/" + p.sets());
        }
        if (waitingToStart(s)) {
            b.append("  ready? press space");
        }
        if (withSide && step.side() != Side.BOTH && step.kind() != StepKind.SWITCH) {
            b.append(" · " + p.sideLabel(step.side()));
        }
        if (step.isWork() && step.reps() > 0) {
            b.append(step.manual() ? " · " + step.reps() + " reps, Enter when done"
                    : " · rep " + Math.max(1, s.rep()) + "/" + step.reps());
        }
        return b.toAttributedString();
    }

    private String phaseLabel(SessionState s) {
        if (s.confirmingQuit()) {
            return "quit?";
        }
        if (s.paused()) {
            return "paused";
        }
        return s.step().kind().label();
    }

    /**
     * What to hear and read during the step: the breathing cue (pulsing on the exhale of a paced rep) and form cues
     * while working; how to get into position, with the safety line and the posture cue as the session opens; what
     * to change at a switch; what comes next during a rest.
     */
    private List<AttributedString> guidance(SessionState s) {
        Step step = s.step();
        RoutineExercise p = s.exercise();
        List<AttributedString> out = new ArrayList<>();
        switch (step.kind()) {
            case WORK -> {
                if (step.reps() > 0 && !step.manual()) {
                    out.add(s.exhale()
                            ? new AttributedString(" ▲ BREATHE OUT · come back ▲ ",
                                    hue(AttributedStyle.CYAN).bold().inverse())
                            : new AttributedString(" · move out slowly ·", style().faint()));
                }
                out.add(new AttributedString(" " + p.exercise().breathing(), hue(AttributedStyle.CYAN)));
                p.exercise().cues().forEach(c -> out.add(new AttributedString("  · " + c, style().faint())));
            }
            case GET_READY -> {
                if (SessionText.opensTheSession(s.routine(), s.stepIndex())) {
                    out.add(new AttributedString(" " + Safety.SHARP_PAIN, hue(AttributedStyle.RED).bold()));
                    out.add(new AttributedString(" Posture: " + s.routine().postureCue(), style().italic()));
                }
                if (p.levelLine() != null) {
                    out.add(new AttributedString(" " + p.levelLine(), style().bold()));
                }
                out.add(new AttributedString(" " + p.format() + " · " + p.exercise().breathing()));
                p.exercise().cues().forEach(c -> out.add(new AttributedString("  · " + c, style().faint())));
                p.exercise().cautionNote().ifPresent(c -> out.add(
                        new AttributedString("  ! " + c, hue(AttributedStyle.YELLOW))));
            }
            case SWITCH -> out.add(new AttributedString(" Switch: " + p.switchCue() + ".", style().bold()));
            case REST -> out.add(new AttributedString(" next: set " + step.set() + " of " + p.sets()
                    + (p.perSide() ? " · " + p.sideLabel(Side.LEFT) : "")));
            case NEXT -> {
                out.add(new AttributedString(" next: " + p.exercise().name() + " · " + p.format()));
                p.exercise().cues().stream().findFirst()
                        .ifPresent(c -> out.add(new AttributedString("  · " + c, style().faint())));
            }
        }
        return out;
    }

    private AttributedString footer(SessionState s, int width) {
        if (s.confirmingQuit()) {
            return new AttributedString(width < 48 ? " Quit? y quit · n go on"
                    : " Quit the session? y = quit · n, Esc or Enter = go on", hue(AttributedStyle.RED).bold());
        }
        if (s.paused()) {
            return new AttributedString(width < 42 ? " Paused · space resume" : " Paused · space resume · s skip · q quit",
                    hue(AttributedStyle.MAGENTA).bold());
        }
        Step step = s.step();
        if (step.manual() && !step.isWork()) {
            return new AttributedString(" space or Enter: start · q quit", style().bold());
        }
        String enter = step.manual() ? "Enter done · " : "";
        String keys = " space pause · s skip · +/- 10 s · " + enter + "q quit";
        if (keys.length() >= width) {
            keys = " spc pause · s skip · " + (enter.isEmpty() ? "" : "⏎ done · ") + "q quit";
        }
        return new AttributedString(keys, style().faint());
    }

    private AttributedString sessionBar(SessionState s, int width) {
        int done = s.doneSeconds();
        int total = Math.max(1, done + s.leftSeconds());
        double fraction = Math.min(1, done / (double) total);
        String label = String.format(Locale.ROOT, " %3d%% · %s left", Math.round(fraction * 100),
                Seconds.clock(Math.max(0, s.leftSeconds())));
        int barWidth = Math.max(4, width - label.length() - 3);
        return new AttributedStringBuilder().append(bar(fraction, barWidth, style().faint()))
                .append(label, style().faint()).toAttributedString();
    }

    private AttributedString bar(double fraction, int width, AttributedStyle fill) {
        int inner = Math.max(1, width - 1);
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * inner);
        return new AttributedStringBuilder().append(" ")
                .append("█".repeat(full), fill)
                .append("░".repeat(inner - full), style().faint())
                .toAttributedString();
    }

    private static double stepFraction(SessionState s) {
        if (s.step().manual() || s.stepSeconds() <= 0) {
            return 0;
        }
        return 1 - s.secondsLeft() / (double) s.stepSeconds();
    }

    private static String clockText(SessionState s) {
        return clock(s.secondsLeft());
    }

    /** The widest the step's clock gets: its full length, or a minute's width for a set counted by hand. */
    private static String longestClock(SessionState s) {
        return clock(s.step().manual() ? Math.max(60, s.secondsLeft()) : Math.max(s.stepSeconds(), s.secondsLeft()));
    }

    private static String clock(int v) {
        return v >= 60 ? (v / 60) + ":" + String.format(Locale.ROOT, "%02d", v % 60) : Integer.toString(v);
    }

    /** The step's own color, turning red for the last three seconds of a timed step. */
    private AttributedStyle digitStyle(SessionState s) {
        boolean closing = !s.paused() && !s.step().manual() && s.secondsLeft() > 0 && s.secondsLeft() <= 3;
        return closing && color ? AttributedStyle.BOLD.foreground(AttributedStyle.RED) : phaseStyle(s);
    }

    /**
     * Colors readable on dark and light themes alike: bold green work, bold cyan rests, bold magenta to get ready
     * or switch; no dark blue, no yellow. Without color, the plain style (bold and inverse still mark the phase).
     */
    private AttributedStyle phaseStyle(SessionState s) {
        if (!color) {
            return AttributedStyle.DEFAULT;
        }
        if (s.paused()) {
            return AttributedStyle.BOLD;
        }
        return switch (s.step().kind()) {
            case WORK -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
            case REST, NEXT -> AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
            case GET_READY, SWITCH -> AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
        };
    }

    private static AttributedStyle style() {
        return AttributedStyle.DEFAULT;
    }

    /** A colored style, or the plain one under NO_COLOR: bold and inverse still mark what matters. */
    private AttributedStyle hue(int colour) {
        return color ? AttributedStyle.DEFAULT.foreground(colour) : AttributedStyle.DEFAULT;
    }

    private static AttributedString center(AttributedString line, int width) {
        int pad = Math.max(0, (width - line.columnLength()) / 2);
        return new AttributedStringBuilder().append(" ".repeat(pad)).append(line).toAttributedString();
    }

    /** Cuts a line to the width, leaving the last column free so no terminal scrolls on the bottom row. */
    static AttributedString fit(AttributedString line, int width) {
        int max = Math.max(0, width - 1);
        return line.columnLength() <= max ? line : line.columnSubSequence(0, max);
    }
}
