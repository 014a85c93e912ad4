package com.ripreplace.workbook;

import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.BorderStyle;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a plan workbook reads: the {@link Appearance} of every {@link Look} and the number format of every
 * {@link Kind} of value. The built-in book is the product's house style; {@link PlanTemplate} reads a
 * book from {@code templates/plan-template.xlsx}, so an organisation restyles the workbook without code.
 * Whatever the template leaves out keeps its built-in style.
 */
record StyleBook(Map<Look, Appearance> looks, Map<Kind, String> formats) {

    private static final String CALIBRI = "Calibri";

    /**
     * How cells of one look read.
     *
     * @param fontColor an RGB hex colour ("9C0006"), or empty for the automatic colour
     * @param fill      a solid fill's RGB hex colour, or empty for none
     */
    record Appearance(String fontName, double fontPoints, boolean bold, boolean italic, Optional<String> fontColor,
                      Optional<String> fill, BorderStyle borderTop, BorderStyle borderBottom, boolean wrap) {

        private static final Pattern RGB = Pattern.compile("[0-9A-F]{6}");

        Appearance {
            Objects.requireNonNull(fontName, "fontName");
            if (fontName.isBlank()) {
                throw new IllegalArgumentException("A font needs a name");
            }
            if (!(fontPoints >= 1 && fontPoints <= 409)) {
                throw new IllegalArgumentException("A font size lies between 1 and 409 points, was " + fontPoints);
            }
            fontColor = fontColor.map(Appearance::rgb);
            fill = fill.map(Appearance::rgb);
            Objects.requireNonNull(borderTop, "borderTop");
            Objects.requireNonNull(borderBottom, "borderBottom");
        }

        static Appearance plain() {
            return new Appearance(CALIBRI, 11, false, false, Optional.empty(), Optional.empty(), BorderStyle.NONE,
                    BorderStyle.NONE, false);
        }

        Appearance bold(boolean value) {
            return new Appearance(fontName, fontPoints, value, italic, fontColor, fill, borderTop, borderBottom, wrap);
        }

        Appearance points(double value) {
            return new Appearance(fontName, value, bold, italic, fontColor, fill, borderTop, borderBottom, wrap);
        }

        Appearance fontColor(String rgb) {
            return new Appearance(fontName, fontPoints, bold, italic, Optional.of(rgb), fill, borderTop, borderBottom,
                    wrap);
        }

        Appearance fill(String rgb) {
            return new Appearance(fontName, fontPoints, bold, italic, fontColor, Optional.of(rgb), borderTop,
                    borderBottom, wrap);
        }

        Appearance borders(BorderStyle top, BorderStyle bottom) {
            return new Appearance(fontName, fontPoints, bold, italic, fontColor, fill, top, bottom, wrap);
        }

        Appearance wrapped() {
            return new Appearance(fontName, fontPoints, bold, italic, fontColor, fill, borderTop, borderBottom, true);
        }

        /** "ffc7ce" or "FFFFC7CE" (with alpha) as "FFC7CE". */
        private static String rgb(String hex) {
            String upper = hex.toUpperCase(Locale.ROOT);
            String colour = upper.length() == 8 ? upper.substring(2) : upper;
            if (!RGB.matcher(colour).matches()) {
                throw new IllegalArgumentException("A colour is six hex digits (RRGGBB), was " + hex);
            }
            return colour;
        }
    }

    StyleBook {
        looks = Map.copyOf(looks);
        formats = Map.copyOf(formats);
        for (Look look : Look.values()) {
            if (!looks.containsKey(look)) {
                throw new IllegalArgumentException("A style book describes every look; " + look.label() + " is missing");
            }
        }
    }

    /** The product's house style. */
    static StyleBook builtIn() {
        Appearance plain = Appearance.plain();
        Map<Look, Appearance> looks = new EnumMap<>(Look.class);
        looks.put(Look.PLAIN, plain);
        looks.put(Look.ALERT, plain.fill("FFC7CE").fontColor("9C0006"));
        looks.put(Look.NOTICE, plain.fill("FFEB9C").fontColor("9C5700"));
        looks.put(Look.TOTAL, plain.bold(true).borders(BorderStyle.THIN, BorderStyle.NONE));
        looks.put(Look.HEADER, plain.bold(true).fill("D9D9D9").borders(BorderStyle.NONE, BorderStyle.THIN).wrapped());
        looks.put(Look.SECTION, plain.bold(true));
        looks.put(Look.TITLE, plain.bold(true).points(14));
        looks.put(Look.GANTT_BAR, plain.fill("5B9BD5").fontColor("FFFFFF"));
        looks.put(Look.GANTT_CRITICAL, plain.fill("ED7D31").fontColor("FFFFFF"));
        looks.put(Look.GANTT_LATE, plain.fill("C00000").fontColor("FFFFFF").bold(true));
        looks.put(Look.GANTT_DEADLINE, plain.fill("FFC7CE").fontColor("9C0006").bold(true));
        Map<Kind, String> formats = new EnumMap<>(Kind.class);
        formats.put(Kind.WHOLE, "#,##0");
        formats.put(Kind.NUMBER, "0");
        formats.put(Kind.MONEY, "$#,##0.00");
        formats.put(Kind.BALANCE, "$#,##0.00;[Red]-$#,##0.00");
        formats.put(Kind.PERCENT, "0.0%");
        formats.put(Kind.DATE, "yyyy-mm-dd");
        formats.put(Kind.DATE_TIME, "yyyy-mm-dd hh:mm");
        formats.put(Kind.MONTH, "mmm yyyy");
        return new StyleBook(looks, formats);
    }

    Appearance appearance(Look look) {
        return looks.get(look);
    }

    /** The number format of a kind of value; empty for text. */
    Optional<String> format(Kind kind) {
        return Optional.ofNullable(formats.get(kind));
    }

    StyleBook with(Look look, Appearance appearance) {
        Map<Look, Appearance> changed = new EnumMap<>(looks);
        changed.put(look, appearance);
        return new StyleBook(changed, formats);
    }

    StyleBook with(Kind kind, String format) {
        if (kind.label() == null) {
            throw new IllegalArgumentException("Text has no number format");
        }
        Map<Kind, String> changed = new EnumMap<>(formats);
        changed.put(kind, format);
        return new StyleBook(looks, changed);
    }
}
