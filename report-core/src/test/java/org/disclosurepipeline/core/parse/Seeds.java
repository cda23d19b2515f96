package org.disclosurepipeline.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five real seed reports in src/test/resources/seeds (copied from the shared corpus), by number 000–004. */
public final class Seeds {

    public static final List<String> FILES = List.of("000-erli-610722111.txt", "001-shuangxi-610722114.txt",
            "002-likou-410425108.txt", "003-dongerying-120119123.txt", "004-bianzhao-220822104.txt");

    private Seeds() {
    }

    /** The file name of seed "000" … "004". */
    public static String file(String number) {
        return FILES.stream().filter(f -> f.startsWith(number + "-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + number));
    }

    public static String text(String number) {
        String name = file(number);
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed " + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
