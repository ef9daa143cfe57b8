package io.newsflow.sink.postgres;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Classifies database errors into "retry the batch" and "the data is the problem". */
final class TransientSqlErrors {
    private TransientSqlErrors() {
    }

    /**
     * Errors worth retrying the same batch for: connection problems (SQLState class 08), serialization
     * failures (40001), deadlocks (40P01), too many connections (53300) and server shutdown/start-up
     * (57P01..57P03).
     */
    static boolean isTransient(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x instanceof SQLTransientException || x instanceof SQLRecoverableException) {
                return true;
            }
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                    || state.equals("53300") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Errors caused by one record's content: data exceptions (class 22, e.g. a NUL character in text)
     * and integrity violations (class 23). Worth isolating the record and dead-lettering it.
     */
    static boolean isDataError(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
