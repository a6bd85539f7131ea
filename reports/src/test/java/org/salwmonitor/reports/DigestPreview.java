package org.salwmonitor.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.salwmonitor.reports.digest.CaseDigestModel;
import org.salwmonitor.reports.digest.CaseDigestRenderer;

/**
 * Writes the case digest of the synthetic case records into a folder (the first argument), for looking at it; the
 * English one twice, the second time warm.
 */
public final class DigestPreview {

    private DigestPreview() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        long start = System.nanoTime();
        CaseDigestModel model = DigestSampleInputs.model(List.of());
        System.out.println("model of " + model.cases().size() + " cases in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        CaseDigestRenderer renderer = CaseDigestRenderer.create();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
            start = System.nanoTime();
            renderer.render(model, locale, folder.resolve(CaseDigestRenderer.fileName(locale)));
            System.out.println(CaseDigestRenderer.fileName(locale) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
