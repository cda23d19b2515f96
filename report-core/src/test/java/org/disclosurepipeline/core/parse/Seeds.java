package org.disclosurepipeline.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The real seed reports in the test resources, by number (000–004). */
public final class Seeds {

    private Seeds() {
    }

    public static String text(String number) throws IOException {
        String name = switch (number) {
            case "000" -> "000-erli-610722111.txt";
            case "001" -> "001-shuangxi-610722114.txt";
            case "002" -> "002-likou-410425108.txt";
            case "003" -> "003-dongerying-120119123.txt";
            case "004" -> "004-bianzhao-220822104.txt";
            default -> throw new IllegalArgumentException("no seed " + number);
        };
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
