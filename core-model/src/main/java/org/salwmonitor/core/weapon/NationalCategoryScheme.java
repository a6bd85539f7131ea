package org.salwmonitor.core.weapon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * A country's hierarchical classification of weapons in its national reports, and the crosswalk from it to
 * the common {@link WeaponType}s.
 *
 * <p>Invariants: at least one category; codes unique; every parent is declared before its children (so the
 * tree has no cycles); every aggregate-only category has at least one child.
 *
 * <p><b>Crosswalk without double counting</b> ({@link #toCommonTypes(Map)}). Counts may be reported at any
 * level of the tree. For a category, its <em>covered</em> count is the sum, over its children, of each
 * child's reported count or, for an unreported child, of what its own descendants cover. Then:
 * <ul>
 * <li>a reported category contributes {@code reported - covered} (its remainder) to its own common type,
 *     or to {@link WeaponType#UNKNOWN} if it is aggregate only (the unreported share of an aggregate is of
 *     unknown type). A reported category without reported descendants contributes its full count, even 0;
 *     a remainder of 0 contributes nothing.</li>
 * <li>an unreported category contributes nothing itself; its descendants do.</li>
 * <li>{@code covered > reported} is inconsistent and rejected, naming the parent and both sums.</li>
 * </ul>
 * Hence the mapped total equals the sum over the top-level categories of their reported (or covered)
 * counts: a parent and its children are never both counted.
 *
 * @param id          an upper-case identifier of the scheme, such as {@code KZ_2005}
 * @param country     the country whose scheme it is, not null
 * @param source      where the scheme is documented, not blank
 * @param categories  the categories, parents before children, not empty
 */
public record NationalCategoryScheme(String id, Country country, String source, List<NationalCategory> categories) {


    /** Validates every field and the tree. */
    public NationalCategoryScheme {
        Require.code(id, "id");
        Require.nonNull(country, "country");
        source = Require.nonBlank(source, "source");
        categories = Require.copyOf(categories, "categories");
        Require.that(!categories.isEmpty(), "categories must not be empty, was [] for scheme " + id);
        Map<String, NationalCategory> seen = new LinkedHashMap<>();
        for (NationalCategory category : categories) {
            Require.that(!seen.containsKey(category.code()),
                    "categories must have unique codes, was '" + category.code() + "' twice in scheme " + id);
            Require.that(category.isTopLevel() || seen.containsKey(category.parentCode()),
                    "parentCode must name a category declared before its child, was '" + category.parentCode()
                            + "' for category " + category.code() + " in scheme " + id);
            seen.put(category.code(), category);
        }
        for (NationalCategory category : categories) {
            Require.that(!category.isAggregateOnly()
                            || categories.stream().anyMatch(c -> category.code().equals(c.parentCode())),
                    "an aggregate-only category must have children, was category " + category.code()
                            + " without children in scheme " + id);
        }
    }

    /**
     * Returns Kazakhstan's categories of seized weapons in its 2005 national report on the UN Programme of
     * Action (PoA-ISS country profile, Kazakhstan), shipped as {@code national-categories-kz-2005.csv}. The
     * mappings to common types are partly project judgements; the table says which.
     *
     * @return the scheme, not null
     */
    public static NationalCategoryScheme kazakhstan2005() {
        return Kazakhstan2005.SCHEME;
    }

    /**
     * Returns the seized counts per category that Kazakhstan reported for 2005 (PoA-ISS country profile,
     * Kazakhstan): 9,607 = 7,195 smoothbore + 1,118 gas + 344 home-made + 950 rifled; 950 rifled = 13
     * automatic + 532 rifles and carbines + 33 combined + 372 pistols and revolvers.
     *
     * @return the counts by category code, in table order, unmodifiable
     */
    public static Map<String, Long> kazakhstan2005SeizedCounts() {
        return Kazakhstan2005.SEIZED;
    }

    /**
     * Returns the category with this code.
     *
     * @param code  the code, not null
     * @return the category, not null
     * @throws IllegalArgumentException if the scheme has no such category
     */
    public NationalCategory category(String code) {
        Require.nonNull(code, "code");
        return categories.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("category must be a code of scheme " + id
                        + " " + codes() + ", was '" + code + "'"));
    }

    /** Returns the top-level categories, in declaration order. */
    public List<NationalCategory> topLevel() {
        return categories.stream().filter(NationalCategory::isTopLevel).toList();
    }

    /**
     * Returns the direct children of a category, in declaration order.
     *
     * @param code  the parent's code, not null
     * @return the children, empty for a leaf
     * @throws IllegalArgumentException if the scheme has no such category
     */
    public List<NationalCategory> children(String code) {
        category(code);
        return categories.stream().filter(c -> code.equals(c.parentCode())).toList();
    }

    /**
     * Turns counts reported per national category into counts per common weapon type, without double
     * counting a parent and its children (rules in the class documentation).
     *
     * @param reported  counts by category code, at any levels of the tree, not null, no null or negative values
     * @return counts by common type, in {@link WeaponType} order, unmodifiable; a type appears only if some
     *         category contributed to it
     * @throws IllegalArgumentException if a code is unknown, a count negative, or reported children sum to
     *         more than their reported parent
     */
    public Map<WeaponType, Long> toCommonTypes(Map<String, Long> reported) {
        Require.nonNull(reported, "reported");
        for (Map.Entry<String, Long> entry : reported.entrySet()) {
            category(Require.nonNull(entry.getKey(), "reported category code"));
            Require.nonNull(entry.getValue(), "count of category " + entry.getKey());
            Require.nonNegative(entry.getValue(), "count of category " + entry.getKey());
        }
        Map<WeaponType, Long> result = new EnumMap<>(WeaponType.class);
        for (NationalCategory top : topLevel()) {
            attribute(top, reported, result);
        }
        return Collections.unmodifiableMap(result);
    }

    /** Attributes a subtree's counts to {@code result}; returns its reported or covered count, or null if none. */
    private Long attribute(NationalCategory category, Map<String, Long> reported, Map<WeaponType, Long> result) {
        Long covered = null;
        for (NationalCategory child : children(category.code())) {
            Long childCount = attribute(child, reported, result);
            if (childCount != null) {
                covered = (covered == null ? 0 : covered) + childCount;
            }
        }
        Long own = reported.get(category.code());
        if (own == null) {
            return covered;
        }
        if (covered == null) {
            result.merge(target(category), own, Long::sum);
            return own;
        }
        if (covered > own) {
            throw new IllegalArgumentException("category " + category.code() + " of scheme " + id
                    + " was reported as " + own + " but its reported children sum to " + covered
                    + "; children must not sum to more than their parent (parent = children + remainder)");
        }
        if (own > covered) {
            result.merge(target(category), own - covered, Long::sum);
        }
        return own;
    }

    private static WeaponType target(NationalCategory category) {
        return category.isAggregateOnly() ? WeaponType.UNKNOWN : category.commonType();
    }

    private List<String> codes() {
        return categories.stream().map(NationalCategory::code).toList();
    }

    /** The shipped Kazakhstan 2005 table, loaded once on first use. */
    private static final class Kazakhstan2005 {
        static final NationalCategoryScheme SCHEME;
        static final Map<String, Long> SEIZED;

        static {
            List<NationalCategory> categories = new ArrayList<>();
            Map<String, Long> seized = new LinkedHashMap<>();
            for (String[] row : ReferenceCsv.read(NationalCategoryScheme.class, "national-categories-kz-2005.csv", 7)) {
                categories.add(new NationalCategory(row[0], row[1].isEmpty() ? null : row[1], row[2], row[3],
                        row[4].equals("AGGREGATE") ? null : WeaponType.valueOf(row[4])));
                seized.put(row[0], Long.parseLong(row[5]));
            }
            SCHEME = new NationalCategoryScheme("KZ_2005", Country.of("KZ"),
                    "Kazakhstan, national report on the UN Programme of Action, 2005 (PoA-ISS country profile, Kazakhstan)",
                    categories);
            SEIZED = Collections.unmodifiableMap(seized);
        }

        private Kazakhstan2005() {
        }
    }
}
