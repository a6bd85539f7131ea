package org.salwmonitor.sampledata;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;
import java.net.URL;
import java.util.List;

/**
 * Locates the synthetic reference dataset on the classpath. The files are synthetic data for
 * demonstration and testing, not official statistics; they are produced by {@link SampleDataGenerator}
 * with {@link #DEFAULT_SEED} and committed under {@code sample-data/src/main/resources} + {@link #ROOT}.
 *
 * <p>Paths are relative to {@link #ROOT}, for example {@link #STATISTICS} or
 * {@code "bad-inputs/manifest.csv"}.
 */
public final class SampleData {

    /** The classpath folder of the dataset, also its folder under {@code src/main/resources}. */
    public static final String ROOT = "org/salwmonitor/sampledata/";
    /** The seed of the committed reference dataset (the first day of the Ankara meeting, 14 June 2023). */
    public static final long DEFAULT_SEED = 20230614L;
    /** First year of the statistics. */
    public static final int FIRST_YEAR = 2014;
    /** Last year of the statistics (provisional). */
    public static final int LAST_YEAR = 2024;

    /** National statistics of KZ, KG, TJ, TM and UZ, 2014–2024, in the project import template. */
    public static final String STATISTICS = "statistics/statistics-central-asia-2014-2024.csv";
    /** The same observations in SDMX-CSV 1.0. */
    public static final String STATISTICS_SDMX_1 = "statistics/statistics-central-asia-2014-2024.sdmx-csv-1.0.csv";
    /** The same observations in SDMX-CSV 2.0. */
    public static final String STATISTICS_SDMX_2 = "statistics/statistics-central-asia-2014-2024.sdmx-csv-2.0.csv";
    /** Signature, ratification and accession of instruments. */
    public static final String PARTICIPATION = "legal/participation.csv";
    /** Reports submitted under reporting obligations. */
    public static final String SUBMISSIONS = "legal/submissions.csv";
    /** Seizure, find and surrender events. */
    public static final String EVENTS = "cases/events.csv";
    /** Item lines of the events. */
    public static final String ITEMS = "cases/items.csv";
    /** Tracing requests about firearm items. */
    public static final String TRACING_REQUESTS = "cases/tracing-requests.csv";
    /** Records of lost or stolen firearms. */
    public static final String LOST_STOLEN = "cases/lost-stolen.csv";
    /** The planted cross-border matches and look-alike non-matches. */
    public static final String PLANTED_MATCHES = "planted-matches.csv";
    /** Expected outcome of every file in {@code bad-inputs/}. */
    public static final String BAD_INPUTS_MANIFEST = "bad-inputs/manifest.csv";

    /** Every generated file of the reference dataset, relative to {@link #ROOT}, bad inputs excepted. */
    public static final List<String> DATA_FILES = List.of(STATISTICS, STATISTICS_SDMX_1, STATISTICS_SDMX_2,
            PARTICIPATION, SUBMISSIONS, EVENTS, ITEMS, TRACING_REQUESTS, LOST_STOLEN, PLANTED_MATCHES);

    private SampleData() {
    }

    /**
     * Returns the classpath URL of a dataset file.
     *
     * @param path  the path relative to {@link #ROOT}, such as {@link #ITEMS}, not null
     * @return the URL, not null
     * @throws IllegalArgumentException if there is no such file
     */
    public static URL url(String path) {
        URL url = SampleData.class.getClassLoader().getResource(ROOT + path);
        if (url == null) {
            throw new IllegalArgumentException("path must name a file of the sample dataset, was '" + path + "'");
        }
        return url;
    }

    /**
     * Opens a dataset file; the caller closes the stream.
     *
     * @param path  the path relative to {@link #ROOT}, not null
     * @return the open stream of the file's bytes, not null
     * @throws IllegalArgumentException if there is no such file
     */
    public static InputStream open(String path) {
        InputStream in = SampleData.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalArgumentException("path must name a file of the sample dataset, was '" + path + "'",
                    new UncheckedIOException(new FileNotFoundException(ROOT + path)));
        }
        return in;
    }
}
