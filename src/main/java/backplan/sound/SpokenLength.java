package backplan.sound;

import java.util.List;

/**
 * How long a phrase takes to say, estimated from its words: a speech engine keeps a steady pace through the
 * letters (numbers as they are read out: "45" is "forty five"), takes a breath at each comma and stop, and a
 * moment to start and to end.
 *
 * <p>Measured against espeak-ng 1.51 at its default pace (175 words a minute, about 2.9 words a second for these
 * phrases), writing each of the phrases backplan says for the bundled exercises to a wav file: the estimate was
 * never shorter than the recording, and on average 0.75 s longer, while a count ("one", "two", "three") still fits
 * in its second. Meant to be safe, not exact: a phrase that fits its step here fits when said.
 */
public final class SpokenLength {

    /** Letters a second at {@link VoiceChoice#NORMAL_RATE}. */
    static final double LETTERS_PER_SECOND = 16;
    /** Starting the command, its first sound and its last. */
    static final double START_SECONDS = 0.65;
    /** The breath at a comma, colon or semicolon. */
    static final double COMMA_SECONDS = 0.4;
    /** The longer breath at a full stop, question or exclamation mark, the last one included. */
    static final double STOP_SECONDS = 0.2;

    public static final SpokenLength NORMAL = new SpokenLength(VoiceChoice.NORMAL_RATE);

    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    private final double scale;

    /** @param wordsPerMinute the pace the voice speaks at */
    public SpokenLength(int wordsPerMinute) {
        this.scale = VoiceChoice.NORMAL_RATE / (double) Math.max(1, wordsPerMinute);
    }

    /** Seconds from asking for the phrase to its end. */
    public double seconds(String phrase) {
        String text = phrase.strip();
        if (text.isEmpty()) {
            return 0;
        }
        int letters = 0;
        int commas = 0;
        int stops = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                letters += spelled(text.substring(i, end)).replace(" ", "").length();
                i = end - 1;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (c == ',' || c == ':' || c == ';') {
                commas++;
            } else if (c == '.' || c == '?' || c == '!') {
                stops++;
            }
        }
        return START_SECONDS + (letters / LETTERS_PER_SECOND + commas * COMMA_SECONDS + stops * STOP_SECONDS) * scale;
    }

    /** A number as it is read out: "45" as "forty five"; long numbers digit by digit. */
    static String spelled(String digits) {
        if (digits.length() > 2) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                sb.append(sb.length() == 0 ? "" : " ").append(ONES.get(Character.digit(digits.charAt(i), 10)));
            }
            return sb.toString();
        }
        int n = Integer.parseInt(digits);
        if (n < 20) {
            return ONES.get(n);
        }
        return TENS.get(n / 10) + (n % 10 == 0 ? "" : " " + ONES.get(n % 10));
    }
}
