package bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: as JSON, and as a table of figure, value, baseline, ratio, target. */
final class Report {

    static final class Figure {
        final String phase;
        final String key;
        final String label;
        final String unit;
        Double value;
        Double baseline;
        String baselineName;
        Double target;
        String targetOp; // ">=" (at least) or "<" (under)
        String notes;
        String notMeasured;
        String checkText;
        Boolean checkPassed;

        Figure(String phase, String key, String label, String unit) {
            this.phase = phase;
            this.key = key;
            this.label = label;
            this.unit = unit;
        }

        Figure value(double value) {
            this.value = Double.isNaN(value) ? null : value;
            return this;
        }

        Figure baseline(String name, double value) {
            this.baselineName = name;
            this.baseline = Double.isNaN(value) ? null : value;
            return this;
        }

        Figure atLeast(double target) {
            this.target = target;
            this.targetOp = ">=";
            return this;
        }

        Figure under(double target) {
            this.target = target;
            this.targetOp = "<";
            return this;
        }

        /** A pass/fail correctness check rather than a numeric target. */
        Figure check(boolean passed, String text) {
            this.checkPassed = passed;
            this.checkText = text;
            return this;
        }

        String targetText() {
            if (checkText != null) {
                return checkText;
            }
            return target == null ? null : (targetOp.equals(">=") ? ">= " : "< ")
                    + format(target) + " " + unit;
        }

        Figure notes(String notes) {
            this.notes = notes;
            return this;
        }

        Figure notMeasured(String why) {
            this.notMeasured = why;
            this.value = null;
            return this;
        }

        Double ratio() {
            if (value == null || baseline == null || baseline == 0) {
                return null;
            }
            return value / baseline;
        }

        Boolean met() {
            if (checkText != null) {
                return checkPassed;
            }
            if (target == null || value == null) {
                return null;
            }
            return targetOp.equals(">=") ? value >= target : value < target;
        }

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("label", label);
            out.put("value", value == null ? null : Stats.round(value));
            out.put("unit", unit);
            out.put("baseline", baseline == null ? null : Stats.round(baseline));
            out.put("baseline_name", baselineName);
            Double ratio = ratio();
            out.put("ratio", ratio == null ? null : Math.round(ratio * 10000) / 10000.0);
            out.put("target", targetText());
            out.put("met", met());
            if (notMeasured != null) {
                out.put("not_measured", notMeasured);
            }
            out.put("notes", notes);
            return out;
        }
    }

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> phases = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    Report(Map<String, Object> machine, String started, Map<String, Object> config) {
        root.put("machine", machine);
        root.put("started", started);
        root.put("config", config);
        root.put("phases", phases);
    }

    Figure figure(String phase, String key, String label, String unit) {
        Figure figure = new Figure(phase, key, label, unit);
        figures.add(figure);
        return figure;
    }

    void detail(String phase, String key, Object value) {
        phase(phase).computeIfAbsent("details", k -> new LinkedHashMap<String, Object>());
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) phase(phase).get("details");
        details.put(key, value);
    }

    void put(String key, Object value) {
        root.put(key, value);
    }

    private Map<String, Object> phase(String phase) {
        return phases.computeIfAbsent(phase, k -> new LinkedHashMap<>());
    }

    void write(Path file) throws IOException {
        for (Figure figure : figures) {
            phase(figure.phase).put(figure.key, figure.json());
        }
        Files.createDirectories(file.getParent());
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), root);
    }

    String table() {
        String[] header = {"figure", "value", "baseline", "ratio", "target", "met?"};
        List<String[]> rows = new ArrayList<>();
        for (Figure figure : figures) {
            String value = figure.notMeasured != null ? "not measured: " + figure.notMeasured
                    : figure.value == null ? "-" : format(figure.value) + " " + figure.unit;
            String baseline = figure.baseline == null ? "-"
                    : format(figure.baseline) + " " + figure.unit + " ("
                            + figure.baselineName + ")";
            Double ratio = figure.ratio();
            String target = figure.targetText() == null ? "-" : figure.targetText();
            Boolean met = figure.met();
            rows.add(new String[] {figure.phase + ": " + figure.label, value, baseline,
                    ratio == null ? "-" : String.format(Locale.ROOT, "%.3f", ratio), target,
                    met == null ? "-" : met ? "yes" : "NO"});
        }
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], Math.min(row[i].length(), 70));
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        String[] rule = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
        rows.forEach(row -> appendRow(out, row, widths));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] row, int[] widths) {
        out.append("|");
        for (int i = 0; i < row.length; i++) {
            out.append(' ').append(String.format("%-" + widths[i] + "s", row[i])).append(" |");
        }
        out.append('\n');
    }

    static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
