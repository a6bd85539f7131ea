package org.salwmonitor.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the sample report pack into a folder (the first argument), for looking at it. */
public final class PackPreview {

    private PackPreview() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        List<Path> files = ReportPack.write(SampleInputs.trendModel(), SampleInputs.complianceModel(),
                List.of(Locale.ENGLISH, Locale.forLanguageTag("ru")), Path.of(args[0]));
        System.out.println(files.size() + " files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
