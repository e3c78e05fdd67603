package nl.wijkplaats.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the shared embedded PostgreSQL, with the whole application context (cached across
 * test classes: do not add per-class properties or mock beans, that would start another context). The "test"
 * profile loads gemeente Utrecht (CBS 2023 and 2024, boundaries) at start, like the demo, but no demo accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
