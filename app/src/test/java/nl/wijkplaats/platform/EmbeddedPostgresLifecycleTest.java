package nl.wijkplaats.platform;

import nl.wijkplaats.WijkplaatsApplication;
import nl.wijkplaats.security.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own database: durable settings, data kept across restarts, recovery after kill -9, and no
 * database process left behind after a normal stop.
 */
class EmbeddedPostgresLifecycleTest {

    @TempDir
    Path tmp;

    @Test
    void applicationKeepsItsDataAcrossRestartsWithDurableSettingsAndLeavesNoServerBehind() {
        Path dataDir = tmp.resolve("data");
        long postmaster;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(setting(jdbc, "fsync")).isEqualTo("on");
            assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(jdbc, "full_page_writes")).isEqualTo("on");
            AccountService accounts = app.getBean(AccountService.class);
            accounts.create("blijft.bestaan", "Blijft Bestaan", null, "een-lang-wachtwoord", "test");
            // on a fresh installation the generated beheerder is the only one, and cannot lose that role
            var admin = accounts.findByUsername("beheerder").orElseThrow();
            assertThatThrownBy(() -> accounts.removeRole(admin.id(), admin.roles().get(0).id(), "beheerder"))
                    .hasMessageContaining("laatste beheerder");
            EmbeddedPostgresServer server = app.getBean(EmbeddedPostgresServer.class);
            assertThat(server.dataDirectory()).isEqualTo(dataDir.resolve("postgres").toAbsolutePath().normalize());
            postmaster = server.postmasterPid().orElseThrow();
            assertThat(ProcessHandle.of(postmaster)).isPresent();
        }
        waitUntilGone(postmaster);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBean(AccountService.class).findByUsername("blijft.bestaan")).isPresent();
            // the first start's generated beheerder is still the only one: no second initial admin
            assertThat(app.getBean(AccountService.class).all()).extracting(a -> a.username())
                    .containsExactlyInAnyOrder("beheerder", "blijft.bestaan");
        }
    }

    @Test
    void afterTheJvmIsKilledHardTheNextStartWorksAndKeepsCommittedData() throws Exception {
        Path dataDir = tmp.resolve("pg");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DbChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        long orphanPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String ready = null;
            Instant deadline = Instant.now().plusSeconds(120);
            while (ready == null && Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready = line;
                }
            }
            assertThat(ready).as("child database started").isNotNull();
            orphanPid = Long.parseLong(ready.substring(6).trim());
            child.destroyForcibly(); // SIGKILL: no shutdown hooks run
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // the server the killed JVM started is still running and holds the data directory
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true);
             Connection c = server.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select choice from ballot where id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("plein vergroenen");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // command-line arguments: they win over application.properties, as they would for an operator
        return new SpringApplicationBuilder(WijkplaatsApplication.class)
                .run("--wijkplaats.db.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--spring.main.banner-mode=off", "--logging.level.io.zonky=WARN",
                        "--wijkplaats.admin.password=beheerder-wachtwoord");
    }

    private static String setting(JdbcClient jdbc, String name) {
        return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
    }

    private static void waitUntilGone(long pid) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
