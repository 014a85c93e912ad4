package com.ripreplace.workbook;

import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code Gantt} sheet: the sites in the order crews work them (wave, crew, route), one row each, against
 * a calendar of waves, one column each headed with the wave's first month ("Jan 2027", a real date). The
 * site's wave cell is filled: blue, orange for a critical site, dark red for a site that finishes after the
 * deadline in force (late shows over critical). The column of the wave holding the deadline is tinted and
 * marked above its heading. A legend at the top says so.
 */
final class GanttSheet {

    static final String NAME = "Gantt";
    /** The 0-based row of the header; the marker row above it, the legend above that. */
    static final int HEADER_ROW = 7;
    static final int SITE_ID = 0;
    static final int SITE_NAME = 1;
    static final int WAVE = 2;
    static final int CREW = 3;
    static final int START = 4;
    static final int FINISH = 5;
    /** The first wave's column. */
    static final int FIRST_WAVE = 6;
    /** How many waves past the last worked one the calendar runs to reach the deadline. */
    static final int WAVES_PAST_THE_WORK = 24;

    private final Sheet sheet;
    private final Styles styles;

    GanttSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The wave columns (0 to the returned index) and the deadline's wave when the calendar shows it. */
    record Calendar(WaveCalendar waves, int lastWave, Optional<Integer> deadlineWave) {

        static Calendar of(PlanOutcome plan) {
            WaveCalendar waves = plan.terms().calendar();
            int lastWorked = plan.schedule().stream().mapToInt(ScheduledSite::wave).max().orElse(0);
            Optional<Integer> deadline = plan.terms().deadlineInForce().map(waves::waveOf)
                    .filter(wave -> wave >= 0 && wave <= lastWorked + WAVES_PAST_THE_WORK);
            return new Calendar(waves, Math.max(lastWorked, deadline.orElse(0)), deadline);
        }

        int column(int wave) {
            return FIRST_WAVE + wave;
        }

        boolean isDeadline(int wave) {
            return deadlineWave.isPresent() && deadlineWave.get() == wave;
        }
    }

    void write(PlanOutcome plan) {
        Calendar calendar = Calendar.of(plan);
        legend(plan, calendar);
        calendar.deadlineWave().ifPresent(wave -> RowWriter.on(sheet, HEADER_ROW - 1, styles, Look.PLAIN)
                .text(calendar.column(wave), "Deadline", Look.GANTT_DEADLINE));
        RowWriter header = RowWriter.on(sheet, HEADER_ROW, styles, Look.HEADER)
                .text(SITE_ID, "Site ID").text(SITE_NAME, "Site Name").text(WAVE, "Wave").text(CREW, "Crew")
                .text(START, "Start").text(FINISH, "Finish");
        for (int wave = 0; wave <= calendar.lastWave(); wave++) {
            LocalDate month = calendar.waves().start(wave);
            if (calendar.isDeadline(wave)) {
                header.month(calendar.column(wave), month, Look.GANTT_DEADLINE);
            } else {
                header.month(calendar.column(wave), month);
            }
        }
        int next = HEADER_ROW + 1;
        for (ScheduledSite site : plan.schedule().stream().sorted(ScheduleSheet.WORK_ORDER).toList()) {
            RowWriter row = RowWriter.on(sheet, next++, styles, Look.PLAIN)
                    .text(SITE_ID, site.siteId()).text(SITE_NAME, site.siteName())
                    .ordinal(WAVE, Numbering.wave(site.wave())).ordinal(CREW, Numbering.crew(site.crew()))
                    .date(START, site.start()).date(FINISH, site.finish());
            calendar.deadlineWave().filter(wave -> wave != site.wave())
                    .ifPresent(wave -> row.blank(calendar.column(wave), Look.GANTT_DEADLINE));
            if (site.wave() >= 0 && site.wave() <= calendar.lastWave()) {
                row.blank(calendar.column(site.wave()), bar(site));
            }
        }
        sheet.setColumnWidth(SITE_ID, 14 * 256);
        sheet.setColumnWidth(SITE_NAME, 26 * 256);
        sheet.setColumnWidth(WAVE, 6 * 256);
        sheet.setColumnWidth(CREW, 6 * 256);
        sheet.setColumnWidth(START, 11 * 256);
        sheet.setColumnWidth(FINISH, 11 * 256);
        for (int wave = 0; wave <= calendar.lastWave(); wave++) {
            sheet.setColumnWidth(calendar.column(wave), 9 * 256);
        }
        sheet.createFreezePane(SITE_NAME + 1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), SITE_ID, FINISH));
        Printing.landscape(sheet, HEADER_ROW - 1, HEADER_ROW + 1, calendar.column(calendar.lastWave()));
    }

    /** The fill of a site's wave cell: late shows over critical. */
    static Look bar(ScheduledSite site) {
        if (site.late()) {
            return Look.GANTT_LATE;
        }
        return site.critical() ? Look.GANTT_CRITICAL : Look.GANTT_BAR;
    }

    private void legend(PlanOutcome plan, Calendar calendar) {
        RowWriter.on(sheet, 0, styles, Look.TITLE).text(SITE_ID, "Sites by Wave");
        legendRow(1, Look.GANTT_BAR, "Scheduled", "the wave a site is worked in");
        legendRow(2, Look.GANTT_CRITICAL, "Critical", "the wave of a critical site");
        legendRow(3, Look.GANTT_LATE, "Late", "the wave of a site that finishes after the deadline in force "
                + "(late shows over critical)");
        legendRow(4, Look.GANTT_DEADLINE, "Deadline", deadlineNote(plan, calendar));
    }

    private void legendRow(int row, Look swatch, String name, String meaning) {
        RowWriter.on(sheet, row, styles, Look.PLAIN).text(SITE_ID, name, swatch).note(SITE_NAME, meaning);
    }

    private static String deadlineNote(PlanOutcome plan, Calendar calendar) {
        Optional<LocalDate> deadline = plan.terms().deadlineInForce();
        if (deadline.isEmpty()) {
            return "no deadline in force, so no column is marked";
        }
        if (calendar.deadlineWave().isPresent()) {
            return "the wave holding the deadline in force, " + deadline.get();
        }
        return deadline.get().isBefore(calendar.waves().planningStart())
                ? "the deadline in force, " + deadline.get() + ", falls before the first wave"
                : "the deadline in force, " + deadline.get() + ", falls after the last wave shown";
    }
}
