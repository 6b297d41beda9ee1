package backplan.base;

import java.util.List;

/** The trainer's safety note, shown before the first session and in the README. */
public final class Safety {

    public static final List<String> NOTE = List.of(
            "Before you start: see a doctor about your back pain first. They can find its cause and the",
            "safest course for you, which may mean physical therapy before any exercise program.",
            "backplan does not diagnose or treat anything; it builds strength, endurance, mobility and",
            "flexibility around the pain. Move gently, and stop at once if you feel sharp pain.");

    /** Said as every session starts. */
    public static final String SHARP_PAIN = "Stop at once if you feel sharp pain.";

    private Safety() {}
}
