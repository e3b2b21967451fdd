package org.rapport;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * The database stops answering, as when PostgreSQL restarts: the application's connection pool is suspended and
 * Hikari refuses every request for a connection at once, as it does when none can be made within its timeout.
 * The pool is the one the shared test context uses (a mocked DataSource would start a second context), so
 * {@link #close()} gives it back; closing twice is harmless. Needs
 * {@code spring.datasource.hikari.allow-pool-suspension=true}, set in the tests' configuration.
 */
public final class DatabaseOutage implements AutoCloseable {
    private static final String THROW_IF_SUSPENDED = "com.zaxxer.hikari.throwIfSuspended";

    private final HikariPoolMXBean pool;

    private DatabaseOutage(HikariPoolMXBean pool) {
        this.pool = pool;
    }

    public static DatabaseOutage begin(DataSource dataSource) throws SQLException {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        System.setProperty(THROW_IF_SUSPENDED, "true");
        pool.suspendPool();
        return new DatabaseOutage(pool);
    }

    @Override
    public void close() {
        pool.resumePool();
        System.clearProperty(THROW_IF_SUSPENDED);
    }
}
