package backplan.figure;

/**
 * The orientation of a body part as three unit vectors: {@code r} toward the body's right side, {@code u} toward the
 * head, {@code f} toward the front; {@code r = f × u} always.
 */
record Frame(Vec r, Vec u, Vec f) {

    Frame rotate(Vec axis, double degrees) {
        return new Frame(r.rotate(axis, degrees), u.rotate(axis, degrees), f.rotate(axis, degrees));
    }
}
