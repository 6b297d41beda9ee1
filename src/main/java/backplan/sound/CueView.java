package backplan.sound;

import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wraps any session view (live, plain or JSON) and sounds the cues of each event through the tone player and the
 * speaker. The cues are handed over before the wrapped view draws, so a slow redraw never delays a tone; nothing
 * here blocks, and nothing that goes wrong with sound reaches the engine.
 */
public final class CueView implements SessionView, AutoCloseable {

    private final SessionView inner;
    private final TonePlayer tones;
    private final Speaker voice;
    private final CueScript script;
    private volatile String trouble;

    /**
     * @param voice the speaker, or null when the voice is off
     */
    public CueView(SessionView inner, TonePlayer tones, Speaker voice) {
        this(inner, tones, voice, new CueScript());
    }

    /** @param script what to sound at each event, timed at the voice's pace */
    public CueView(SessionView inner, TonePlayer tones, Speaker voice, CueScript script) {
        this.inner = inner;
        this.tones = tones;
        this.voice = voice;
        this.script = script;
    }

    /**
     * The cues a person asked for: tones (or the bell) per {@code settings}, and the voice if it is on. The audio
     * device starts opening now, on its own thread.
     *
     * @param env  the process environment ({@code PATH} for the speech command; SSH for {@code auto})
     * @param bell rings the terminal bell, on the session's thread
     */
    public static CueView open(SessionView inner, SoundSettings settings, Map<String, String> env, Runnable bell) {
        return new CueView(inner, TonePlayer.create(settings.mode(), settings.volume(), env, bell),
                settings.voice() ? Speaker.fromEnvironment(env, settings.speech()) : null,
                new CueScript(new SpokenLength(settings.speech().wordsPerMinute()), settings.asksAtTheEnd()));
    }

    /** The line to show before the session when the voice was asked for but cannot speak. */
    public Optional<String> voiceProblem() {
        return voice == null ? Optional.empty() : voice.problem();
    }

    /** What went quietly wrong with sound, for {@code --debug}: the bell standing in for tones, a cue that failed. */
    public List<String> debugNotes() {
        List<String> notes = new ArrayList<>();
        tones.fallbackReason().ifPresent(notes::add);
        if (voice != null) {
            voice.problem().ifPresent(notes::add);
        }
        String t = trouble;
        if (t != null) {
            notes.add(t);
        }
        return notes;
    }

    /** Waits up to {@code max} for the audio device, so the session's first tone is not lost; see TonePlayer. */
    public void awaitReady(Duration max) throws InterruptedException {
        tones.awaitReady(max);
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        try {
            Cue cue = script.next(event, state, tones.playsTones());
            tones.play(cue.tone());
            if (voice != null) {
                if (cue.hush()) {
                    voice.hush();
                } else {
                    voice.say(cue.phrase());
                }
            }
        } catch (RuntimeException e) {
            if (trouble == null) {
                trouble = "cues: " + event + ": " + TonePlayer.describe(e);
            }
        }
        inner.show(event, state);
    }

    /**
     * After a session that ran to its end: lets the last words ("session complete, …") and the closing tone
     * finish, up to {@code max}, before {@link #close} ends them.
     */
    public void settle(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        tones.awaitQuiet(max);
        if (voice != null) {
            voice.awaitQuiet(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        }
    }

    /** Lets the closing tone finish (it is short), then ends the tones; the voice speaks on. */
    public void closeTones() {
        try {
            tones.awaitQuiet(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tones.close();
    }

    /** Ends every tone and speech process now: for q, Ctrl-C, SIGTERM, SIGHUP and the normal end alike. */
    @Override
    public void close() {
        tones.close();
        if (voice != null) {
            voice.close();
        }
    }
}
