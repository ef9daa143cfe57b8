package io.newsflow.ingest;

import java.util.Objects;

/** Outcome of {@link PageValidator#check}: either the decoded page text or the reason it was rejected. */
public sealed interface Verdict {

    /** The input is a publishable page. */
    record Accepted(String text) implements Verdict {
        public Accepted {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The input must go to the dead-letter topic. */
    record Rejected(RejectReason reason, String message) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
