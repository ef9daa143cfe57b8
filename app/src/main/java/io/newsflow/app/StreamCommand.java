package io.newsflow.app;

import io.newsflow.stream.StreamCli;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code newsflow stream normalize|split|extract|all}: runs the Kafka Streams applications. The work is done by
 * {@link StreamCli} in the stream-processors module; see {@code newsflow stream --help}.
 */
public final class StreamCommand implements Command {

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public String summary() {
        return "run the stream applications (normalize|split|extract|all) until Ctrl-C";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        return StreamCli.run(args, out, err);
    }
}
