package backplan.base;

import java.util.List;

/** The trainer's safety note, shown before the first session and in the README. */
public final class Safety {

    public static final List<String> NOTE = List.of(
            "Before you start: see a doctor about your back pain first. They can find its cause and the",
            "safest course for you, which may mean physical therapy before any exercise program.",
            "backplan does not diagnose or treat anything; it builds strength, endurance, mobility and",
            "flexibility around the pain. Move gently, and stop at once if you feel sharp pain.");

    /**
     * The symptoms that need medical care now rather than exercise: the red flags of NICE guideline NG59 (low back
     * pain and sciatica in over 16s) and its clinical knowledge summary, as the NHS's back pain pages put them to
     * patients (cauda equina syndrome, infection, fracture, cancer). backplan only lists them and asks; it never
     * says what any of them means.
     */
    public static final List<String> RED_FLAGS = List.of(
            "loss of bladder or bowel control, or trouble peeing",
            "numbness or tingling around your genitals, bottom or inner thighs (the saddle area)",
            "weakness or numbness in your legs that is getting worse",
            "a fever, or feeling unwell, with the back pain",
            "back pain that started after a fall or an accident",
            "pain that is worse at night or when you rest",
            "a history of cancer, or weight loss you cannot explain");

    /** The question about the red flags. */
    public static final String RED_FLAG_QUESTION = "Do you have any of these now?";

    /** What a "yes" to the red flags is told. */
    public static final String CARE_NOW = "Please see a doctor now, or go to urgent or emergency care if it is"
            + " severe or sudden. Don't exercise until a doctor has checked your back. backplan will not start a"
            + " session until you answer again ('backplan safety').";

    /** Said as every session starts. */
    public static final String SHARP_PAIN = "Stop at once if you feel sharp pain.";

    private Safety() {}
}
