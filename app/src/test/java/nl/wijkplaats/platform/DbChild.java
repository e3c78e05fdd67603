package nl.wijkplaats.platform;

import java.nio.file.Path;
import java.sql.Connection;

/** Run in a separate JVM by {@link EmbeddedPostgresLifecycleTest}: starts the server, writes a row, waits to be killed. */
public final class DbChild {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, true);
        try (Connection c = server.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("create table if not exists ballot (id int primary key, choice text)");
            st.execute("insert into ballot values (1, 'plein vergroenen') on conflict do nothing");
        }
        System.out.println("READY " + server.postmasterPid().orElseThrow());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
