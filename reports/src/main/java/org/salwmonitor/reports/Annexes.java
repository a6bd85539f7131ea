package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.List;

/** The annexes both reports share: methods and data sources. */
final class Annexes {

    private Annexes() {
    }

    /** The methods annex: the paragraphs {@code methods.<kind>.1}, {@code .2}, ... of the bundle. */
    static void methods(Doc doc, Texts texts, String kind) {
        doc.pageBreak().h1(texts.t("methods.title"));
        for (int i = 1; texts.bundle().containsKey("methods." + kind + "." + i); i++) {
            String text = texts.t("methods." + kind + "." + i);
            if (text.startsWith("## ")) {
                doc.h2(text.substring(3));
            } else {
                doc.p(text);
            }
        }
    }

    /** The data sources annex: each file with its SHA-256, import date and row count. */
    static void sources(Doc doc, Texts texts, ReportMetadata metadata) {
        doc.h1(texts.t("sources.title"));
        doc.p(texts.t("sources.intro"));
        List<Table.Row> rows = new ArrayList<>();
        for (SourceFile file : metadata.sources()) {
            doc.p(texts.t("sources.file", file.name(), texts.date(file.importedOn()), texts.integer(file.rows()),
                    file.sha256()));
            rows.add(new Table.Row(file.name(), List.of(Cell.text(file.sha256()),
                    Cell.of(texts.date(file.importedOn()), file.importedOn().toString()),
                    Cell.of(texts.integer(file.rows()), Long.toString(file.rows())))));
        }
        if (metadata.sources().isEmpty()) {
            doc.p(texts.t("sources.none"));
        }
        // Printed above as text (a 64-digit hash does not fit a table column); in the CSV as a table.
        doc.table(new Table("sources", texts.t("sources.title"), List.of(texts.t("sources.name"), "SHA-256",
                texts.t("sources.imported"), texts.t("sources.rows")), rows, false));
    }
}
