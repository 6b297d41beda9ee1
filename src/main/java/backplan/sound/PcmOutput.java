package backplan.sound;

/** Where rendered samples go: the sound card in production, a recorder or a failing fake in tests. */
interface PcmOutput {

    /** Opens the device for 16-bit mono PCM at {@link ToneSynthesizer#SAMPLE_RATE}; may block or throw. */
    void open() throws Exception;

    /** Writes whole frames, blocking until the device has taken them; returns the number of bytes taken. */
    int write(byte[] bytes, int offset, int length);

    void close();
}
