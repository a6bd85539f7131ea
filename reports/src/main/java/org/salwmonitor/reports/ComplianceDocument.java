package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.salwmonitor.core.compliance.CycleCompliance;
import org.salwmonitor.core.compliance.ReportingRates;
import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.law.Instrument;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.ParticipationAction;
import org.salwmonitor.core.law.ReportingObligation;
import org.salwmonitor.core.quality.StateYearCompleteness;
import org.salwmonitor.core.quality.ValidationViolation;
import org.salwmonitor.core.sdg.Sdg1642RegionalRate;

/** Lays out the compliance report of one language. */
final class ComplianceDocument {

    private final ComplianceReportModel model;
    private final Texts texts;
    private final Doc doc = new Doc();
    private final List<Country> members;
    private final List<Integer> years;

    private ComplianceDocument(ComplianceReportModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.members = model.metadata().region().members();
        this.years = model.metadata().years();
    }

    static Doc of(ComplianceReportModel model, Texts texts) {
        return new ComplianceDocument(model, texts).build();
    }

    private Doc build() {
        ReportingRates region = model.compliance().rates(model.metadata().region());
        doc.h1(texts.t("compliance.summary"));
        doc.p(texts.t("compliance.summary.rates", model.metadata().region().name(texts.locale()),
                region.expected(), region.submitted(), region.onTime(), rate(region.submissionRate()),
                rate(region.onTimeRate()), texts.date(model.compliance().asOf())));
        doc.p(texts.t("compliance.summary.quality", model.violations().size(), model.outliers().size(),
                rate(model.completeness().receivedRate())));

        doc.h1(texts.t("matrix.title"));
        doc.table(matrix());
        doc.note(texts.t("matrix.note"));

        doc.pageBreak().h1(texts.t("cycles.title"));
        doc.p(texts.t("cycles.intro"));
        for (ReportingObligation obligation : model.obligations()) {
            List<CycleCompliance> rows = model.compliance().cycles().stream()
                    .filter(row -> row.cycle().obligation().code().equals(obligation.code())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            doc.together(d -> d.h2(obligation.label(texts.locale()) + " ("
                    + obligation.periodicity().label(texts.locale()) + ")").table(cycles(obligation, rows)));
        }
        doc.together(d -> d.h2(texts.t("rates.title")).table(rates()).note(texts.t("rates.note")));

        // The short sections follow one another; each moves to the next page whole when it does not fit.
        doc.together(d -> d.h1(texts.t("sdg.states.title")).table(sdgByState())
                .note(texts.t("sdg.states.note", model.policy().threshold())));

        doc.together(d -> d.h1(texts.t("completeness.title"))
                .p(texts.t("completeness.intro", model.completeness().expected(), model.completeness().received(),
                        rate(model.completeness().receivedRate())))
                .table(completeness()));
        doc.h1(texts.t("quality.title"));
        doc.together(d -> {
            d.h2(texts.t("violations.title"));
            if (model.violations().isEmpty()) {
                d.p(texts.t("violations.none"));
            } else {
                d.table(violations());
            }
        });
        doc.together(d -> {
            d.h2(texts.t("outliers.title"));
            if (model.outliers().isEmpty()) {
                d.p(texts.t("outliers.none"));
            } else {
                d.table(outliers());
                d.note(texts.t("outliers.note"));
            }
        });

        Annexes.methods(doc, texts, "compliance");
        Annexes.sources(doc, texts, model.metadata());
        return doc;
    }

    private String rate(OptionalDouble ratio) {
        return ratio.isPresent() ? texts.percent(100 * ratio.getAsDouble(), 0) : texts.t("cell.na");
    }

    private Cell rateCell(OptionalDouble ratio) {
        return ratio.isPresent() ? Cell.of(texts.percent(100 * ratio.getAsDouble(), 0),
                Texts.plain(100 * ratio.getAsDouble(), 0)) : texts.notApplicable();
    }

    private Table matrix() {
        List<Instrument> instruments = Instrument.all();
        List<String> headers = new ArrayList<>();
        headers.add(texts.t("column.state"));
        instruments.forEach(instrument -> headers.add(instrument.code().replace('_', ' ')));
        List<Table.Row> rows = new ArrayList<>();
        for (Country member : members) {
            List<Cell> cells = new ArrayList<>();
            for (Instrument instrument : instruments) {
                Participation participation = model.participations().stream()
                        .filter(p -> p.state().equals(member) && p.instrument().code().equals(instrument.code()))
                        .findFirst().orElseThrow();
                String status = participation.status().label(texts.locale());
                // The date shown: consent to be bound, or else the first verified act (a signature).
                Optional<java.time.LocalDate> when = participation.consent().flatMap(ParticipationAction::date)
                        .or(() -> participation.actions().stream().filter(ParticipationAction::verified)
                                .map(ParticipationAction::date).flatMap(Optional::stream).findFirst());
                cells.add(new Cell(when.map(day -> status + "\n" + texts.date(day)).orElse(status),
                        participation.status().name() + when.map(day -> " " + day).orElse(""), Cell.PUBLISHED));
            }
            rows.add(new Table.Row(texts.country(member), cells));
        }
        List<String> legend = new ArrayList<>();
        for (Instrument instrument : instruments) {
            legend.add(instrument.code().replace('_', ' ') + " = " + instrument.label(texts.locale()));
        }
        Table table = new Table("matrix", texts.t("matrix.title"), headers, rows, true);
        doc.note(String.join("; ", legend));
        return table;
    }

    private Table cycles(ReportingObligation obligation, List<CycleCompliance> rows) {
        List<Integer> cycleYears = rows.stream().map(row -> row.cycle().year()).distinct().sorted().toList();
        List<String> headers = new ArrayList<>();
        headers.add(texts.t("column.state"));
        cycleYears.forEach(year -> headers.add(Integer.toString(year)));
        List<Table.Row> tableRows = new ArrayList<>();
        for (Country member : members) {
            List<Cell> cells = new ArrayList<>();
            for (int year : cycleYears) {
                Optional<CycleCompliance> cycle = rows.stream()
                        .filter(row -> row.state().equals(member) && row.cycle().year() == year).findFirst();
                cells.add(cycle.map(this::statusCell).orElseGet(() -> new Cell(
                        texts.t("status.not_bound"), "NOT_BOUND", Cell.PUBLISHED)));
            }
            tableRows.add(new Table.Row(texts.country(member), cells));
        }
        return new Table("cycles." + obligation.code(), obligation.label(texts.locale()), headers, tableRows, true);
    }

    private Cell statusCell(CycleCompliance cycle) {
        // Short labels, so that the words fit the narrow cycle columns; the introduction explains them.
        String label = texts.t("cycle." + cycle.status().name());
        return switch (cycle.status()) {
            case LATE -> new Cell(label + "\n" + texts.t("status.days", cycle.daysLate()),
                    "LATE " + cycle.daysLate(), Cell.PUBLISHED);
            default -> new Cell(label, cycle.status().name(), Cell.PUBLISHED);
        };
    }

    private Table rates() {
        List<String> headers = List.of(texts.t("column.state"), texts.t("rates.expected"), texts.t("rates.submitted"),
                texts.t("rates.ontime"), texts.t("rates.submission"), texts.t("rates.ontime.rate"));
        List<Table.Row> rows = new ArrayList<>();
        for (Country member : members) {
            rows.add(ratesRow(texts.country(member), model.compliance().rates(member)));
        }
        rows.add(ratesRow(model.metadata().region().name(texts.locale()),
                model.compliance().rates(model.metadata().region())));
        return new Table("rates", texts.t("rates.title"), headers, rows, true);
    }

    private Table.Row ratesRow(String label, ReportingRates rates) {
        return new Table.Row(label, List.of(
                Cell.of(texts.integer(rates.expected()), Integer.toString(rates.expected())),
                Cell.of(texts.integer(rates.submitted()), Integer.toString(rates.submitted())),
                Cell.of(texts.integer(rates.onTime()), Integer.toString(rates.onTime())),
                rateCell(rates.submissionRate()), rateCell(rates.onTimeRate())));
    }

    private Table sdgByState() {
        List<String> headers = new ArrayList<>();
        headers.add(texts.t("column.state"));
        years.forEach(year -> headers.add(Integer.toString(year)));
        List<Table.Row> rows = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            PublishedTable counts = model.sdgCounts().get(m);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                OptionalDouble percent = TrendDocument.sdgPercent(counts, i);
                cells.add(percent.isPresent() ? Cell.of(texts.percent(percent.getAsDouble(), 1),
                        Texts.plain(percent.getAsDouble(), 1))
                        : counts.state(i, 0) == PublishedTable.State.SUPPRESSED
                                || counts.state(i, org.salwmonitor.core.disclosure.TableCell.TOTAL)
                                        == PublishedTable.State.SUPPRESSED ? Cell.suppressed() : texts.missing());
            }
            rows.add(new Table.Row(texts.country(members.get(m)), cells));
        }
        List<Cell> pooled = new ArrayList<>();
        for (Sdg1642RegionalRate rate : model.regionalSdg()) {
            pooled.add(rate.percent().isPresent() ? Cell.of(texts.percent(rate.percent().getAsDouble(), 1),
                    Texts.plain(rate.percent().getAsDouble(), 1)) : texts.missing());
        }
        rows.add(new Table.Row(texts.t("sdg.pooled", model.metadata().region().name(texts.locale())), pooled));
        return new Table("sdg.states", texts.t("sdg.states.title"), headers, rows, true);
    }

    private Table completeness() {
        List<String> headers = new ArrayList<>();
        headers.add(texts.t("column.state"));
        years.forEach(year -> headers.add(Integer.toString(year)));
        List<Table.Row> rows = new ArrayList<>();
        for (Country member : members) {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                Optional<StateYearCompleteness> row = model.completeness().of(member, year);
                cells.add(row.map(r -> Cell.of(r.received() + "/" + r.expected(), r.received() + "/" + r.expected()))
                        .orElseGet(texts::missing));
            }
            rows.add(new Table.Row(texts.country(member), cells));
        }
        return new Table("completeness", texts.t("completeness.title"), headers, rows, true);
    }

    private Table violations() {
        List<String> headers = List.of(texts.t("column.state.year"), texts.t("violations.rule"),
                texts.t("violations.left"), texts.t("violations.right"), texts.t("violations.importance"));
        List<Table.Row> rows = new ArrayList<>();
        for (ValidationViolation violation : model.violations()) {
            rows.add(new Table.Row(texts.country(violation.area()) + ", " + violation.period(), List.of(
                    Cell.text(violation.rule().name(texts.locale())),
                    Cell.of(texts.integer(violation.leftValue()), Long.toString(violation.leftValue())),
                    Cell.of(texts.integer(violation.rightValue()), Long.toString(violation.rightValue())),
                    Cell.text(violation.importance().label(texts.locale())))));
        }
        return new Table("violations", texts.t("violations.title"), headers, rows, true);
    }

    private Table outliers() {
        List<String> headers = List.of(texts.t("column.state.year"), texts.t("outliers.series"),
                texts.t("outliers.value"), texts.t("outliers.median"), texts.t("outliers.score"));
        List<Table.Row> rows = new ArrayList<>();
        for (ComplianceReportModel.Outlier outlier : model.outliers()) {
            long value = Math.round(outlier.finding().value());
            Cell valueCell = model.policy().isSensitive(value) ? Cell.suppressed()
                    : Cell.of(texts.integer(value), Long.toString(value));
            // A key indicator by its short name; another series by its indicator and event.
            String series = KeyIndicator.defaults().stream().filter(indicator -> indicator.matches(outlier.key()))
                    .map(indicator -> indicator.name(texts.locale())).findFirst()
                    .orElseGet(() -> outlier.key().indicator().label(texts.locale())
                            + (outlier.key().dimensions().event() == null ? ""
                                    : " (" + outlier.key().dimensions().event().label(texts.locale()) + ")"));
            rows.add(new Table.Row(texts.country(outlier.key().area()) + ", " + outlier.year(), List.of(
                    Cell.text(series), valueCell,
                    Cell.of(texts.decimal(outlier.finding().centre(), 1), Texts.plain(outlier.finding().centre(), 1)),
                    Cell.of(texts.decimal(outlier.finding().score(), 1), Texts.plain(outlier.finding().score(), 1)))));
        }
        return new Table("outliers", texts.t("outliers.title"), headers, rows, true);
    }
}
