package org.salwmonitor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code list of the library with a {@code label(Locale)}: English and Russian labels exist for every
 * constant, and a null locale is rejected with a message naming it (not a bare NullPointerException).
 */
class LocalizedLabelsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @ParameterizedTest
    @ValueSource(classes = {
            org.salwmonitor.core.casefile.AgeBand.class,
            org.salwmonitor.core.casefile.AgencyType.class,
            org.salwmonitor.core.casefile.CaseStage.class,
            org.salwmonitor.core.casefile.CriminalContext.class,
            org.salwmonitor.core.casefile.EventType.class,
            org.salwmonitor.core.casefile.IllicitOriginFinding.class,
            org.salwmonitor.core.casefile.LegalJustification.class,
            org.salwmonitor.core.casefile.LossKind.class,
            org.salwmonitor.core.casefile.PersonRole.class,
            org.salwmonitor.core.casefile.PointOfDiversion.class,
            org.salwmonitor.core.casefile.TraceStatus.class,
            org.salwmonitor.core.compliance.ComplianceStatus.class,
            org.salwmonitor.core.disclosure.CellStatus.class,
            org.salwmonitor.core.law.ActionLevel.class,
            org.salwmonitor.core.law.ActionType.class,
            org.salwmonitor.core.law.Binding.class,
            org.salwmonitor.core.law.DeadlineBasis.class,
            org.salwmonitor.core.law.InstrumentKind.class,
            org.salwmonitor.core.law.ParticipationStatus.class,
            org.salwmonitor.core.law.Periodicity.class,
            org.salwmonitor.core.law.ReportVisibility.class,
            org.salwmonitor.core.law.Scope.class,
            org.salwmonitor.core.quality.Importance.class,
            org.salwmonitor.core.quality.OutlierMethod.class,
            org.salwmonitor.core.sdg.NotAvailableReason.class,
            org.salwmonitor.core.sdg.Sdg1642Status.class,
            org.salwmonitor.core.statistics.Confidentiality.class,
            org.salwmonitor.core.statistics.Dimension.class,
            org.salwmonitor.core.statistics.Indicator.class,
            org.salwmonitor.core.statistics.ObservationStatus.class,
            org.salwmonitor.core.statistics.UnitOfMeasure.class,
            org.salwmonitor.core.trend.PValueMethod.class,
            org.salwmonitor.core.trend.Verdict.class,
            org.salwmonitor.core.weapon.ItemClass.class,
            org.salwmonitor.core.weapon.MarkingElement.class,
            org.salwmonitor.core.weapon.PartType.class,
            org.salwmonitor.core.weapon.WeaponType.class})
    void everyConstantHasANonBlankEnglishAndACyrillicRussianLabel(Class<?> codeList) throws Exception {
        // given
        Method label = codeList.getMethod("label", Locale.class);
        List<?> constants = Arrays.asList(codeList.getEnumConstants());
        // then
        assertThat(constants).isNotEmpty();
        for (Object constant : constants) {
            String english = (String) label.invoke(constant, Locale.ENGLISH);
            String russian = (String) label.invoke(constant, RU);
            assertThat(english).as("%s English label", constant).isNotBlank();
            assertThat(hasCyrillic(english)).as("%s English label '%s' has Cyrillic letters", constant, english)
                    .isFalse();
            // labels made only of digits and signs (age bands such as 18–24) are the same in both languages
            assertThat(hasCyrillic(russian) || !hasLatin(english))
                    .as("%s Russian label '%s' has Cyrillic letters", constant, russian).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {
            org.salwmonitor.core.casefile.AgeBand.class,
            org.salwmonitor.core.casefile.AgencyType.class,
            org.salwmonitor.core.casefile.CaseStage.class,
            org.salwmonitor.core.casefile.CriminalContext.class,
            org.salwmonitor.core.casefile.EventType.class,
            org.salwmonitor.core.casefile.IllicitOriginFinding.class,
            org.salwmonitor.core.casefile.LegalJustification.class,
            org.salwmonitor.core.casefile.LossKind.class,
            org.salwmonitor.core.casefile.PersonRole.class,
            org.salwmonitor.core.casefile.PointOfDiversion.class,
            org.salwmonitor.core.casefile.TraceStatus.class,
            org.salwmonitor.core.compliance.ComplianceStatus.class,
            org.salwmonitor.core.disclosure.CellStatus.class,
            org.salwmonitor.core.law.ActionLevel.class,
            org.salwmonitor.core.law.ActionType.class,
            org.salwmonitor.core.law.Binding.class,
            org.salwmonitor.core.law.DeadlineBasis.class,
            org.salwmonitor.core.law.InstrumentKind.class,
            org.salwmonitor.core.law.ParticipationStatus.class,
            org.salwmonitor.core.law.Periodicity.class,
            org.salwmonitor.core.law.ReportVisibility.class,
            org.salwmonitor.core.law.Scope.class,
            org.salwmonitor.core.quality.Importance.class,
            org.salwmonitor.core.quality.OutlierMethod.class,
            org.salwmonitor.core.sdg.NotAvailableReason.class,
            org.salwmonitor.core.sdg.Sdg1642Status.class,
            org.salwmonitor.core.statistics.Confidentiality.class,
            org.salwmonitor.core.statistics.Dimension.class,
            org.salwmonitor.core.statistics.Indicator.class,
            org.salwmonitor.core.statistics.ObservationStatus.class,
            org.salwmonitor.core.statistics.UnitOfMeasure.class,
            org.salwmonitor.core.trend.PValueMethod.class,
            org.salwmonitor.core.trend.Verdict.class,
            org.salwmonitor.core.weapon.ItemClass.class,
            org.salwmonitor.core.weapon.MarkingElement.class,
            org.salwmonitor.core.weapon.PartType.class,
            org.salwmonitor.core.weapon.WeaponType.class})
    void rejectsANullLocaleNamingIt(Class<?> codeList) throws Exception {
        // given
        Method label = codeList.getMethod("label", Locale.class);
        Object first = codeList.getEnumConstants()[0];
        // when / then
        assertThatThrownBy(() -> invoke(label, first))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }

    private static boolean hasCyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static boolean hasLatin(String text) {
        return text.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    }

    private static Object invoke(Method method, Object target) throws Throwable {
        try {
            return method.invoke(target, (Object) null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
