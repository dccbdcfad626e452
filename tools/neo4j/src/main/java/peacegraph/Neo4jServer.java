package peacegraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A real Neo4j Community DBMS with the Bolt connector on loopback and authentication on.
 *
 * <p>Usage: {@code Neo4jServer <homeDir> <readyFile>}; port and password come from
 * NEO4J_BOLT_PORT (default 7687) and NEO4J_PASSWORD (default peacegraph-dev).
 *
 * <p>Startup: start the DBMS, make the password of user {@code neo4j} the configured one
 * (and clear the forced password change), check over Bolt that an authenticated
 * {@code RETURN 1} works, then write {@code readyFile}. SIGTERM/SIGINT shut the DBMS down cleanly.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jServer <homeDir> <readyFile>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path readyFile = Path.of(args[1]).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "peacegraph-dev");
        Files.deleteIfExists(readyFile);

        log("starting Neo4j Community in " + home + ", Bolt on 127.0.0.1:" + port);
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // Routing tables (neo4j:// scheme) hand this address to drivers.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Default is a 5 s lock of the user after 3 bad logins, which makes tests that
                // try a wrong password break the next (correct) login. 0 turns the lock off.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage-data phone-home
                // Bolt otherwise waits 5 s + 5 s on shutdown even with no clients connected.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                Files.deleteIfExists(readyFile);
            } catch (Exception ignored) {
                // best effort
            }
            dbms.shutdown();
            log("stopped cleanly");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, password);
            Files.writeString(readyFile, "pid=" + ProcessHandle.current().pid() + "\nport=" + port + "\n");
            log("ready: bolt://127.0.0.1:" + port + " (user neo4j)");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                log((t == e ? "startup failed: " : "  caused by: ") + t);
            }
            System.exit(1); // runs the shutdown hook, which stops the DBMS
        }
        stopped.await();
    }

    /**
     * Community edition keeps users in the system database. A fresh DBMS has neo4j/neo4j with a
     * forced password change; embedded transactions run with full rights, so set the configured
     * password directly. Runs on every start, so NEO4J_PASSWORD is always authoritative.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user neo4j set from NEO4J_PASSWORD");
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has.
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
            log("password of user neo4j already matches NEO4J_PASSWORD");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    static void log(String msg) {
        System.out.println("[peacegraph-neo4j] " + msg);
        System.out.flush();
    }
}
