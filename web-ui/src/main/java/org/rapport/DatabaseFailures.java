package org.rapport;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database did not answer (no connection, a timeout): worth a retry, and worth
 * saying so, where a broken constraint or a bad query is a fault of ours. The views, the API and sign-in over
 * HTTP basic all answer it with the same words.
 */
public final class DatabaseFailures {
    public static final String MESSAGE = "The database is not answering just now, so nothing was saved. "
            + "Try again in a moment.";

    private DatabaseFailures() {
    }

    public static boolean databaseAway(Throwable failure) {
        return Causes.of(failure).anyMatch(t -> t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof SQLException sql && connectionLost(sql));
    }

    /**
     * A connection that broke under us: SQLSTATE class 08 (connection exception) or 57P01–57P03 (PostgreSQL shut
     * down or restarting, which kills open connections), or the pool's "Connection is closed" when a rollback
     * runs on such a connection. Spring does not always translate these (a failed rollback arrives as a
     * TransactionSystemException), so they are recognised here.
     */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"))
                || e.getMessage() != null && e.getMessage().contains("Connection is closed");
    }
}
