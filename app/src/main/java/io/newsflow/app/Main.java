package io.newsflow.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ./newsflow}: dispatches to the sub-commands. */
public final class Main {

    private Main() {
    }

    /** All commands, in the order {@code --help} lists them. Add new commands here. */
    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.<Command>of(
                new ProcessCommand(),
                new EvalNerCommand(), new TrainNerCommand(),
                new IngestCommand(),
                new StreamCommand(),
                new DemoCommand(), new ReplayCommand(),
                new BenchCommand())) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    public static void main(String[] argv) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(argv, out, err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Map<String, Command> commands = commands();
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            usage(commands, argv.length == 0 ? err : out);
            return argv.length == 0 ? 2 : 0;
        }
        Command command = commands.get(argv[0]);
        if (command == null) {
            err.println("newsflow: unknown command '" + argv[0] + "'");
            usage(commands, err);
            return 2;
        }
        List<String> rest = new ArrayList<>(List.of(argv).subList(1, argv.length));
        return command.run(rest, System.in, out, err);
    }

    private static void usage(Map<String, Command> commands, PrintStream to) {
        to.println("usage: newsflow COMMAND [ARGS...]   (newsflow COMMAND --help for details)");
        to.println();
        for (Command c : commands.values()) {
            to.printf("  %-10s %s%n", c.name(), c.summary());
        }
    }
}
