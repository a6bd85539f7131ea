package org.salwmonitor.batch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application against a real PostgreSQL: a fresh embedded one under {@code target/} per test JVM
 * (one Spring context shared by all test classes), or the external one named by {@code SALW_DB_URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "salw.home=target/it-home/${random.uuid}")
public @interface SalwIntegrationTest {
}
