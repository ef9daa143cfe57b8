package io.newsflow.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code newsflow} launcher. */
public interface Command {

    /** The word after {@code newsflow} that selects this command. */
    String name();

    /** One line for the command overview. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit code (0 on success)
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;
}
