package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The report years that have stored reports: the dashboard opens on the latest, not on a guess from the clock. */
@ApplicationScoped
public class Years {

    @Inject
    EntityManager em;

    /** Years with at least one current report, latest first (an index-only scan of the rollups' table). */
    @SuppressWarnings("unchecked")
    public List<Integer> withReports() {
        return ((List<Number>) em.createNativeQuery("select distinct report_year from report_fact where is_current"
                + " order by 1 desc").getResultList()).stream().map(Number::intValue).toList();
    }
}
