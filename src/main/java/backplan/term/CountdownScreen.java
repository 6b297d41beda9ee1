package backplan.term;

import backplan.catalog.Seconds;
import backplan.session.PlannedExercise;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws the live session screen as a pure function of the state and the terminal size, so it can be tested at any
 * size without a terminal.
 */
public final class CountdownScreen {

    /** Below this height or width the screen falls back to compact lines, then to one line. */
    static final int FULL_HEIGHT = 16;
    static final int FULL_WIDTH = 44;

    private final boolean color;
    private final boolean ascii;

    public CountdownScreen(boolean color) {
        this(color, false);
    }

    /** @param ascii draw with ASCII look-alikes, for a locale that cannot show block characters */
    public CountdownScreen(boolean color, boolean ascii) {
        this.color = color;
        this.ascii = ascii;
    }

    public List<AttributedString> render(SessionState s, int width, int height) {
        List<AttributedString> lines = draw(s, width, height);
        return ascii ? lines.stream().map(CountdownScreen::toAscii).toList() : lines;
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

    private List<AttributedString> draw(SessionState s, int width, int height) {
        if (width < 1 || height < 1) {
            return List.of();
        }
        if (height < 4 || width < 24) {
            return List.of(fit(oneLine(s), width));
        }
        return height < FULL_HEIGHT || width < FULL_WIDTH ? compact(s, width, height) : full(s, width, height);
    }

    private List<AttributedString> full(SessionState s, int width, int height) {
        Step step = s.step();
        PlannedExercise p = s.exercise();
        List<AttributedString> top = new ArrayList<>();
        top.add(header(s, width));
        top.add(AttributedString.EMPTY);
        top.add(new AttributedString(title(s), style().bold()));
        top.add(phaseLine(s));
        top.add(AttributedString.EMPTY);
        int scale = BlockFont.width(clock(s), 2) <= width - 2 ? 2 : 1;
        for (String row : BlockFont.render(clock(s), scale)) {
            top.add(center(new AttributedString(row, phaseStyle(s)), width));
        }
        top.add(AttributedString.EMPTY);
        top.add(bar(stepFraction(s), width - 2, phaseStyle(s)));
        List<AttributedString> middle = new ArrayList<>(guidance(s));
        if (step.isWork() || step.kind() == StepKind.GET_READY || step.kind() == StepKind.NEXT) {
            p.exercise().cues().forEach(c -> middle.add(new AttributedString("  · " + c, style().faint())));
            if (step.kind() != StepKind.WORK) {
                p.exercise().cautionNote().ifPresent(c -> middle.add(
                        new AttributedString("  ! " + c, hue(AttributedStyle.YELLOW))));
            }
        }
        List<AttributedString> bottom = List.of(sessionBar(s, width), footer(s, width));
        List<AttributedString> out = new ArrayList<>(top);
        int room = height - top.size() - bottom.size() - 1;
        if (room > 0) {
            out.add(AttributedString.EMPTY);
            out.addAll(middle.subList(0, Math.min(room - 1, middle.size())));
        }
        while (out.size() < height - bottom.size()) {
            out.add(AttributedString.EMPTY);
        }
        out.addAll(bottom);
        return out.stream().limit(height).map(l -> fit(l, width)).toList();
    }

    private List<AttributedString> compact(SessionState s, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(title(s), style().bold()));
        lines.add(new AttributedStringBuilder().append(phaseLine(s)).append("  ")
                .append(clock(s), phaseStyle(s).bold()).toAttributedString());
        lines.add(bar(stepFraction(s), width - 2, phaseStyle(s)));
        for (AttributedString g : guidance(s)) {
            lines.addAll(wrap(g, width - 1));
        }
        List<AttributedString> bottom = List.of(sessionBar(s, width), footer(s, width));
        List<AttributedString> out = new ArrayList<>();
        int room = Math.max(1, height - bottom.size());
        lines.stream().limit(room).map(l -> fit(l, width)).forEach(out::add);
        while (out.size() < height - bottom.size()) {
            out.add(AttributedString.EMPTY);
        }
        // The keys stay known even on the smallest screen: the footer goes last, the session bar only if room.
        if (height - out.size() >= 2) {
            out.add(fit(bottom.get(0), width));
        }
        out.add(fit(bottom.get(1), width));
        return out.stream().limit(height).toList();
    }

    /** Breaks a styled line at spaces so a long cue stays readable on a narrow screen. */
    static List<AttributedString> wrap(AttributedString line, int width) {
        List<AttributedString> out = new ArrayList<>();
        AttributedString rest = line;
        while (rest.columnLength() > width && width > 10) {
            String text = rest.toString();
            int cut = text.lastIndexOf(' ', width);
            if (cut <= 1) {
                cut = width;
            }
            out.add(rest.subSequence(0, cut));
            int next = cut;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            rest = new AttributedStringBuilder().append(" ").append(rest.subSequence(next, text.length()))
                    .toAttributedString();
        }
        out.add(rest);
        return out;
    }

    private AttributedString oneLine(SessionState s) {
        Step step = s.step();
        String side = step.side() == Side.LEFT ? " L" : step.side() == Side.RIGHT ? " R" : "";
        String set = step.set() > 0 && step.isWork() ? " " + step.set() + "/" + s.exercise().sets() : "";
        String what = step.isWork() ? s.exercise().exercise().name() : phaseLabel(s);
        String flag = s.confirmingQuit() ? " quit? y/n" : s.paused() ? " PAUSED" : "";
        return new AttributedStringBuilder().append(clock(s), phaseStyle(s).bold()).append(" ")
                .append(what + set + side + flag).toAttributedString();
    }

    private AttributedString header(SessionState s, int width) {
        PlannedExercise p = s.exercise();
        String left = " " + p.exercise().category().title() + " · " + p.exercise().category().part().title();
        String right = "exercise " + (s.step().exercise() + 1) + "/" + s.plan().exercises().size() + "  "
                + Seconds.clock(s.elapsed()) + " ";
        int pad = Math.max(1, width - left.length() - right.length());
        return new AttributedStringBuilder().append(left, style().faint()).append(" ".repeat(pad))
                .append(right, style().faint()).toAttributedString();
    }

    private String title(SessionState s) {
        Step step = s.step();
        PlannedExercise p = s.exercise();
        String name = p.exercise().name() + (p.level() == null ? "" : " · " + p.level());
        return switch (step.kind()) {
            case NEXT -> " Rest · next: " + name;
            case GET_READY -> " Get ready: " + name;
            default -> " " + name;
        };
    }

    private AttributedString phaseLine(SessionState s) {
        Step step = s.step();
        PlannedExercise p = s.exercise();
        AttributedStringBuilder b = new AttributedStringBuilder().append(" ");
        b.append(" " + phaseLabel(s).toUpperCase(java.util.Locale.ROOT) + " ", phaseStyle(s).inverse().bold());
        if (step.set() > 0 && step.kind() != StepKind.NEXT) {
            b.append("  set " + step.set() + "/" + p.sets());
        }
        if (step.side() != Side.BOTH) {
            b.append(" · " + step.side().label());
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

    /** The breathing cue (pulsing on the exhale of a paced rep), or what comes next during a rest. */
    private List<AttributedString> guidance(SessionState s) {
        Step step = s.step();
        PlannedExercise p = s.exercise();
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
            }
            case GET_READY -> {
                out.add(new AttributedString(" Posture: " + s.plan().posture().summary(), style().italic()));
                out.add(new AttributedString(" " + p.format() + " · " + p.exercise().breathing()));
            }
            case SWITCH -> out.add(new AttributedString(" Change to the " + step.side().label() + ".",
                    style().bold()));
            case REST -> out.add(new AttributedString(" next: set " + step.set() + "/" + p.sets()
                    + (p.perSide() ? " · left side" : "")));
            case NEXT -> out.add(new AttributedString(" next: " + p.exercise().name() + " · " + p.format()));
        }
        return out;
    }

    private AttributedString footer(SessionState s, int width) {
        if (s.confirmingQuit()) {
            return new AttributedString(width < 40 ? " Quit? y / n" : " Quit the session? y = quit, n = go on",
                    hue(AttributedStyle.RED).bold());
        }
        if (s.paused()) {
            return new AttributedString(width < 42 ? " Paused · space resume" : " Paused · space resume · s skip · q quit",
                    hue(AttributedStyle.MAGENTA).bold());
        }
        String enter = s.step().manual() ? "Enter done · " : "";
        String keys = " space pause · s skip · +/- 10 s · " + enter + "q quit";
        if (keys.length() >= width) {
            keys = " spc pause · s skip · " + (enter.isEmpty() ? "" : "⏎ done · ") + "q quit";
        }
        return new AttributedString(keys, style().faint());
    }

    private AttributedString sessionBar(SessionState s, int width) {
        int total = Math.max(1, s.plan().totalSeconds());
        double fraction = Math.min(1, s.doneSeconds() / (double) total);
        String label = String.format(" %3d%% · %s left", Math.round(fraction * 100),
                Seconds.clock(Math.max(0, total - s.doneSeconds())));
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

    private static String clock(SessionState s) {
        int v = s.secondsLeft();
        return v >= 60 ? (v / 60) + ":" + String.format("%02d", v % 60) : Integer.toString(v);
    }

    private AttributedStyle phaseStyle(SessionState s) {
        if (!color) {
            return AttributedStyle.DEFAULT;
        }
        if (s.paused()) {
            return AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
        }
        return switch (s.step().kind()) {
            case WORK -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case REST, NEXT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
            case GET_READY, SWITCH -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
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
