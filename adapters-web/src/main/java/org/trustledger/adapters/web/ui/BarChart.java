package org.trustledger.adapters.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar chart laid out on the server, so the page draws it as plain SVG with no script: one row
 * per label, one segment per series, each segment's colour a CSS class.
 */
record BarChart(int width, int height, List<Series> series, List<Row> rows) {
    static final int WIDTH = 640;

    /** Colours of the palette the series classes c0 … c7 name (Okabe–Ito, in app.css). */
    static final int PALETTE = 8;

    static final int LABEL_WIDTH = 180;
    static final int BAR_AREA = 380;
    static final int ROW_HEIGHT = 26;
    static final int BAR_HEIGHT = 18;

    /** One series of the chart: its name in the legend and its colour class. */
    record Series(String label, String cssClass) {}

    /** One segment of a bar. */
    record Segment(int x, int width, String cssClass, String title) {}

    /** One bar: its label, where it is drawn, its segments and its total as text. */
    record Row(String label, int y, int textY, List<Segment> segments, int totalX, String total) {}

    /** One row's values, one per series, in the order of the series. */
    record Values(String label, List<Long> values, String total) {}

    static BarChart of(List<Series> series, List<Values> rows) {
        long max = rows.stream()
                .mapToLong(r -> r.values().stream().mapToLong(Long::longValue).sum())
                .max()
                .orElse(0);
        List<Row> laidOut = new ArrayList<>();
        int y = 4;
        for (Values row : rows) {
            List<Segment> segments = new ArrayList<>();
            int x = LABEL_WIDTH;
            for (int i = 0; i < series.size(); i++) {
                long value = row.values().get(i);
                if (value <= 0) {
                    continue;
                }
                int width = (int) Math.max(1, Math.round((double) value / max * BAR_AREA));
                segments.add(new Segment(
                        x, width, series.get(i).cssClass(), series.get(i).label() + ": " + value));
                x += width;
            }
            laidOut.add(new Row(row.label(), y, y + BAR_HEIGHT - 4, segments, x + 6, row.total()));
            y += ROW_HEIGHT;
        }
        return new BarChart(WIDTH, Math.max(y, ROW_HEIGHT), series, laidOut);
    }
}
