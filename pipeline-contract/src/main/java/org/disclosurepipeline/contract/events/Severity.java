package org.disclosurepipeline.contract.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a finding is, written in lower case ({@code error}, {@code warning}, {@code info}). */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
