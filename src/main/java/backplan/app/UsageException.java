package backplan.app;

/** The command line asks for something that does not exist or does not fit; exits with the usage code. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
