package com.ripreplace.workbook;

import com.ripreplace.workbook.StyleBook.Appearance;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan template, {@code templates/plan-template.xlsx}: how an organisation restyles the plan workbook
 * without code. Its sheet {@code Styles} has one row per style: column A names the style (a {@link Look}
 * such as {@code Header}, or a {@link Kind} of value such as {@code Money}), and the cell in column B
 * carries it. From a look's cell the writer takes the font (name, size, bold, italic, colour), the solid
 * fill colour, the top and bottom borders and text wrapping; from a kind's cell only its number format.
 * Rows it does not recognise are ignored, and every style the template leaves out keeps its built-in form.
 *
 * <p>Run {@link #main} to write a template holding the built-in styles, as a starting point.
 */
public final class PlanTemplate {

    /** Where the writer looks for the template, under the working directory. */
    public static final Path DEFAULT_LOCATION = Path.of("templates", "plan-template.xlsx");
    /** A system property naming another template file. */
    public static final String PROPERTY = "ripreplace.planTemplate";
    static final String SHEET = "Styles";

    private static final int NAME = 0;
    private static final int SAMPLE = 1;
    private static final int USE = 2;

    private PlanTemplate() {
    }

    /** Writes the built-in styles as a template: {@code PlanTemplate [OUT]} (default templates/plan-template.xlsx). */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_LOCATION;
        write(StyleBook.builtIn(), out);
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    /**
     * The style book the writer uses when none is named: the template the system property
     * {@value #PROPERTY} names (which must exist), else {@code templates/plan-template.xlsx} under the working
     * directory when present, else the built-in styles.
     */
    static StyleBook inForce() throws IOException {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!Files.isRegularFile(path)) {
                throw new IOException("The plan template " + path + " (system property " + PROPERTY + ") does not exist");
            }
            return read(path);
        }
        return Files.isRegularFile(DEFAULT_LOCATION) ? read(DEFAULT_LOCATION) : StyleBook.builtIn();
    }

    /** The styles a template describes, over the built-in ones. */
    static StyleBook read(Path template) throws IOException {
        StyleBook book = StyleBook.builtIn();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw new IOException("The plan template " + template + " has no sheet named " + SHEET);
            }
            Map<String, Look> looks = new LinkedHashMap<>();
            for (Look look : Look.values()) {
                looks.put(key(look.label()), look);
            }
            Map<String, Kind> kinds = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                if (kind.label() != null) {
                    kinds.put(key(kind.label()), kind);
                }
            }
            for (Row row : sheet) {
                Cell name = row.getCell(NAME);
                Cell sample = row.getCell(SAMPLE);
                if (name == null || name.getCellType() != CellType.STRING || sample == null) {
                    continue;
                }
                String key = key(name.getStringCellValue());
                XSSFCellStyle style = (XSSFCellStyle) sample.getCellStyle();
                if (looks.containsKey(key)) {
                    book = book.with(looks.get(key), appearance(style));
                } else if (kinds.containsKey(key)) {
                    String format = style.getDataFormatString();
                    if (format != null && !format.isBlank() && !"General".equalsIgnoreCase(format)) {
                        book = book.with(kinds.get(key), format);
                    }
                }
            }
        } catch (IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("The plan template " + template + " cannot be used: " + e.getMessage(), e);
        }
        return book;
    }

    /** Writes a template holding a style book, one row per look and per kind of value, each with a sample. */
    static void write(StyleBook book, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(out)) {
            Styles styles = new Styles(workbook, book);
            Sheet sheet = workbook.createSheet(SHEET);
            int next = 0;
            RowWriter.on(sheet, next++, styles, Look.TITLE).text(NAME, "Plan workbook styles");
            RowWriter.on(sheet, next++, styles, Look.PLAIN).text(NAME, "Restyle a sample cell in column B (font, "
                    + "fill colour, borders, wrapping; number format for the kinds of value) and keep this file as "
                    + "templates/plan-template.xlsx. Column A names the style: do not change it. docs/workbook.md explains.");
            next++;
            RowWriter.on(sheet, next++, styles, Look.HEADER).text(NAME, "Style").text(SAMPLE, "Sample")
                    .text(USE, "What it styles");
            for (Look look : Look.values()) {
                RowWriter.on(sheet, next++, styles, Look.PLAIN).text(NAME, look.label()).text(USE, use(look));
                Row row = sheet.getRow(next - 1);
                Cell sample = row.createCell(SAMPLE);
                sample.setCellValue("Sample text");
                sample.setCellStyle(styles.of(look, Kind.TEXT));
            }
            next++;
            for (Kind kind : Kind.values()) {
                if (kind.label() == null) {
                    continue;
                }
                RowWriter row = RowWriter.on(sheet, next++, styles, Look.PLAIN).text(NAME, kind.label())
                        .text(USE, use(kind));
                sample(row, kind);
            }
            sheet.setColumnWidth(NAME, 18 * 256);
            sheet.setColumnWidth(SAMPLE, 24 * 256);
            sheet.setColumnWidth(USE, 80 * 256);
            workbook.write(stream);
        }
    }

    private static void sample(RowWriter row, Kind kind) {
        switch (kind) {
            case WHOLE -> row.whole(SAMPLE, 1234567);
            case NUMBER -> row.ordinal(SAMPLE, 12);
            case MONEY -> row.number(SAMPLE, 1234567.89, Kind.MONEY);
            case BALANCE -> row.number(SAMPLE, -1234567.89, Kind.BALANCE);
            case PERCENT -> row.number(SAMPLE, 0.395, Kind.PERCENT);
            case DATE -> row.date(SAMPLE, LocalDate.of(2027, 1, 31));
            case DATE_TIME -> row.dateTime(SAMPLE, LocalDateTime.of(2027, 1, 31, 9, 30));
            case MONTH -> row.month(SAMPLE, LocalDate.of(2027, 1, 1));
            default -> throw new IllegalArgumentException("No sample for " + kind);
        }
    }

    private static String use(Look look) {
        return switch (look) {
            case PLAIN -> "ordinary rows of every sheet";
            case ALERT -> "rows that need attention: a site finishing after its deadline, a wave over its budget";
            case NOTICE -> "Equipment: lines of gear that need review";
            case TOTAL -> "totals rows";
            case HEADER -> "table header rows";
            case SECTION -> "headings of blocks (Summary, Reimbursement, Equipment)";
            case TITLE -> "sheet titles";
            case GANTT_BAR -> "Gantt: the wave a site is worked in";
            case GANTT_CRITICAL -> "Gantt: the wave of a critical site";
            case GANTT_LATE -> "Gantt: the wave of a site finishing after the deadline in force";
            case GANTT_DEADLINE -> "Gantt: the column of the wave holding the deadline in force";
        };
    }

    private static String use(Kind kind) {
        return switch (kind) {
            case WHOLE -> "number format of counts and quantities";
            case NUMBER -> "number format of wave, crew and row numbers";
            case MONEY -> "number format of money";
            case BALANCE -> "number format of cash balances (negatives stand out)";
            case PERCENT -> "number format of percentages (funding factor, confidence, share of sites)";
            case DATE -> "number format of dates";
            case DATE_TIME -> "number format of date and time (when the plan was made)";
            case MONTH -> "number format of the Gantt sheet's month headings";
            default -> "";
        };
    }

    private static Appearance appearance(XSSFCellStyle style) {
        XSSFFont font = style.getFont();
        Optional<String> fontColor = rgb(font.getXSSFColor());
        Optional<String> fill = style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
                ? rgb(style.getFillForegroundXSSFColor()) : Optional.empty();
        return new Appearance(font.getFontName(), font.getFontHeight() / 20.0, font.getBold(), font.getItalic(),
                fontColor, fill, style.getBorderTop(), style.getBorderBottom(), style.getWrapText());
    }

    /** A colour's RGB hex, or empty for the automatic colour or one POI cannot resolve to RGB. */
    private static Optional<String> rgb(XSSFColor color) {
        if (color == null || color.isAuto()) {
            return Optional.empty();
        }
        String argb = color.getARGBHex();
        return argb == null ? Optional.empty() : Optional.of(argb);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
