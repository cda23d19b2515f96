package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format is told from the bytes: pages, fragments of pages, and text that merely mentions markup. */
class DocumentFormatTest {

    /**
     * The article as a CMS stores it (上海市人民政府办公厅 2019, reproduced): no {@code <html>} or {@code <body>}, title
     * paragraphs with style attributes, and so much prose that the first {@code <table>} comes after 4 KB.
     */
    @Test
    void aFragmentOfAPageWhoseFirstTableComesLateIsHtml() throws IOException {
        byte[] fragment = resource("/documents/beihu-office-2019.fragment.html");
        String head = new String(fragment, 0, 4096, StandardCharsets.ISO_8859_1);
        assertThat(head).doesNotContain("<table").doesNotContain("<body").doesNotContain("<html");

        assertThat(DocumentFormat.detect(fragment)).isEqualTo(DocumentFormat.HTML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p style='text-align: center;'>2019年…年度报告</p>", "\ufeff  <div class=\"TRS_Editor\">",
            "\n<P>一、总体情况</P>", "<span>2024年</span>", "<!-- 正文 --><p>一、总体情况</p>", "<br/>一、总体情况"})
    void markupThatOpensWithABodyElementIsHtml(String start) {
        assertThat(DocumentFormat.detect(start.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.HTML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"二里镇2024年政府信息公开工作年度报告\n一、总体情况", "<2024年度>政府信息公开工作年度报告",
            "<政府信息公开条例>", "<pre-formatted> 一、总体情况", "p style=…"})
    void textThatOnlyLooksLikeMarkupStaysText(String start) {
        assertThat(DocumentFormat.detect(start.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DocumentFormatTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
