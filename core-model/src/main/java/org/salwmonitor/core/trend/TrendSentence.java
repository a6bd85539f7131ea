package org.salwmonitor.core.trend;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the one-sentence summary of a {@link TrendResult} in English or Russian. */
final class TrendSentence {

    private static final String EN_DASH = "\u2013";

    private TrendSentence() {
    }

    static String write(TrendResult result, String subject, Locale locale) {
        boolean russian = "ru".equals(locale.getLanguage());
        AnnualSeries series = result.series();
        if (result.verdict() == Verdict.INSUFFICIENT_DATA) {
            String period = period(series.firstYear(), series.lastYear());
            int n = series.size();
            return russian
                    ? subject + ": недостаточно данных для оценки тренда (лет с данными: " + n + ", " + period
                            + "; нужно не менее " + result.minimumPoints() + ")."
                    : subject + ": too few years with data for a trend test (" + n + (n == 1 ? " year" : " years")
                            + " with data, " + period + "; at least " + result.minimumPoints() + " needed).";
        }
        MannKendallTest test = result.mannKendall().orElseThrow();
        String details = " (" + period(series.firstYear(), series.lastYear()) + gapsClause(series.gaps(), russian)
                + (russian ? ", критерий Манна — Кендалла: " : ", Mann" + EN_DASH + "Kendall ")
                + formatP(test.pValue(), result.alpha(), locale) + ").";
        if (result.verdict() == Verdict.NO_SIGNIFICANT_TREND) {
            return subject + (russian ? ": статистически значимого тренда нет" : " showed no significant trend")
                    + details;
        }
        boolean rising = result.verdict() == Verdict.INCREASING;
        double slope = Math.abs(result.theilSen().orElseThrow().slope());
        if (slope == 0) {
            // significant by Mann-Kendall, yet the median yearly change is zero (many tied values)
            return subject + (russian
                    ? (rising ? ": тенденция к росту" : ": тенденция к снижению")
                    : (rising ? " tended upwards" : " tended downwards")) + details;
        }
        String amount = formatAbout(slope, locale);
        return russian
                ? subject + (rising ? ": рост" : ": снижение") + " примерно на " + amount + " в год" + details
                : subject + (rising ? " rose" : " fell") + " by about " + amount + " a year" + details;
    }

    /** "2015–2022", or "2024" for a single year. */
    private static String period(int first, int last) {
        return first == last ? Integer.toString(first) : first + EN_DASH + last;
    }

    /** ", no data for 2017 and 2019–2020" / ", нет данных за 2017 и 2019–2020 гг.", or "" without gaps. */
    private static String gapsClause(List<Integer> gaps, boolean russian) {
        if (gaps.isEmpty()) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        int start = gaps.get(0);
        int previous = start;
        for (int i = 1; i <= gaps.size(); i++) {
            if (i < gaps.size() && gaps.get(i) == previous + 1) {
                previous = gaps.get(i);
                continue;
            }
            runs.add(period(start, previous));
            if (i < gaps.size()) {
                start = gaps.get(i);
                previous = start;
            }
        }
        String joined = runs.size() == 1
                ? runs.get(0)
                : String.join(", ", runs.subList(0, runs.size() - 1)) + (russian ? " и " : " and ")
                        + runs.get(runs.size() - 1);
        boolean oneYear = gaps.size() == 1;
        return russian
                ? ", нет данных за " + joined + (oneYear ? " г." : " гг.")
                : ", no data for " + joined;
    }

    /** The magnitude rounded to two significant digits: 9.67 to 9.7, 29.7 to 30, 1160 to 1200. */
    static String formatAbout(double magnitude, Locale locale) {
        BigDecimal rounded = BigDecimal.valueOf(magnitude).round(new MathContext(2, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        return number(Math.max(0, rounded.scale()), locale).format(rounded);
    }

    /**
     * "p &lt; 0.001" below the display threshold, else "p = 0.002" with three decimals (more when
     * α needs them), adding decimals when rounding would put p on the other side of α.
     */
    static String formatP(double p, double alpha, Locale locale) {
        int decimals = Math.max(3, (int) Math.ceil(-Math.log10(alpha)) + 1);
        BigDecimal threshold = BigDecimal.ONE.movePointLeft(decimals);
        if (p < threshold.doubleValue()) {
            return "p < " + number(decimals, locale).format(threshold);
        }
        boolean significant = p <= alpha;
        BigDecimal rounded = BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP);
        while ((rounded.doubleValue() <= alpha) != significant && decimals < 12) {
            decimals++;
            rounded = BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP);
        }
        return "p = " + number(decimals, locale).format(rounded);
    }

    private static NumberFormat number(int decimals, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
