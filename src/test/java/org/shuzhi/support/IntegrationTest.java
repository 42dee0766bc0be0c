package org.shuzhi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on a random port against a fresh embedded PostgreSQL with the demo data. All tests that use
 * exactly this annotation share one Spring context (and so one database): keep them independent of each other's
 * writes, or use codes of their own. Metrics export is on, as in production. The {@code TestRestTemplate} calls as
 * a signed-in administrator ({@link SignedInClient}); browsers sign in with {@link Browser#signIn}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedInClient.class)
public @interface IntegrationTest {
}
