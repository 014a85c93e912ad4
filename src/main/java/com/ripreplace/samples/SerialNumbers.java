package com.ripreplace.samples;

import java.util.SplittableRandom;

/**
 * Makes serial numbers in each vendor's style that are unique within a file without remembering
 * them: every serial ends with the same five-character code, a scrambled (but one-to-one) base-36
 * encoding of a running line number, so two different lines can never share a serial. Memory stays
 * constant however many rows are written.
 */
final class SerialNumbers {

    private static final long CODE_SPACE = 36L * 36 * 36 * 36 * 36; // 60,466,176
    /** Coprime with 36, so multiplying by it permutes the code space. */
    private static final long SCRAMBLE = 1_000_003L;
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private final long offset;
    private long issued;

    /** Serials for one file; the seed picks the file's own permutation, so files rarely share a serial. */
    SerialNumbers(long seed) {
        this.offset = Math.floorMod(Seeds.stream(seed, 0x5E71A1L).nextLong(), CODE_SPACE);
    }

    /** Serials issued so far. */
    long issued() {
        return issued;
    }

    String next(Vendor.SerialStyle style, int year, SplittableRandom random) {
        if (issued >= CODE_SPACE) {
            throw new IllegalStateException("More than " + CODE_SPACE + " serials in one file");
        }
        String unique = code(issued++, offset);
        String yy = String.format("%02d", Math.floorMod(year, 100));
        return switch (style) {
            case HUAWEI -> "210" + digits(3, random) + alnum(4, random) + "10" + (char) ('A' + Math.floorMod(year - 2005, 26))
                    + HEX.charAt(random.nextInt(12) + 1) + "0" + unique;
            case HUAWEI_ONT -> "4857544" + hex(3, random) + unique;
            case ZTE -> "7" + digits(2, random) + yy + alnum(2, random) + unique;
            case ZTE_ONT -> "ZTEG" + hex(3, random) + unique;
            case HIKVISION -> "G" + digits(3, random) + unique;
            case DJI -> "1ZNBJ" + alnum(4, random) + unique;
            case LICENSE -> "LIC-" + yy + "-" + unique;
            case ERICSSON -> "D16" + alnum(2, random) + unique;
            case CISCO -> "FOC" + String.format("%02d", Math.floorMod(year - 1996, 100))
                    + String.format("%02d", 1 + random.nextInt(52)) + unique;
            case JUNIPER -> "JN1" + hex(4, random) + unique;
            case GENERIC -> yy + alnum(3, random) + unique;
        };
    }

    /** The same scrambled code for the same line number, a different code for every other one. */
    static String code(long lineNumber, long offset) {
        long scrambled = Math.floorMod(lineNumber * SCRAMBLE + offset, CODE_SPACE);
        String text = Long.toString(scrambled, 36).toUpperCase();
        return "0".repeat(5 - text.length()) + text;
    }

    private static String digits(int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String alnum(int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }

    private static String hex(int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        return out.toString();
    }
}
