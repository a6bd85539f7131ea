package org.salwmonitor.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The SALW Monitor batch application. */
@SpringBootApplication
public class SalwApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalwApplication.class, args);
    }
}
