package backplan.app;

import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code catalog init}: the bundled catalog, comments and all, written where the person's own catalog is looked for
 * (or to a file named), as the start of their own. It never replaces a file unless asked to.
 */
public final class CatalogTemplate {

    private final Path lookedFor;
    private final Output output;

    /** @param lookedFor where this run looks for a catalog: --catalog, $BACKPLAN_CATALOG or the config directory's */
    public CatalogTemplate(Path lookedFor, Output output) {
        this.lookedFor = lookedFor;
        this.output = output;
    }

    /**
     * Writes the template to {@code file} (null: where the catalog is looked for; "-": standard output).
     *
     * @param force replace a file already there
     */
    public int init(Path file, boolean force) throws IOException, InvalidFileException {
        byte[] yaml = CatalogLoader.bundledYaml();
        int exercises = CatalogLoader.parse(CatalogLoader.BUNDLED, yaml).exercises().size();
        if (file != null && file.toString().equals("-")) {
            output.out().print(new String(yaml, StandardCharsets.UTF_8));
            output.out().flush();
            return ExitCode.OK;
        }
        Path target = file != null ? file : lookedFor;
        if (force) {
            UserFiles.replace(target, yaml);
        } else {
            Path real = UserFiles.target(target);
            if (Files.exists(real) || Files.isSymbolicLink(real)) {
                return exists(target);
            }
            UserFiles.createDirectories(real.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(yaml);
            } catch (FileAlreadyExistsException e) {
                return exists(target); // made between the look and the write
            } catch (IOException e) {
                throw UserFiles.named(e, target);
            }
        }
        PrintWriter out = output.out();
        boolean found = target.toAbsolutePath().normalize().equals(lookedFor.toAbsolutePath().normalize());
        output.sayOn(out, "Wrote the bundled catalog (" + exercises + " exercises, with comments that explain it) to "
                + target + ".");
        if (found) {
            output.sayOn(out, "backplan uses it from now on. Edit it, then check it with 'backplan validate'.");
        } else {
            output.sayOn(out, "Edit it, then check it with 'backplan validate " + target + "'. Use it with"
                    + " --catalog or BACKPLAN_CATALOG; written without FILE, to " + lookedFor + ", it is found by"
                    + " itself.");
        }
        output.sayOn(out, "Every field, its type and its limits: 'man 5 backplan-catalog'.");
        return ExitCode.OK;
    }

    private int exists(Path target) {
        output.say("backplan: " + target + " already exists: edit it as it is, or replace it with the bundled catalog"
                + " by 'backplan catalog init --force" + (target.equals(lookedFor) ? "" : " " + target) + "' (your"
                + " changes in it are then lost)");
        return ExitCode.FAILURE;
    }
}
