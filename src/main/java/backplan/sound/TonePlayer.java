package backplan.sound;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sound.sampled.LineUnavailableException;

/**
 * Plays tones beside the session clock: {@link #play} only hands the tone over and returns, a daemon thread writes
 * it to an audio line opened once, and a newer tone cuts a stale one instead of queueing behind it.
 *
 * <p>When tones cannot play (no device, as on CI; a busy device; any audio error) the player switches to the
 * terminal bell once and for good, without a word; {@link #fallbackReason} says why, for {@code --debug}. The bell
 * is the caller's {@link Runnable}, always run on the caller's thread, so it never races the screen's own output.
 */
public final class TonePlayer implements AutoCloseable {

    /** How long a device may take to open before the bell takes over; a hung sound server must not mute a session. */
    static final Duration OPEN_PATIENCE = Duration.ofSeconds(2);

    /** 10 ms of sound: between two chunks the player looks for a newer tone. */
    private static final int CHUNK_BYTES = ToneSynthesizer.SAMPLE_RATE / 100 * 2;
    /** At most this much sound is still in the device after the last write (see JavaSoundOutput). */
    private static final Duration DEVICE_BUFFER = Duration.ofMillis(50);
    private static final int FADE_FRAMES = ToneSynthesizer.frames(3, ToneSynthesizer.SAMPLE_RATE);

    private enum State { OPENING, PLAYING, FAILED, CLOSED }

    private final SoundMode mode;
    private final int volume;
    private final Runnable bell;
    private final long patienceNanos;
    private final Map<Tone, byte[]> rendered = new EnumMap<>(Tone.class);

    // Guarded by this.
    private State state;
    private String reason;
    private Tone pending;
    private boolean writing;
    private long openingSince;

    private TonePlayer(SoundMode mode, int volume, Runnable bell, String reason, Supplier<PcmOutput> output,
            Duration patience) {
        this.mode = mode;
        this.volume = volume;
        this.bell = bell;
        this.reason = reason;
        this.patienceNanos = patience.toNanos();
        if (mode == SoundMode.TONES) {
            state = State.OPENING;
            openingSince = System.nanoTime();
            Thread thread = new Thread(() -> run(output), "backplan-tones");
            thread.setDaemon(true);
            thread.start();
        } else {
            state = State.CLOSED;
        }
    }

    /**
     * A player for {@code mode}; for tones, the audio device starts opening now, on the player's thread. Create it
     * early (before the picker, say) so the device is ready when the session starts.
     *
     * @param env  the environment: {@code auto} keeps to the bell over SSH, where tones would sound on the far machine
     * @param bell rings the terminal bell; called on the thread that calls {@link #play}
     */
    public static TonePlayer create(SoundMode mode, Map<String, String> env, Runnable bell) {
        return create(mode, SoundSettings.FULL_VOLUME, env, bell);
    }

    /**
     * A player whose tones sound at {@code volume} percent (0: no tones at all, as {@code --sound off}).
     *
     * @see #create(SoundMode, Map, Runnable)
     */
    public static TonePlayer create(SoundMode mode, int volume, Map<String, String> env, Runnable bell) {
        if (volume <= 0 && mode != SoundMode.BELL) {
            return new TonePlayer(SoundMode.OFF, 0, bell, null, null, OPEN_PATIENCE);
        }
        if (mode == SoundMode.AUTO && overSsh(env)) {
            return new TonePlayer(SoundMode.BELL, volume, bell,
                    "sound: auto uses the terminal bell over SSH (tones would play on the remote machine);"
                            + " --sound tones plays them anyway", null, OPEN_PATIENCE);
        }
        SoundMode effective = mode == SoundMode.AUTO ? SoundMode.TONES : mode;
        return new TonePlayer(effective, volume, bell, null, JavaSoundOutput::new, OPEN_PATIENCE);
    }

    /** For tests: tones through {@code output}, giving up on an open that takes longer than {@code patience}. */
    static TonePlayer tones(Supplier<PcmOutput> output, Runnable bell, Duration patience) {
        return tones(output, SoundSettings.FULL_VOLUME, bell, patience);
    }

    /** For tests: as {@link #tones(Supplier, Runnable, Duration)}, at {@code volume} percent. */
    static TonePlayer tones(Supplier<PcmOutput> output, int volume, Runnable bell, Duration patience) {
        return new TonePlayer(SoundMode.TONES, volume, bell, null, output, patience);
    }

    private static boolean overSsh(Map<String, String> env) {
        return env.containsKey("SSH_CONNECTION") || env.containsKey("SSH_CLIENT") || env.containsKey("SSH_TTY");
    }

    /** Sounds the tone, or rings the bell in its place; never blocks and never throws. */
    public void play(Tone tone) {
        if (tone == null || mode == SoundMode.OFF) {
            return;
        }
        boolean ring;
        synchronized (this) {
            if (mode == SoundMode.TONES && state == State.OPENING
                    && System.nanoTime() - openingSince > patienceNanos) {
                fail("the audio device did not open within " + patienceNanos / 1_000_000 + " ms");
            }
            if (mode == SoundMode.TONES && (state == State.OPENING || state == State.PLAYING)) {
                pending = tone;
                notifyAll();
                return;
            }
            ring = mode == SoundMode.BELL || state == State.FAILED;
        }
        if (ring && tone.rungAsBell()) {
            try {
                bell.run();
            } catch (RuntimeException e) {
                // a bell that cannot ring (a closed terminal) is not worth stopping a session for
            }
        }
    }

    /** Whether tones are what the person hears (not the bell, not silence), as far as is known now. */
    public synchronized boolean playsTones() {
        return mode == SoundMode.TONES && (state == State.OPENING || state == State.PLAYING);
    }

    /** Why tones gave way to the bell, for {@code --debug}; empty while tones play or when none were asked for. */
    public synchronized Optional<String> fallbackReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Waits up to {@code max} for the device to open or fail, so the first tone of a session is not lost to a
     * failure found a moment too late. Returns at once in any other mode.
     */
    public synchronized boolean awaitReady(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (state == State.OPENING) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * Waits up to {@code max} for the tone being played (and any waiting) to finish, for a normal end where the
     * closing tone should be heard before the program exits.
     */
    public boolean awaitQuiet(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        synchronized (this) {
            if (state != State.OPENING && state != State.PLAYING) {
                return true; // the bell or silence: nothing plays on
            }
            while ((pending != null || writing) && (state == State.OPENING || state == State.PLAYING)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        // The last chunk written is still in the device's buffer.
        long left = Math.min(end - System.nanoTime(), DEVICE_BUFFER.toNanos());
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        return true;
    }

    /** Stops playing; the device is closed by the player's own thread, so this never waits on a hung device. */
    @Override
    public synchronized void close() {
        if (state != State.FAILED) {
            state = State.CLOSED;
        }
        pending = null;
        notifyAll();
    }

    private synchronized void fail(String why) {
        if (state == State.OPENING || state == State.PLAYING) {
            state = State.FAILED;
            reason = "sound: " + why + "; using the terminal bell";
            pending = null;
            notifyAll();
        }
    }

    private synchronized boolean opened() {
        if (state != State.OPENING) {
            return false;
        }
        state = State.PLAYING;
        notifyAll();
        return true;
    }

    /** The next tone to play, waiting for one; null once the player is closed or failed. */
    private synchronized Tone next() throws InterruptedException {
        writing = false;
        notifyAll();
        while (pending == null && state == State.PLAYING) {
            wait();
        }
        if (state != State.PLAYING) {
            return null;
        }
        Tone tone = pending;
        pending = null;
        writing = true;
        return tone;
    }

    /** Whether the tone being written should stop: a newer one is waiting, or the player is done. */
    private synchronized boolean superseded() {
        return pending != null || state != State.PLAYING;
    }

    private void run(Supplier<PcmOutput> factory) {
        PcmOutput output;
        try {
            output = factory.get();
            output.open();
        } catch (Exception | LinkageError e) {
            // LinkageError: a JRE without its sound library throws UnsatisfiedLinkError
            fail(describe(e));
            return;
        }
        if (!opened()) {
            output.close(); // closed, or given up on, while the device was opening
            return;
        }
        try {
            Tone tone;
            while ((tone = next()) != null) {
                write(output, rendered.computeIfAbsent(tone, t -> ToneSynthesizer.littleEndian(
                        ToneSynthesizer.atVolume(ToneSynthesizer.render(t), volume))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail(describe(e));
        } finally {
            try {
                output.close();
            } catch (RuntimeException e) {
                // closing a device that just failed may fail too
            }
        }
    }

    /**
     * Writes a tone in 10 ms chunks. When a newer tone cuts in, the stale one ends with a 3 ms fade from its last
     * sample to zero rather than a flush: a flush drops the wave mid-swing, and that is a click.
     */
    private void write(PcmOutput output, byte[] pcm) {
        int last = 0;
        for (int offset = 0; offset < pcm.length; offset += CHUNK_BYTES) {
            if (superseded()) {
                fade(output, last);
                return;
            }
            int length = Math.min(CHUNK_BYTES, pcm.length - offset);
            if (output.write(pcm, offset, length) < length) {
                throw new IllegalStateException("the audio device stopped taking sound");
            }
            last = (short) ((pcm[offset + length - 2] & 0xff) | (pcm[offset + length - 1] << 8));
        }
    }

    private static void fade(PcmOutput output, int from) {
        if (from == 0) {
            return;
        }
        short[] ramp = new short[FADE_FRAMES];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (short) Math.round(from * (1 - (i + 1) / (double) ramp.length));
        }
        byte[] bytes = ToneSynthesizer.littleEndian(ramp);
        output.write(bytes, 0, bytes.length);
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (e instanceof LineUnavailableException) {
            return "the audio device is busy or unavailable" + message;
        }
        if (e instanceof IllegalArgumentException) {
            return "no audio device" + message; // what AudioSystem says when no line takes the format
        }
        return e.getClass().getSimpleName() + message;
    }
}
