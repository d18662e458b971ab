package org.trustledger.adapters.web.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trustledger.application.port.in.ReportsQuery;
import org.trustledger.application.port.in.ReportsQuery.MonthlyTroubles;
import org.trustledger.application.port.in.ReportsQuery.PartyShortfall;
import org.trustledger.application.port.in.ReportsQuery.WeeklyVerdicts;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/** The manager's reports, each a chart drawn on the server with its table beside it. */
@Controller
class ReportsController {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ReportsQuery reports;
    private final UiTexts texts;
    private final Clock clock;

    ReportsController(ReportsQuery reports, UiTexts texts, Clock clock) {
        this.reports = reports;
        this.texts = texts;
        this.clock = clock;
    }

    /** A table: its column heads and its rows of cells. */
    record Table(List<String> heads, List<List<String>> rows) {}

    @GetMapping("/reports")
    String reports(Model model, Locale locale) {
        var all = reports.reports(clock.instant(), UiTexts.ZONE);
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        troubles(model, all.troublesByMonth(), locale);
        shortfalls(model, all.shortfallsByParty(), number, locale);
        statuses(model, all, locale);
        verdicts(model, all.verdictsByWeek(), locale);
        return "reports";
    }

    private void troubles(Model model, List<MonthlyTroubles> months, Locale locale) {
        // Only the categories that occur get a colour and a column, so the chart stays readable.
        Set<TroubleCategory> present = EnumSet.noneOf(TroubleCategory.class);
        months.forEach(m -> present.addAll(m.byCategory().keySet()));
        List<TroubleCategory> categories = List.copyOf(present);
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            // By place among the categories shown, not by the category's number: no two shown share a colour
            // until more than the palette's eight occur, and the table beside names every count.
            series.add(new BarChart.Series(
                    texts.label("ui.category", categories.get(i), locale), "c" + (i % BarChart.PALETTE)));
        }
        List<BarChart.Values> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (MonthlyTroubles month : months) {
            List<Long> values = categories.stream()
                    .map(c -> month.byCategory().getOrDefault(c, 0L))
                    .toList();
            String label = MONTH.format(month.month());
            rows.add(new BarChart.Values(label, values, Long.toString(month.total())));
            List<String> cells = new ArrayList<>();
            cells.add(label);
            values.forEach(v -> cells.add(Long.toString(v)));
            cells.add(Long.toString(month.total()));
            table.add(cells);
        }
        List<String> heads = new ArrayList<>();
        heads.add(texts.message("ui.reports.month", locale));
        series.forEach(s -> heads.add(s.label()));
        heads.add(texts.message("ui.reports.total", locale));
        model.addAttribute("troubleChart", BarChart.of(series, rows));
        model.addAttribute("troubleTable", new Table(heads, table));
    }

    private void shortfalls(Model model, List<PartyShortfall> parties, NumberFormat number, Locale locale) {
        var settled = new BarChart.Series(texts.message("ui.reports.settled", locale), "settled");
        var owed = new BarChart.Series(texts.message("ui.reports.outstanding", locale), "owed");
        List<BarChart.Values> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (PartyShortfall party : parties) {
            long outstanding = Math.min(party.outstandingYen(), party.shortYen());
            String name = texts.shown(party.name(), locale);
            rows.add(new BarChart.Values(
                    name, List.of(party.shortYen() - outstanding, outstanding), number.format(party.shortYen())));
            table.add(List.of(name, number.format(party.shortYen()), number.format(party.outstandingYen())));
        }
        model.addAttribute("shortfallChart", BarChart.of(List.of(settled, owed), rows));
        model.addAttribute(
                "shortfallTable",
                new Table(
                        List.of(
                                texts.message("ui.reports.party", locale),
                                texts.message("ui.reports.shortYen", locale),
                                texts.message("ui.reports.outstandingYen", locale)),
                        table));
    }

    private void statuses(Model model, ReportsQuery.Reports all, Locale locale) {
        List<BarChart.Series> series = new ArrayList<>();
        List<BarChart.Values> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        TrustStatus[] statuses = TrustStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            series.add(
                    new BarChart.Series(texts.label("trust.status", statuses[i], locale), "s-" + statuses[i].name()));
        }
        for (int i = 0; i < statuses.length; i++) {
            long count = all.statusMix().getOrDefault(statuses[i], 0L);
            List<Long> values = new ArrayList<>();
            for (int j = 0; j < statuses.length; j++) {
                values.add(i == j ? count : 0L);
            }
            String label = series.get(i).label();
            rows.add(new BarChart.Values(label, values, Long.toString(count)));
            table.add(List.of(label, Long.toString(count)));
        }
        model.addAttribute("statusChart", BarChart.of(series, rows));
        model.addAttribute(
                "statusTable",
                new Table(
                        List.of(
                                texts.message("ui.reports.status", locale),
                                texts.message("ui.reports.parties", locale)),
                        table));
    }

    private void verdicts(Model model, List<WeeklyVerdicts> weeks, Locale locale) {
        List<BarChart.Series> series = new ArrayList<>();
        // A request is recorded accepted, refused or undecided; a caller with no record is recorded undecided.
        for (Verdict verdict : List.of(Verdict.ACCEPT, Verdict.CAUTION, Verdict.REFUSE)) {
            series.add(new BarChart.Series(texts.label("ui.verdict", verdict, locale), "v-" + verdict.name()));
        }
        List<BarChart.Values> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (WeeklyVerdicts week : weeks) {
            String label = DAY.format(week.weekStart());
            List<Long> values =
                    List.of(week.count(Verdict.ACCEPT), week.count(Verdict.CAUTION), week.count(Verdict.REFUSE));
            long total = values.stream().mapToLong(Long::longValue).sum();
            rows.add(new BarChart.Values(label, values, Long.toString(total)));
            List<String> cells = new ArrayList<>();
            cells.add(label);
            values.forEach(v -> cells.add(Long.toString(v)));
            table.add(cells);
        }
        List<String> heads = new ArrayList<>();
        heads.add(texts.message("ui.reports.week", locale));
        series.forEach(s -> heads.add(s.label()));
        model.addAttribute("verdictChart", BarChart.of(series, rows));
        model.addAttribute("verdictTable", new Table(heads, table));
    }
}
