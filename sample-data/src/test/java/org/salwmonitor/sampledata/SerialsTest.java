package org.salwmonitor.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "KA 447123;KA447123",
        "ka-447123;KA447123",
        "КА 447123;KA447123",
        "№ KA447123;KA447123",
        "OB 123 456;0B123456",
        "0B 123456;0B123456",
        "ＫＡ４４７１２３;KA447123",
        "'';''"})
    void keyFoldsCaseScriptPunctuationAndLetterO(String serial, String key) {
        assertThat(Serials.key(serial)).isEqualTo(key);
    }

    @Property
    void everyWrittenFormOfACoreHasTheSameKey(@ForAll @LongRange(min = 0, max = 100_000_000) long n,
            @ForAll @IntRange(min = 0, max = 7) int style) {
        // given
        String core = Serials.randomCore(n, 12345);

        // when
        String key = Serials.key(Serials.written(core, style));

        // then
        assertThat(key).isEqualTo(Serials.key(core)).hasSize(8);
    }

    @Test
    void randomCoresAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (long n = 0; n < 200_000; n++) {
            assertThat(keys.add(Serials.key(Serials.randomCore(n, 987654321L)))).as("n=%d", n).isTrue();
        }
    }

    @Test
    void plantedCoresNeverLookLikeRandomOnes() {
        assertThat(Serials.plantedCore(0, 0).substring(2)).isEqualTo("900000");
        for (long n = 0; n < 10_000; n++) {
            assertThat(Integer.parseInt(Serials.randomCore(n, 42).substring(2))).isLessThan(900_000);
        }
    }
}
