package org.disclosurepipeline.aggregation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6266 / 5987 file names: an ASCII fallback and the Chinese name percent-encoded in UTF-8. */
class DownloadsTest {

    @Test
    void theChineseNameIsPercentEncodedBesideAnAsciiFallback() {
        assertThat(Downloads.disposition("problems-610722-2024.csv", "城固县2024年度问题清单 (1)*.csv"))
                .isEqualTo("attachment; filename=\"problems-610722-2024.csv\"; filename*=UTF-8''"
                        + "%E5%9F%8E%E5%9B%BA%E5%8E%BF2024%E5%B9%B4%E5%BA%A6%E9%97%AE%E9%A2%98%E6%B8%85%E5%8D%95"
                        + "%20%281%29%2A.csv");
    }
}
