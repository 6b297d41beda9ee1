package backplan.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A condition that changes which exercises suit a person: some are left out with it, some are done with care.
 * backplan never asks why and never judges how far along it is; the person says which apply ({@code backplan
 * profile}), and each exercise of the catalog says which it should be avoided with or done with care.
 */
public enum Condition {
    PREGNANCY("pregnancy", "pregnancy",
            "go gently: as the bump grows, no long spells flat on your back (prop yourself up or lie on your side);"
                    + " make it easier if a ridge shows down the middle of your belly; stop if you feel dizzy,"
                    + " breathless or unwell"),
    OSTEOPOROSIS("osteoporosis", "osteoporosis",
            "move slowly in a small range: no forceful or repeated bending forward, and twist only gently, never to"
                    + " the end of your range"),
    HIP_REPLACEMENT("hip-replacement", "a hip replacement",
            "keep to the movements your surgical team allows: often that means the knee no higher than the hip,"
                    + " the legs not crossed and the leg not turned in"),
    SCIATICA("sciatica", "sciatica or leg symptoms",
            "stop short of any pain, tingling or numbness that spreads down a leg, and ease off until it settles"),
    SPINAL_STENOSIS("spinal-stenosis", "spinal stenosis",
            "keep your low back from arching, and stop if your legs ache, tingle or feel weak"),
    WRIST_TROUBLE("wrist-trouble", "wrist trouble",
            "take the weight on your fists or forearms rather than flat hands, and leave it out if your wrist still"
                    + " complains");

    private final String key;
    private final String title;
    private final String care;

    Condition(String key, String title, String care) {
        this.key = key;
        this.title = title;
        this.care = care;
    }

    /** The name used in catalogs, the profile file and on the command line, such as {@code spinal-stenosis}. */
    public String key() {
        return key;
    }

    /** The condition in words, such as "sciatica or leg symptoms". */
    public String title() {
        return title;
    }

    /** What "with care" means with this condition, for any exercise marked so; in lower case, to follow a label. */
    public String care() {
        return care;
    }

    /** The title without an article, for short tags: "hip replacement". */
    public String tag() {
        return title.startsWith("a ") ? title.substring(2) : title;
    }

    public static Optional<Condition> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Condition::key).toList();
    }

    /** "pregnancy, osteoporosis and wrist trouble": conditions for a sentence, by their tags. */
    public static String describe(java.util.Collection<Condition> conditions) {
        List<String> tags = conditions.stream().map(Condition::tag).toList();
        if (tags.size() <= 1) {
            return String.join("", tags);
        }
        return String.join(", ", tags.subList(0, tags.size() - 1)) + " and " + tags.get(tags.size() - 1);
    }

    /** The unknown-condition message's tail: a did-you-mean, then the conditions there are. */
    public static String unknown(String typed) {
        return "unknown condition '" + typed + "'" + Spelling.hint(typed.toLowerCase(Locale.ROOT), keys())
                + "; the conditions are " + String.join(", ", keys());
    }
}
