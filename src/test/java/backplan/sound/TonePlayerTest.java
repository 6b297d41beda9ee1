package backplan.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;


import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class TonePlayerTest {

    private static final Duration PATIENT = Duration.ofSeconds(10);

    /** Counts the bell and remembers which threads rang it. */
    static final class Bell implements Runnable {
        final List<Thread> rungOn = new ArrayList<>();

        @Override
        public synchronized void run() {
            rungOn.add(Thread.currentThread());
        }

        synchronized int rings() {
            return rungOn.size();
        }
    }

    /** A sound card that keeps what it is given, optionally one 10 ms chunk per permit. */
    static final class Recorder implements PcmOutput {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final Semaphore permits;
        volatile int writes;
        volatile boolean closed;

        Recorder(boolean gated) {
            permits = gated ? new Semaphore(0) : null;
        }

        @Override
        public void open() {}

        @Override
        public int write(byte[] bytes, int offset, int length) {
            if (permits != null) {
                permits.acquireUninterruptibly();
            }
            synchronized (this) {
                written.write(bytes, offset, length);
                writes++;
            }
            return length;
        }

        synchronized byte[] bytes() {
            return written.toByteArray();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Bell bell = new Bell();

    @Test
    void theBellRingsForEveryToneButTheRepTickOnTheCallersThread() {
        TonePlayer player = TonePlayer.create(SoundMode.BELL, Map.of(), bell);
        for (Tone t : Tone.values()) {
            player.play(t);
        }
        assertEquals(Tone.values().length - 1, bell.rings());
        assertTrue(bell.rungOn.stream().allMatch(t -> t == Thread.currentThread()));
        assertFalse(player.playsTones());
        assertTrue(player.fallbackReason().isEmpty(), "the bell was asked for: nothing to explain");
    }

    @Test
    void offIsSilent() {
        TonePlayer player = TonePlayer.create(SoundMode.OFF, Map.of(), bell);
        for (Tone t : Tone.values()) {
            player.play(t);
        }
        assertEquals(0, bell.rings());
        assertFalse(player.playsTones());
    }

    @Test
    void autoKeepsToTheBellOverSsh() {
        TonePlayer player = TonePlayer.create(SoundMode.AUTO, Map.of("SSH_CONNECTION", "10.0.0.2 5022 10.0.0.1 22"),
                bell);
        player.play(Tone.WORK);
        assertEquals(1, bell.rings());
        assertTrue(player.fallbackReason().orElseThrow().contains("SSH"));
    }

    @Test
    void tonesReachTheDeviceAsRenderedAndTheBellStaysQuiet() throws Exception {
        Recorder card = new Recorder(false);
        TonePlayer player = TonePlayer.tones(() -> card, bell, PATIENT);
        assertTrue(player.awaitReady(PATIENT));
        player.play(Tone.PIP);
        byte[] expected = ToneSynthesizer.littleEndian(ToneSynthesizer.render(Tone.PIP));
        await(() -> card.bytes().length >= expected.length);
        assertTrue(player.awaitQuiet(PATIENT));
        assertArrayEquals(expected, card.bytes());
        assertEquals(0, bell.rings());
        assertTrue(player.playsTones());
        player.close();
        await(() -> card.closed);
    }

    @Test
    void theVolumeScalesTheSamplesAndZeroMeansNoTones() throws Exception {
        Recorder card = new Recorder(false);
        TonePlayer player = TonePlayer.tones(() -> card, 50, bell, PATIENT);
        assertTrue(player.awaitReady(PATIENT));
        player.play(Tone.PIP);
        short[] full = ToneSynthesizer.render(Tone.PIP);
        byte[] expected = ToneSynthesizer.littleEndian(ToneSynthesizer.atVolume(full, 50));
        await(() -> card.bytes().length >= expected.length);
        assertTrue(player.awaitQuiet(PATIENT));
        assertArrayEquals(expected, card.bytes());
        int loudest = 0;
        int loudestAtHalf = 0;
        short[] half = ToneSynthesizer.atVolume(full, 50);
        for (int i = 0; i < full.length; i++) {
            loudest = Math.max(loudest, Math.abs(full[i]));
            loudestAtHalf = Math.max(loudestAtHalf, Math.abs(half[i]));
        }
        assertEquals(0.25, loudestAtHalf / (double) loudest, 0.01, "half the volume is a quarter of the level");
        assertEquals(0, ToneSynthesizer.atVolume(full, 0)[full.length / 2]);
        assertArrayEquals(full, ToneSynthesizer.atVolume(full, 100));
        player.close();

        TonePlayer muted = TonePlayer.create(SoundMode.TONES, 0, Map.of(), bell);
        muted.play(Tone.WORK);
        assertFalse(muted.playsTones(), "no tones: the voice counts the last seconds itself");
        assertEquals(0, bell.rings(), "and no bell in their place");
        TonePlayer bellOnly = TonePlayer.create(SoundMode.BELL, 0, Map.of(), bell);
        bellOnly.play(Tone.WORK);
        assertEquals(1, bell.rings(), "the bell has no volume to turn down");
    }

    @Test
    void aNewToneCutsTheStaleOneWithAFadeAndNothingQueues() throws Exception {
        Recorder card = new Recorder(true);
        TonePlayer player = TonePlayer.tones(() -> card, bell, PATIENT);
        assertTrue(player.awaitReady(PATIENT));
        player.play(Tone.END);
        card.permits.release(3);
        await(() -> card.writes == 3);
        // While the device is busy, a burst of cues: only the newest may play.
        player.play(Tone.PIP);
        player.play(Tone.HALFWAY);
        player.play(Tone.WORK);
        card.permits.release(10_000);
        byte[] end = ToneSynthesizer.littleEndian(ToneSynthesizer.render(Tone.END));
        byte[] work = ToneSynthesizer.littleEndian(ToneSynthesizer.render(Tone.WORK));
        assertTrue(player.awaitQuiet(PATIENT));
        byte[] all = card.bytes();

        assertArrayEquals(work, Arrays.copyOfRange(all, all.length - work.length, all.length), "WORK plays whole");
        int stale = all.length - work.length;
        assertTrue(stale < end.length / 2, "the stale END was cut, not played out: " + stale + " bytes");
        short[] samples = shorts(all);
        int cutAt = 0;
        while (cutAt * 2 < end.length && samples[cutAt] == shorts(end)[cutAt]) {
            cutAt++;
        }
        assertTrue(cutAt >= 3 * ToneSynthesizer.SAMPLE_RATE / 100, "END began as rendered");
        // After the cut: a short fade to silence, then WORK. No step may be larger than the wave's own.
        for (int i = cutAt; i < stale / 2; i++) {
            assertTrue(Math.abs(samples[i] - samples[i - 1]) <= Math.abs(samples[cutAt - 1]) / 10 + 1,
                    "the fade steps gently at " + i);
        }
        assertEquals(0, samples[stale / 2 - 1], "silence before the new tone");
        assertEquals(0, bell.rings());
    }

    @Test
    void noAudioDeviceFallsBackToTheBellOnceAndSaysWhy() throws Exception {
        TonePlayer player = TonePlayer.tones(() -> failing(new IllegalArgumentException(
                "No line matching interface SourceDataLine is supported.")), bell, PATIENT);
        assertTrue(player.awaitReady(PATIENT));
        assertFalse(player.playsTones());
        player.play(Tone.WORK);
        player.play(Tone.REP_OUT);
        player.play(Tone.EXHALE);
        assertEquals(2, bell.rings());
        assertTrue(bell.rungOn.stream().allMatch(t -> t == Thread.currentThread()));
        assertEquals("sound: no audio device: No line matching interface SourceDataLine is supported.; using the"
                + " terminal bell", player.fallbackReason().orElseThrow());
    }

    @Test
    void aBusyDeviceOrABrokenLibraryFallsBackToo() throws Exception {
        for (Throwable failure : List.of(new LineUnavailableException("Device or resource busy"),
                new UnsatisfiedLinkError("no jsound in java.library.path"), new IllegalStateException("odd"))) {
            Bell b = new Bell();
            TonePlayer player = TonePlayer.tones(() -> failing(failure), b, PATIENT);
            assertTrue(player.awaitReady(PATIENT));
            player.play(Tone.SWITCH);
            assertEquals(1, b.rings(), failure.toString());
            assertTrue(player.fallbackReason().isPresent());
        }
    }

    @Test
    void aDeviceThatFailsMidSessionGivesWayToTheBell() throws Exception {
        PcmOutput unplugged = new PcmOutput() {
            @Override
            public void open() {}

            @Override
            public int write(byte[] bytes, int offset, int length) {
                throw new IllegalStateException("device unplugged");
            }

            @Override
            public void close() {}
        };
        TonePlayer player = TonePlayer.tones(() -> unplugged, bell, PATIENT);
        assertTrue(player.awaitReady(PATIENT));
        player.play(Tone.WORK); // lost while the failure is found
        await(() -> !player.playsTones());
        player.play(Tone.REST);
        assertEquals(1, bell.rings());
        assertTrue(player.fallbackReason().orElseThrow().contains("device unplugged"));
    }

    @Test
    void aDeviceThatNeverOpensNeverBlocksThePlayerAndTheBellTakesOver() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Recorder card = new Recorder(false);
        PcmOutput hung = new PcmOutput() {
            @Override
            public void open() throws InterruptedException {
                never.await();
            }

            @Override
            public int write(byte[] bytes, int offset, int length) {
                return card.write(bytes, offset, length);
            }

            @Override
            public void close() {
                card.close();
            }
        };
        TonePlayer player = TonePlayer.tones(() -> hung, bell, Duration.ZERO);
        assertFalse(player.awaitReady(Duration.ofMillis(50)));
        player.play(Tone.WORK);
        assertEquals(1, bell.rings());
        assertTrue(player.fallbackReason().orElseThrow().contains("did not open"));
        never.countDown(); // the device finally answers: too late, it is closed again
        await(() -> card.closed);
        assertEquals(0, card.bytes().length);
    }

    /** On this machine and on CI there is no sound card: the real device path must give the bell, not an error. */
    @Test
    void withoutASoundCardRealTonesFallBackToTheBell() throws Exception {
        AudioFormat format = new AudioFormat(ToneSynthesizer.SAMPLE_RATE, 16, 1, true, false);
        assumeFalse(AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, format)),
                "this machine has a sound card");
        TonePlayer player = TonePlayer.create(SoundMode.TONES, Map.of(), bell);
        assertTrue(player.awaitReady(PATIENT));
        player.play(Tone.WORK);
        assertEquals(1, bell.rings());
        assertTrue(player.fallbackReason().orElseThrow().startsWith("sound: no audio device"),
                player.fallbackReason().orElseThrow());
        player.close();
    }

    private static PcmOutput failing(Throwable failure) {
        return new PcmOutput() {
            @Override
            public void open() throws Exception {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (Exception) failure;
            }

            @Override
            public int write(byte[] bytes, int offset, int length) {
                throw new AssertionError("never opened");
            }

            @Override
            public void close() {}
        };
    }

    private static short[] shorts(byte[] bytes) {
        short[] out = new short[bytes.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return out;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "gave up waiting");
            Thread.sleep(5);
        }
    }
}
