package backplan.app;

/** The command line asks for something that does not exist or does not fit; exits with the usage code. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
