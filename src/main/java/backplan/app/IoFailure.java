package backplan.app;

import backplan.base.UserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Says in a few words why a file could not be read or written: {@code /path: not a directory}. */
public final class IoFailure {

    private IoFailure() {}

    public static String describe(Exception e) {
        if (e instanceof UncheckedIOException u) {
            return UserFiles.describe(u);
        }
        if (e instanceof IOException io) {
            return UserFiles.describe(io);
        }
        return e.getMessage() == null ? "internal error" : e.getMessage();
    }
}
