package org.disclosurepipeline.aggregation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/** The deadline of a report year: the end of the configured day of year N+1, in the configured zone. */
@ApplicationScoped
public class Deadlines {

    @Inject
    AggregationConfig config;

    /** The due date of reports for {@code year} (31 January of year + 1 by default). */
    public LocalDate dueOn(int year) {
        return config.deadline().monthDay().atYear(year + 1);
    }

    /** A report received before this instant is on time: the start of the day after the due date. */
    public Instant dueBefore(int year) {
        return dueOn(year).plusDays(1).atStartOfDay(config.deadline().zone()).toInstant();
    }
}
