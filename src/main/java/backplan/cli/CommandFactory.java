package backplan.cli;

import backplan.app.Services;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes the commands picocli instantiates itself (the subcommands of {@code plan} and {@code config}) with the
 * run's {@link Services}, as {@link BackplanCommand} makes its own; everything else picocli makes as it would.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Services services;

    CommandFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withServices;
        try {
            withServices = type.getDeclaredConstructor(Services.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        return withServices.newInstance(services);
    }
}
