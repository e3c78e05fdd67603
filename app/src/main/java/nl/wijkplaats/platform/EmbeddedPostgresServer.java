package nl.wijkplaats.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL 17 server run from the zonky binaries, with a persistent data directory.
 *
 * <p>zonky is made for tests: it starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}. This database holds ballots and money, so the durable mode
 * overrides both. Before starting, a server left behind by a hard-killed JVM (kill -9) in the same
 * data directory is shut down cleanly, so the next start always works.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on the given data directory (created when missing, kept when present).
     *
     * @param port    0 picks a free port
     * @param durable true for the application (fsync, synchronous commit, full page writes on)
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        stopOrphan(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "Europe/Amsterdam")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), dir);
        return new EmbeddedPostgresServer(pg, dir);
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The pid of the running postmaster, read from its pid file. */
    public Optional<Long> postmasterPid() {
        return readPostmasterPid(dataDirectory);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    static Optional<Long> readPostmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A JVM killed with SIGKILL cannot stop its child server; that server keeps the data directory
     * locked. Ask it for a fast shutdown (SIGINT) and wait for it to go.
     */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = readPostmasterPid(dataDirectory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down", process.pid(), dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            Instant deadline = Instant.now().plusSeconds(60);
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier PostgreSQL server", e);
        }
        if (process.isAlive()) {
            throw new IOException("The earlier PostgreSQL server (pid " + process.pid() + ") did not stop; stop it by hand");
        }
    }
}
