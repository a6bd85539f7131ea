package org.salwmonitor.batch.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import org.salwmonitor.batch.SalwApplication;

/** Starts the Spring application (database, migrations, jobs) for a command that needs it. */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions database, ApplicationListener<?>... listeners) {
        SpringApplication application = new SpringApplication(SalwApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.addListeners(listeners);
        return application.run(database.springArguments().toArray(String[]::new));
    }
}
