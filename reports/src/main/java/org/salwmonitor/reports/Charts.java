package org.salwmonitor.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the charts with JFreeChart, in the report's language: JFreeChart ignores JasperReports'
 * {@code REPORT_LOCALE}, so the titles, axis labels, legends and tick numbers are set here from the
 * {@link Texts} of the report, and the font is DejaVu Sans from jasperreports-fonts, so Cyrillic
 * renders whatever fonts the machine has. Charts are drawn as vector graphics.
 */
final class Charts {

    /** Printed size in points of a full-width chart and of a small one. */
    static final int WIDTH = 535;
    static final int HEIGHT = 240;
    static final int SMALL_HEIGHT = 170;
    private static final int SCALE = 3;

    private static final Font BASE = loadFont();
    private static final Color[] PALETTE = {new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F),
        new Color(0xBC, 0xBD, 0x22), new Color(0x17, 0xBE, 0xCF), new Color(0x39, 0x3B, 0x79),
        new Color(0xAD, 0x49, 0x4A)};

    private Charts() {
    }

    private static Font loadFont() {
        try (InputStream in = Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("DejaVuSans.ttf must be on the classpath (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("DejaVuSans.ttf cannot be read", e);
        }
    }

    /**
     * One line per series over the years; a year without a value is a gap in the line, never a zero.
     *
     * @param lines  series name to values by year (null for no value)
     */
    static JFreeChart lines(Texts texts, String title, String yLabel, Map<String, Map<Integer, Double>> lines,
            List<Integer> years, boolean small) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, Map<Integer, Double>> line : lines.entrySet()) {
            XYSeries series = new XYSeries(line.getKey(), true, false);
            for (int year : years) {
                series.add(year, line.getValue().get(year)); // null breaks the line
            }
            dataset.addSeries(series);
        }
        NumberAxis x = new NumberAxis(texts.t("chart.year"));
        NumberFormat yearFormat = NumberFormat.getIntegerInstance(texts.locale());
        yearFormat.setGroupingUsed(false);
        x.setNumberFormatOverride(yearFormat);
        x.setTickUnit(new NumberTickUnit(years.size() > 16 ? 5 : 1, yearFormat));
        x.setRange(years.get(0) - 0.5, years.get(years.size() - 1) + 0.5);
        NumberAxis y = new NumberAxis(yLabel);
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(texts.locale()));
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(false);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        // One line needs no legend: the title names it.
        return style(new JFreeChart(title, BASE.deriveFont(Font.BOLD, 11f), plot, lines.size() > 1), plot, x, y);
    }

    /**
     * Stacked bars: one bar per year, one segment per category.
     *
     * @param segments  category name to values by year (null or absent for no value)
     */
    static JFreeChart stackedBars(Texts texts, String title, String yLabel, Map<String, Map<Integer, Double>> segments,
            List<Integer> years) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<Integer, Double>> segment : segments.entrySet()) {
            for (int year : years) {
                dataset.addValue(segment.getValue().get(year), segment.getKey(), Integer.toString(year));
            }
        }
        CategoryAxis x = new CategoryAxis(texts.t("chart.year"));
        if (years.size() > 16) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(texts.locale()));
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, BASE.deriveFont(Font.BOLD, 11f), plot, true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        for (var axis : List.of(x, y)) {
            axis.setLabelFont(BASE.deriveFont(9f));
            axis.setTickLabelFont(BASE.deriveFont(8f));
        }
        legend(chart);
        return chart;
    }

    private static JFreeChart style(JFreeChart chart, XYPlot plot, NumberAxis x, NumberAxis y) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        for (NumberAxis axis : List.of(x, y)) {
            axis.setLabelFont(BASE.deriveFont(9f));
            axis.setTickLabelFont(BASE.deriveFont(8f));
        }
        legend(chart);
        return chart;
    }

    private static void legend(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(BASE.deriveFont(8f));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        TextTitle title = chart.getTitle();
        title.setFont(BASE.deriveFont(Font.BOLD, 10f));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    /**
     * Draws a chart as vector graphics into the PDF: no image to encode, text stays text, and the DejaVu
     * font is embedded like the rest of the report (JasperReports maps the AWT family to its font extension).
     */
    static final class Renderer extends AbstractRenderer implements Graphics2DRenderable {
        private final transient JFreeChart chart;

        Renderer(JFreeChart chart) {
            this.chart = chart;
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart.draw(graphics, area);
        }
    }

    /** Rasterises a chart to PNG (for previews and tests), at three times its printed size. */
    static byte[] png(JFreeChart chart, int height) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
