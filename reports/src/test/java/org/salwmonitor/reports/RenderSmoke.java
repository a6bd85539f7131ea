package org.salwmonitor.reports;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Times the steps of rendering the sample pack, for finding where time goes. */
public final class RenderSmoke {
    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            TrendReportModel trend = SampleInputs.trendModel();
            long t1 = System.nanoTime();
            ComplianceReportModel compliance = SampleInputs.complianceModel();
            long t2 = System.nanoTime();
            ReportRenderer renderer = ReportRenderer.create();
            long t3 = System.nanoTime();
            Texts texts = new Texts(Locale.ENGLISH);
            Doc doc = TrendDocument.of(trend, texts);
            long t4 = System.nanoTime();
            renderer.renderTrend(trend, Locale.ENGLISH, new ByteArrayOutputStream());
            long t5 = System.nanoTime();
            renderer.renderCompliance(compliance, Locale.ENGLISH, new ByteArrayOutputStream());
            long t6 = System.nanoTime();
            System.out.printf("trend model %d, compliance model %d, load %d, trend doc %d, trend pdf %d, compliance pdf %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000);
        }
    }
}
