package nl.wijkplaats.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL when no external database is configured
 * (no {@code SPRING_DATASOURCE_URL}). The data directory persists between runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${wijkplaats.db.data-dir:data/postgres}") String dataDir,
            @Value("${wijkplaats.db.port:0}") int port,
            @Value("${wijkplaats.db.durable:true}") boolean durable) throws IOException {
        return EmbeddedPostgresServer.start(Path.of(dataDir), port, durable);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername("postgres");
        ds.setPassword("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("wijkplaats");
        return ds;
    }
}
