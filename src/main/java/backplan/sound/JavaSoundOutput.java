package backplan.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/** The default audio device through {@code javax.sound.sampled}, opened once and kept running between tones. */
final class JavaSoundOutput implements PcmOutput {

    /**
     * About 40 ms of sound: small, so a new tone waits at most that long behind a stale one instead of queueing
     * behind it, and large enough that a busy machine does not starve the device.
     */
    private static final int BUFFER_BYTES = ToneSynthesizer.SAMPLE_RATE * 2 / 25;

    private SourceDataLine line;

    @Override
    public void open() throws Exception {
        AudioFormat format = new AudioFormat(ToneSynthesizer.SAMPLE_RATE, 16, 1, true, false);
        SourceDataLine opened = AudioSystem.getSourceDataLine(format);
        opened.open(format, BUFFER_BYTES);
        opened.start();
        line = opened;
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        return line.write(bytes, offset, length);
    }

    @Override
    public void close() {
        if (line != null) {
            line.close();
        }
    }
}
