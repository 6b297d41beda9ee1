package backplan.sound;

import java.util.List;

/**
 * Renders tones to 16-bit mono PCM, as a pure function: the same tone always gives the same samples, so tests can
 * check pitch, length and edges without a sound card.
 *
 * <p>Each note is a sine with a little of its second and third harmonics (warmer than a bare sine, and too little
 * to add zero crossings), shaped by a raised-cosine attack and release that start and end exactly at zero: a wave
 * cut off mid-swing is heard as a click.
 */
public final class ToneSynthesizer {

    /** CD rate: every sound card takes it. */
    public static final int SAMPLE_RATE = 44_100;

    /** Loudness of the fundamental, the second and the third harmonic. */
    static final double[] HARMONICS = {1.0, 0.25, 0.08};
    static final int ATTACK_MILLIS = 8;
    static final int RELEASE_MILLIS = 30;

    private ToneSynthesizer() {}

    public static short[] render(Tone tone) {
        return render(tone.notes(), SAMPLE_RATE);
    }

    public static short[] render(List<Note> notes, int sampleRate) {
        int total = 0;
        for (Note n : notes) {
            total += frames(n.millis(), sampleRate) + frames(n.restMillis(), sampleRate);
        }
        short[] out = new short[total];
        int at = 0;
        for (Note n : notes) {
            at = renderNote(n, sampleRate, out, at);
            at += frames(n.restMillis(), sampleRate); // already zeros
        }
        return out;
    }

    /**
     * The samples at {@code percent} of their level, on a square law so that 50 sounds about half as loud (the ear
     * hears loudness in ratios, not in steps); 100 leaves them as they are. Scaling keeps every zero at zero, so
     * the edges stay free of clicks.
     */
    public static short[] atVolume(short[] samples, int percent) {
        if (percent >= 100) {
            return samples;
        }
        double gain = Math.pow(Math.max(0, percent) / 100.0, 2);
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) Math.round(samples[i] * gain);
        }
        return out;
    }

    /** Samples as little-endian bytes, the layout {@link javax.sound.sampled.SourceDataLine} is opened with. */
    public static byte[] littleEndian(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }

    static int frames(int millis, int sampleRate) {
        return (int) Math.round(millis * (double) sampleRate / 1000.0);
    }

    private static int renderNote(Note note, int sampleRate, short[] out, int at) {
        int length = frames(note.millis(), sampleRate);
        int attack = Math.max(1, Math.min(frames(ATTACK_MILLIS, sampleRate), length / 4));
        int release = Math.max(1, Math.min(frames(RELEASE_MILLIS, sampleRate), length / 3));
        // A ringing note fades to about 5% by its end, like a struck bell; the release then takes it to zero.
        double decay = length / 3.0;
        double norm = 0;
        for (double h : HARMONICS) {
            norm += h;
        }
        double phase = 0;
        for (int i = 0; i < length; i++) {
            double envelope = 1;
            if (i < attack) {
                envelope = raisedCosine(i, attack);
            }
            int fromEnd = length - 1 - i;
            if (fromEnd < release) {
                envelope = Math.min(envelope, raisedCosine(fromEnd, release));
            }
            if (note.rings()) {
                envelope *= Math.exp(-i / decay);
            }
            double wave = 0;
            for (int k = 0; k < HARMONICS.length; k++) {
                wave += HARMONICS[k] * Math.sin((k + 1) * phase);
            }
            out[at + i] = (short) Math.round(wave / norm * envelope * note.volume() * Short.MAX_VALUE);
            double progress = length == 1 ? 0 : i / (double) (length - 1);
            double hz = note.startHz() + (note.endHz() - note.startHz()) * progress;
            phase += 2 * Math.PI * hz / sampleRate;
            if (phase > 2 * Math.PI) {
                phase -= 2 * Math.PI; // keeps sin() exact over long notes
            }
        }
        return at + length;
    }

    /** 0 at {@code i = 0}, rising smoothly (no corner, so no click) to 1 at {@code i = n}. */
    private static double raisedCosine(int i, int n) {
        return 0.5 - 0.5 * Math.cos(Math.PI * i / n);
    }
}
