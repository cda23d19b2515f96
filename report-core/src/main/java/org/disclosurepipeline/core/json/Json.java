package org.disclosurepipeline.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.disclosurepipeline.core.model.DisclosureReport;

/** The one JSON mapper of the core: ISO dates, the report in its contract shape, unknown fields tolerated. */
public final class Json {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Configures a mapper (such as the one a framework provides) the way the core's JSON needs. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule reports = new SimpleModule("disclosure-report");
        reports.addSerializer(DisclosureReport.class, new ReportJson.Serializer());
        reports.addDeserializer(DisclosureReport.class, new ReportJson.Deserializer());
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(reports)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS));
    }
}
