package org.salwmonitor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salwmonitor.batch.db.Tables.OBSERVATION;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

@SalwIntegrationTest
class DatabaseIT {

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatesBatchAndDataTablesAndJooqQueriesThem() {
        assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Long.class)).isNotNull();
        assertThat(dsl.fetchCount(OBSERVATION)).isGreaterThanOrEqualTo(0);
    }
}
