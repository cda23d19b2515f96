package org.disclosurepipeline.core.parse;

import java.util.Arrays;

/** The characters of a glued row read as numbers in place: the well-formed numbers {@link SplitSearch} tries. */
final class DigitRun {

    private final char[] digits;

    DigitRun(String digits) {
        this.digits = digits.toCharArray();
    }

    char[] chars() {
        return digits;
    }

    /** Whether digits[from, to) is a well-formed amount: {@code (0|[1-9]\d{0,8})(\.\d{1,6})?}. */
    boolean isAmount(int from, int to) {
        int i = from;
        if (i == to || !Chars.isAsciiDigit(digits[i])) {
            return false;
        }
        if (digits[i] == '0') {
            i++;
        } else {
            while (i < to && Chars.isAsciiDigit(digits[i]) && i - from < 9) {
                i++;
            }
        }
        if (i == to) {
            return true;
        }
        if (digits[i] != '.' || to - i - 1 < 1 || to - i - 1 > 6) {
            return false;
        }
        for (int k = i + 1; k < to; k++) {
            if (!Chars.isAsciiDigit(digits[k])) {
                return false;
            }
        }
        return true;
    }

    /** Where the decimal form of {@code n} ends if the digits at {@code from} spell it, or -1. */
    int numberAt(int from, long n) {
        if (n < 0) {
            String s = Long.toString(n);
            return new String(digits).startsWith(s, from) ? from + s.length() : -1;
        }
        int length = digitCount(n);
        if (from + length > digits.length || length > 1 && digits[from] == '0') {
            return -1;
        }
        long spelt = 0;
        for (int k = from; k < from + length; k++) {
            if (!Chars.isAsciiDigit(digits[k])) {
                return -1;
            }
            spelt = spelt * 10 + (digits[k] - '0');
        }
        return spelt == n ? from + length : -1;
    }

    /** totals[m]: the number the last m digits spell, or -1 when they are no well-formed count. */
    long[] suffixTotals(int maxLength) {
        long[] totals = new long[maxLength + 1];
        Arrays.fill(totals, -1);
        long value = 0;
        long scale = 1;
        for (int m = 1; m <= Math.min(maxLength, digits.length); m++) {
            char c = digits[digits.length - m];
            if (!Chars.isAsciiDigit(c)) {
                break;
            }
            value += (c - '0') * scale;
            scale *= 10;
            totals[m] = m > 1 && c == '0' ? -1 : value;
        }
        return totals;
    }

    /** How many digits a number has when written out without its sign (0 has one). */
    static int digitCount(long n) {
        long v = Math.abs(n);
        int count = 1;
        while (count < TENS.length && v >= TENS[count]) {
            count++;
        }
        return count;
    }

    /** 10^0 … 10^18. */
    static final long[] TENS = java.util.stream.LongStream.iterate(1L, t -> t * 10).limit(19).toArray();
}
