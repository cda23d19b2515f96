package org.disclosurepipeline.validation.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.disclosurepipeline.core.json.Json;

/** REST answers use the core's JSON: the structured report in its contract shape, ISO dates. */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
