package io.newsflow.app;

import io.newsflow.ingest.IngestCli;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code newsflow ingest}: publishes raw pages (files, a watched directory, stdin) to Kafka. The work is done
 * by {@link IngestCli} in the ingest-producer module; see {@code newsflow ingest --help}.
 */
public final class IngestCommand implements Command {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "publish raw pages (FILE..., --watch DIR, or -) to Kafka; bad input to the dead-letter topic";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        return IngestCli.run(args, in, out, err);
    }
}
