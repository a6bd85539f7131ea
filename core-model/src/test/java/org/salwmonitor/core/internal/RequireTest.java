package org.salwmonitor.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RequireTest {

    @Property(tries = 50)
    void betweenNamesFieldBoundsAndValue(@ForAll @IntRange(min = 2101, max = 100_000) int year) {
        assertThatThrownBy(() -> Require.between(year, 1900, 2100, "year"))
                .hasMessage("year must be between 1900 and 2100, was " + year);
    }
}
