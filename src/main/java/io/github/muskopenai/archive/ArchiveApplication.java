package io.github.muskopenai.archive;

import java.util.Arrays;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.github.muskopenai.archive.load.LoadCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/**
 * Serves the API until the process is stopped or, with {@code load ...} as arguments, loads
 * documents into the database and exits (see {@link LoadCommand}); with {@code cds-training},
 * asks itself for each kind of answer once and exits (see {@link CdsTraining}).
 */
public class ArchiveApplication implements QuarkusApplication {

    static final String LOAD_COMMAND = "load";

    @Inject
    LoadCommand loadCommand;

    static boolean isLoadCommand(String... args) {
        return args.length > 0 && LOAD_COMMAND.equals(args[0]);
    }

    @Override
    public int run(String... args) {
        if (isLoadCommand(args)) {
            return loadCommand.run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (CdsTraining.isCommand(args)) {
            return CdsTraining.run(ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class));
        }
        Quarkus.waitForExit();
        return 0;
    }
}
