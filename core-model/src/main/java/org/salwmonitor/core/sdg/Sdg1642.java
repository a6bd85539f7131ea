package org.salwmonitor.core.sdg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Observations;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * Derives SDG indicator 16.4.2 from national statistics.
 *
 * <p>Definition (custodians UNODC and UNODA; UN SDG database series {@code VC_ARM_SZTRACE}): the
 * proportion of seized, found or surrendered arms whose illicit origin or context has been traced or
 * established by a competent authority in line with international instruments, in percent.
 * <ul>
 *   <li>Denominator: {@link Indicator#ITEMS} with item class {@code FIREARM}, weapon type and criminal
 *       context total, for the events {@code SEIZED}, {@code FOUND} and {@code SURRENDERED}.</li>
 *   <li>Numerator: {@link Indicator#ORIGIN_ESTABLISHED}, in the same way.</li>
 * </ul>
 *
 * <p>Rule for parts and total, applied to numerator and denominator alike: when all three events are
 * reported with a value, the input is their sum; otherwise, when the event total ({@value Dimensions#TOTAL})
 * is reported with a value, the input is that total; otherwise the input is missing. The total and its
 * parts are never added together, and an event that was not reported is never taken as zero. Whether
 * reported parts agree with a reported total is a matter for data validation, not for this calculation.
 * Only annual observations are used; quarters are not summed into years.
 *
 * <p>Pooling: a regional rate is the sum of the numerators over the sum of the denominators of the
 * countries whose rate is available ({@link Sdg1642RegionalRate#pool}), never the average of national rates.
 *
 * <p>Caveats: the numerator counts arms whose origin was traced and arms whose origin was otherwise
 * established (for example through intelligence), which national systems may not separate; tracing takes
 * time, so a year's numerator may grow after the year is reported and recent years understate the rate;
 * countries or years with no data are excluded from every figure, never counted as zero.
 */
public final class Sdg1642 {

    private Sdg1642() {
    }

    /**
     * Computes the rate of every country and year that has at least one input observation: firearms
     * seized, found or surrendered (item class {@code FIREARM}, weapon type and context total) or arms
     * with established illicit origin. Other observations are ignored.
     *
     * @param observations  the observations, not null, no null element, no two with the same series and period
     * @return the rates ordered by country and year, not null
     * @throws IllegalArgumentException if two observations have the same series and period
     */
    public static List<Sdg1642Rate> fromObservations(Collection<Observation> observations) {
        SortedMap<Country, SortedMap<Integer, CountryYear>> inputs = new TreeMap<>();
        for (Map.Entry<SeriesKey, SortedMap<Period, Observation>> series
                : Observations.bySeries(observations).entrySet()) {
            SeriesKey key = series.getKey();
            boolean denominator = isDenominator(key);
            if (!denominator && key.indicator() != Indicator.ORIGIN_ESTABLISHED) {
                continue;
            }
            for (Observation observation : series.getValue().values()) {
                if (!observation.period().isAnnual()) {
                    continue;
                }
                CountryYear countryYear = inputs.computeIfAbsent(key.area(), area -> new TreeMap<>())
                        .computeIfAbsent(observation.period().year(), year -> new CountryYear());
                (denominator ? countryYear.denominator : countryYear.numerator)
                        .add(key.dimensions().event(), observation);
            }
        }
        List<Sdg1642Rate> rates = new ArrayList<>();
        inputs.forEach((country, years) -> years.forEach((year, countryYear) -> rates.add(new Sdg1642Rate(country,
                year, countryYear.numerator.value(), countryYear.denominator.value()))));
        return List.copyOf(rates);
    }

    private static boolean isDenominator(SeriesKey key) {
        Dimensions dimensions = key.dimensions();
        return key.indicator() == Indicator.ITEMS && dimensions.itemClass() == ItemClass.FIREARM
                && dimensions.weaponType() == null && dimensions.context() == null;
    }

    /** The numerator and denominator observations of one country and year. */
    private static final class CountryYear {
        final Input numerator = new Input();
        final Input denominator = new Input();
    }

    /** The observations of one input: the event total and the parts by event. */
    private static final class Input {
        final Map<EventType, Observation> parts = new EnumMap<>(EventType.class);
        Observation total;

        void add(EventType event, Observation observation) {
            if (event == null) {
                total = observation;
            } else {
                parts.put(event, observation);
            }
        }

        /** Sum of all three parts if each has a count, else the total if it has one, else missing. */
        OptionalLong value() {
            if (parts.size() == EventType.values().length
                    && parts.values().stream().noneMatch(Observation::isMissing)) {
                long sum = 0;
                for (Observation part : parts.values()) {
                    sum = Math.addExact(sum, part.value().asLong().getAsLong());
                }
                return OptionalLong.of(sum);
            }
            return total == null ? OptionalLong.empty() : total.value().asLong();
        }
    }

    /**
     * Returns the rate of one country and year from counts given directly, each possibly missing.
     *
     * <p>Mind the order: the denominator comes first here, whereas {@link Sdg1642Rate#of} and the
     * {@link Sdg1642Rate} constructor take the numerator first. Both arguments are {@code OptionalLong},
     * so the compiler cannot catch a swap; a swapped pair usually shows as
     * {@link NotAvailableReason#NUMERATOR_EXCEEDS_DENOMINATOR}.
     *
     * @param country      the country, not null
     * @param year         the year, 1900 to 2100
     * @param denominator  arms seized, found or surrendered, empty if missing
     * @param numerator    arms whose illicit origin was established, empty if missing
     * @return the rate, not null
     */
    public static Sdg1642Rate rate(Country country, int year, OptionalLong denominator, OptionalLong numerator) {
        return new Sdg1642Rate(country, year, numerator, denominator);
    }
}
