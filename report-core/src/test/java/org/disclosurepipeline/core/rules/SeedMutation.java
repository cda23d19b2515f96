package org.disclosurepipeline.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.parse.Seeds;

/**
 * A real seed report, changed in one place, then parsed and validated: the way every rule test is made. Each
 * change asserts that the text it replaces is there, so a test cannot pass by changing nothing.
 */
public final class SeedMutation {

    private String text;
    private String agencyCode;
    private Integer year;
    private Instant receivedAt;
    private DisclosureReport previousYear;
    private RuleSettings settings = RuleSettings.defaults();

    private SeedMutation(String text, String agencyCode, Integer year) {
        this.text = text;
        this.agencyCode = agencyCode;
        this.year = year;
    }

    /** Seed "000" … "004", submitted for its own agency and 2024. */
    public static SeedMutation seed(String number) {
        String file = Seeds.file(number);
        return new SeedMutation(Seeds.text(number), file.replaceAll("\\D", "").substring(3), 2024);
    }

    /** Any text, submitted for no known agency or year. */
    public static SeedMutation text(String text) {
        return new SeedMutation(text, null, null);
    }

    /** Replaces the one occurrence of {@code target}; fails when it occurs zero or several times. */
    public SeedMutation replace(String target, String replacement) {
        int first = text.indexOf(target);
        assertThat(first).as("'%s' in the seed", target).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf(target, first + 1)).as("'%s' occurs only once in the seed", target).isEqualTo(-1);
        text = text.substring(0, first) + replacement + text.substring(first + target.length());
        return this;
    }

    /** Replaces every occurrence of {@code target}; fails when there is none. */
    public SeedMutation replaceAll(String target, String replacement) {
        assertThat(text).contains(target);
        text = text.replace(target, replacement);
        return this;
    }

    /**
     * Sets the last numbers of the one line that contains {@code label} (a tab-separated table row of seed 002):
     * {@code cells("二、上年结转", "1", "0", "0", "0", "0", "0", "1")}.
     */
    public SeedMutation cells(String label, String... values) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(label)) {
                hits.add(i);
            }
        }
        assertThat(hits).as("lines containing '%s'", label).hasSize(1);
        String[] tokens = lines.get(hits.get(0)).split("\t", -1);
        List<Integer> numbers = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            if (tokens[t].strip().matches("\\d+(\\.\\d+)?")) {
                numbers.add(t);
            }
        }
        assertThat(numbers.size()).as("numbers on the line of '%s'", label).isGreaterThanOrEqualTo(values.length);
        List<Integer> last = numbers.subList(numbers.size() - values.length, numbers.size());
        for (int k = 0; k < values.length; k++) {
            tokens[last.get(k)] = values[k];
        }
        lines.set(hits.get(0), String.join("\t", tokens));
        text = String.join("\n", lines);
        return this;
    }

    /** Replaces everything between the line holding {@code from} and the one holding {@code to} with {@code body}. */
    public SeedMutation replaceBetween(String from, String to, String body) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the seed", from).isGreaterThanOrEqualTo(0);
        start = text.indexOf('\n', start) + 1;
        int end = text.indexOf(to, start);
        assertThat(end).as("'%s' after '%s'", to, from).isGreaterThan(start);
        end = text.lastIndexOf('\n', end) + 1;
        text = text.substring(0, start) + body + "\n" + text.substring(end);
        return this;
    }

    public SeedMutation submittedAs(String agencyCode, Integer year) {
        this.agencyCode = agencyCode;
        this.year = year;
        return this;
    }

    public SeedMutation receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public SeedMutation previousYear(DisclosureReport previousYear) {
        this.previousYear = previousYear;
        return this;
    }

    public SeedMutation settings(RuleSettings settings) {
        this.settings = settings;
        return this;
    }

    public String text() {
        return text;
    }

    /** The parsed report, e.g. to serve as another test's previous year. */
    public DisclosureReport report() {
        return new ReportParser().parse(text).report();
    }

    public ValidationResult validate() {
        ReportChecker checker = new ReportChecker(RuleCatalog.standard(), settings);
        return checker.check(text, new Submission(agencyCode, null, year, receivedAt), previousYear).validation();
    }

    /** The findings of one rule. */
    public List<Finding> findings(String code) {
        return validate().findings().stream().filter(f -> f.rule().equals(code)).toList();
    }

    /** The one finding of a rule; fails when there is none or more than one. */
    public Finding single(String code) {
        List<Finding> found = findings(code);
        assertThat(found).as("findings of %s", code).hasSize(1);
        return found.get(0);
    }
}
