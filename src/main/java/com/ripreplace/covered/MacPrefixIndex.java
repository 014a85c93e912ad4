package com.ripreplace.covered;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the covered entity whose IEEE block a MAC address falls in. Accepts the usual spellings
 * (00:E0:FC:12:34:56, 00-e0-fc-12-34-56, 00e0.fc12.3456, 00E0FC123456, or just the first six digits). A
 * locally administered address (randomised, set by software) says nothing about the maker and is ignored.
 */
final class MacPrefixIndex {

    /** The block an address falls in. */
    record Match(MacPrefix prefix, CoveredEntity entity, String asWritten) {
    }

    /** The longest block first: an MA-S block (9 digits) lies inside some company's MA-L (6). */
    private static final int[] BLOCK_LENGTHS = {9, 7, 6};

    /** Blocks by their digits read as a number, tagged with their length (6, 7 or 9 digits) in the top bits. */
    private final Map<Long, MacPrefix> byPrefix = new HashMap<>();
    private final Map<String, CoveredEntity> entities = new HashMap<>();

    MacPrefixIndex(List<MacPrefix> prefixes, List<CoveredEntity> coveredEntities) {
        coveredEntities.forEach(e -> entities.put(e.code(), e));
        for (MacPrefix prefix : prefixes) {
            if (!entities.containsKey(prefix.entityCode())) {
                throw new CatalogFormatException("MAC prefix " + prefix.prefix() + " names unknown entity '"
                        + prefix.entityCode() + "'");
            }
            byPrefix.put(key(Long.parseLong(prefix.prefix(), 16), prefix.prefix().length()), prefix);
        }
    }

    private static long key(long digits, int length) {
        return (long) length << 48 | digits;
    }

    /**
     * The covered block the address falls in. It runs for every line of an inventory, so the address is read
     * digit by digit into a number rather than into a string.
     */
    Optional<Match> match(String mac) {
        if (mac == null) {
            return Optional.empty();
        }
        long digits = 0;
        int length = 0;
        for (int i = 0; i < mac.length(); i++) {
            char c = mac.charAt(i);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit >= 0) {
                if (++length > 12) {
                    return Optional.empty();
                }
                digits = digits << 4 | digit;
            } else if (c != ':' && c != '-' && c != '.' && c != ' ') {
                return Optional.empty();
            }
        }
        if (length < 6) {
            return Optional.empty();
        }
        if ((digits >>> 4 * (length - 2) & 0x2) != 0) {
            return Optional.empty(); // locally administered: not an IEEE assignment
        }
        for (int blockLength : BLOCK_LENGTHS) {
            if (length >= blockLength) {
                MacPrefix prefix = byPrefix.get(key(digits >>> 4 * (length - blockLength), blockLength));
                if (prefix != null) {
                    return Optional.of(new Match(prefix, entities.get(prefix.entityCode()), mac.strip()));
                }
            }
        }
        return Optional.empty();
    }
}
