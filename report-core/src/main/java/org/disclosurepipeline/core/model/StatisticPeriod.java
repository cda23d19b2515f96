package org.disclosurepipeline.core.model;

import java.time.LocalDate;

/** 统计期限: the period the report's figures cover, as stated in its preamble. */
public record StatisticPeriod(LocalDate from, LocalDate to) {
}
