package backplan.catalog;

import java.util.Optional;

/**
 * How much of an exercise to do: sets of timed work, of reps, or either, once or per side, with rest between sets.
 *
 * @param work    the timed form, or null when the exercise is only counted in reps
 * @param reps    the counted form (0 when the exercise is only timed)
 */
public record Prescription(int sets, SecondsRange work, int reps, boolean perSide, int restSeconds) {

    public Prescription {
        if (sets < 1 || (work == null && reps < 1) || reps < 0 || restSeconds < 0) {
            throw new IllegalArgumentException("incomplete prescription");
        }
    }

    public Optional<SecondsRange> timed() {
        return Optional.ofNullable(work);
    }

    public boolean hasReps() {
        return reps > 0;
    }

    /** {@code 3 × 45 s}, {@code 3 × 30–60 s}, {@code 30 s / side}, {@code 3 × 30 s or 3 × 10 reps}. */
    public String format() {
        String timed = work == null ? null : amount(work.format());
        String counted = reps == 0 ? null : amount(reps + " reps");
        if (timed != null && counted != null) {
            return timed + " or " + counted;
        }
        return timed != null ? timed : counted;
    }

    private String amount(String what) {
        String each = perSide ? what + " / side" : what;
        return sets == 1 ? each : sets + " × " + each;
    }
}
