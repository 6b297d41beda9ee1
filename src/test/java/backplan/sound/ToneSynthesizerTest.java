package backplan.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToneSynthesizerTest {

    private static final int RATE = ToneSynthesizer.SAMPLE_RATE;

    /** A stretch of sound between silences: one note. */
    record Segment(int from, int to) {
        int length() {
            return to - from;
        }
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void lengthIsTheSumOfItsNotesAndRests(Tone tone) {
        int millis = tone.notes().stream().mapToInt(n -> n.millis() + n.restMillis()).sum();
        assertEquals(millis * RATE / 1000.0, ToneSynthesizer.render(tone).length, 1.0 * tone.notes().size());
        assertTrue(millis <= 900, tone + " is " + millis + " ms: cues must be short");
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void startsAndEndsAtZeroAndFadesInAndOut(Tone tone) {
        short[] pcm = ToneSynthesizer.render(tone);
        assertEquals(0, pcm[0], "first sample");
        assertEquals(0, pcm[pcm.length - 1], "last sample");
        int peak = peak(pcm, 0, pcm.length);
        int ms = RATE / 1000;
        for (Segment s : segments(pcm)) {
            // Within a millisecond of each edge of each note, the envelope keeps it far below the note's peak.
            assertTrue(peak(pcm, s.from(), s.from() + ms) < peak / 10, tone + ": note at " + s.from() + " starts loud");
            assertTrue(peak(pcm, s.to() - ms, s.to()) < peak / 10, tone + ": note ending at " + s.to() + " ends loud");
        }
    }

    /**
     * A click is a jump no smooth wave of this pitch and loudness could make in one sample: the slope of the sine
     * and its harmonics at full volume bounds every step, at note edges and cuts alike.
     */
    @ParameterizedTest
    @EnumSource(Tone.class)
    void noSampleJumpsFurtherThanTheWaveCan(Tone tone) {
        short[] pcm = ToneSynthesizer.render(tone);
        double maxHz = tone.notes().stream().mapToDouble(n -> Math.max(n.startHz(), n.endHz())).max().orElseThrow();
        double maxVolume = tone.notes().stream().mapToDouble(Note::volume).max().orElseThrow();
        double slope = 0;
        double norm = 0;
        for (int k = 0; k < ToneSynthesizer.HARMONICS.length; k++) {
            slope += (k + 1) * ToneSynthesizer.HARMONICS[k];
            norm += ToneSynthesizer.HARMONICS[k];
        }
        double bound = 2 * Math.PI * maxHz / RATE * Short.MAX_VALUE * maxVolume * slope / norm * 1.05 + 2;
        for (int i = 1; i < pcm.length; i++) {
            int step = Math.abs(pcm[i] - pcm[i - 1]);
            assertTrue(step <= bound, tone + ": a jump of " + step + " at sample " + i + " (bound " + bound + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void eachNoteSoundsAtItsPitchCountedByZeroCrossings(Tone tone) {
        short[] pcm = ToneSynthesizer.render(tone);
        List<Segment> segments = segments(pcm);
        assertEquals(tone.notes().size(), segments.size(), tone + ": notes heard");
        for (int i = 0; i < segments.size(); i++) {
            Note note = tone.notes().get(i);
            Segment s = segments.get(i);
            // For a glide, the pitch is measured in its first and last fifths; a steady note in its middle.
            double[][] windows = note.startHz() == note.endHz() ? new double[][] {{0.2, 0.8}}
                    : new double[][] {{0.1, 0.3}, {0.7, 0.9}};
            for (double[] w : windows) {
                int from = s.from() + (int) (s.length() * w[0]);
                int to = s.from() + (int) (s.length() * w[1]);
                double expected = note.startHz() + (note.endHz() - note.startHz()) * (w[0] + w[1]) / 2;
                double measured = zeroCrossingHz(pcm, from, to);
                assertEquals(expected, measured, expected * 0.01, tone + " note " + (i + 1));
            }
        }
    }

    /** Told apart by ear: by the number of notes, a semitone of pitch, or a tenth of a second of length. */
    @Test
    void everyToneIsDistinctFromEveryOther() {
        Tone[] tones = Tone.values();
        for (int a = 0; a < tones.length; a++) {
            for (int b = a + 1; b < tones.length; b++) {
                short[] x = ToneSynthesizer.render(tones[a]);
                short[] y = ToneSynthesizer.render(tones[b]);
                List<Segment> sx = segments(x);
                List<Segment> sy = segments(y);
                double px = firstPitch(x, sx.get(0));
                double py = firstPitch(y, sy.get(0));
                boolean notes = sx.size() != sy.size();
                boolean pitch = Math.abs(12 * Math.log(px / py) / Math.log(2)) >= 1;
                boolean length = Math.abs(x.length - y.length) >= RATE / 10;
                assertTrue(notes || pitch || length, tones[a] + " and " + tones[b] + " sound alike");
            }
        }
    }

    @Test
    void theLastPipIsHigherAndLongerThanTheOthers() {
        short[] pip = ToneSynthesizer.render(Tone.PIP);
        short[] last = ToneSynthesizer.render(Tone.PIP_LAST);
        assertTrue(firstPitch(last, segments(last).get(0)) > firstPitch(pip, segments(pip).get(0)) * 1.2);
        assertTrue(last.length > pip.length * 2);
    }

    @Test
    void theExhaleFallsAndTheWorkToneRises() {
        short[] exhale = ToneSynthesizer.render(Tone.EXHALE);
        int n = exhale.length;
        assertTrue(zeroCrossingHz(exhale, n / 10, 3 * n / 10) > zeroCrossingHz(exhale, 7 * n / 10, 9 * n / 10) * 1.2);
        short[] work = ToneSynthesizer.render(Tone.WORK);
        List<Segment> s = segments(work);
        assertTrue(firstPitch(work, s.get(1)) > firstPitch(work, s.get(0)) * 1.4);
    }

    @Test
    void renderingIsPureAndBytesAreLittleEndian() {
        assertArrayEquals(ToneSynthesizer.render(Tone.END), ToneSynthesizer.render(Tone.END));
        byte[] bytes = ToneSynthesizer.littleEndian(new short[] {0x1234, -2});
        assertArrayEquals(new byte[] {0x34, 0x12, (byte) 0xFE, (byte) 0xFF}, bytes);
    }

    @Test
    void aRingingNoteFadesWhileAHeldNoteHolds() {
        short[] ring = ToneSynthesizer.render(List.of(Note.ring(440, 400, 0, 0.5)), RATE);
        short[] hold = ToneSynthesizer.render(List.of(Note.hold(440, 400, 0, 0.5)), RATE);
        int n = ring.length;
        assertTrue(peak(ring, 6 * n / 10, 7 * n / 10) < peak(ring, n / 10, 2 * n / 10) / 2);
        assertEquals(peak(hold, n / 10, 2 * n / 10), peak(hold, 6 * n / 10, 7 * n / 10), 50);
    }

    // ---- measuring ---------------------------------------------------------------------------------------------

    /** Notes are separated by at least a millisecond of exact silence. */
    static List<Segment> segments(short[] pcm) {
        int gap = RATE / 1000;
        List<Segment> out = new ArrayList<>();
        int start = -1;
        int zeros = 0;
        for (int i = 0; i < pcm.length; i++) {
            if (pcm[i] == 0) {
                zeros++;
                if (start >= 0 && zeros == gap) {
                    out.add(new Segment(start, i - gap + 1));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = Math.max(0, i - 1);
                }
                zeros = 0;
            }
        }
        if (start >= 0) {
            out.add(new Segment(start, pcm.length));
        }
        return out;
    }

    /** The pitch over [from, to): half-periods between the first and last zero crossing, placed to a fraction. */
    static double zeroCrossingHz(short[] pcm, int from, int to) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            int a = pcm[i - 1];
            int b = pcm[i];
            if ((a < 0 && b >= 0) || (a >= 0 && b < 0)) {
                double at = i - 1 + (double) a / (a - b);
                if (first < 0) {
                    first = at;
                }
                last = at;
                crossings++;
            }
        }
        assertTrue(crossings >= 4, "too few zero crossings to measure: " + crossings);
        return (crossings - 1) / 2.0 / ((last - first) / RATE);
    }

    private static double firstPitch(short[] pcm, Segment s) {
        return zeroCrossingHz(pcm, s.from() + s.length() / 5, s.from() + s.length() * 2 / 5);
    }

    private static int peak(short[] pcm, int from, int to) {
        int peak = 0;
        for (int i = Math.max(0, from); i < Math.min(pcm.length, to); i++) {
            peak = Math.max(peak, Math.abs(pcm[i]));
        }
        return peak;
    }
}
