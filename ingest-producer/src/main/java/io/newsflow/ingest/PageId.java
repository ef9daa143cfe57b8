package io.newsflow.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one newspaper page as derived by {@link PageIds}.
 *
 * @param id          the record key on the raw-page topic; never blank
 * @param publication publication code taken from the file name (e.g. {@code rmrb}), or null when unknown
 * @param editionDate edition date, or null when neither the file name nor the page header tells it
 * @param pageNumber  printed page number, or null when unknown
 * @param derivedFrom which rule produced the id
 */
public record PageId(String id, String publication, LocalDate editionDate, Integer pageNumber, Rule derivedFrom) {

    /** The derivation rule that produced an id, from most to least specific. */
    public enum Rule {
        /** Edition date and page number found in the file name. */
        FILE_NAME_EDITION,
        /** Edition date and page number found in a masthead line at the top of the page text. */
        HEADER_EDITION,
        /** No edition data: the id is the file name. */
        FILE_NAME,
        /** Unnamed input (stdin): the id is derived from the content hash. */
        CONTENT_HASH
    }

    public PageId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
        if (id.isBlank()) {
            throw new IllegalArgumentException("page id must not be blank");
        }
    }

    /** Edition date as ISO {@code yyyy-MM-dd}, or null. */
    public String editionDateIso() {
        return editionDate == null ? null : editionDate.toString();
    }
}
