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
final class MacPrefixRule {

    /** The block an address falls in. */
    record Match(MacPrefix prefix, CoveredEntity entity, String asWritten) {
    }

    private final Map<String, MacPrefix> byPrefix = new HashMap<>();
    private final Map<String, CoveredEntity> entities = new HashMap<>();

    MacPrefixRule(List<MacPrefix> prefixes, List<CoveredEntity> coveredEntities) {
        coveredEntities.forEach(e -> entities.put(e.code(), e));
        for (MacPrefix prefix : prefixes) {
            if (!entities.containsKey(prefix.entityCode())) {
                throw new CatalogFormatException("MAC prefix " + prefix.prefix() + " names unknown entity '"
                        + prefix.entityCode() + "'");
            }
            byPrefix.put(prefix.prefix(), prefix);
        }
    }

    Optional<Match> match(String mac) {
        if (mac == null || mac.isBlank()) {
            return Optional.empty();
        }
        StringBuilder hex = new StringBuilder(12);
        for (int i = 0; i < mac.length(); i++) {
            char c = mac.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                hex.append(Character.toUpperCase(c));
            } else if (c != ':' && c != '-' && c != '.' && c != ' ') {
                return Optional.empty();
            }
        }
        if (hex.length() < 6 || hex.length() > 12) {
            return Optional.empty();
        }
        if ((Character.digit(hex.charAt(1), 16) & 0x2) != 0) {
            return Optional.empty(); // locally administered: not an IEEE assignment
        }
        String digits = hex.toString();
        for (int length : new int[] {9, 7, 6}) {
            if (digits.length() >= length) {
                MacPrefix prefix = byPrefix.get(digits.substring(0, length));
                if (prefix != null) {
                    return Optional.of(new Match(prefix, entities.get(prefix.entityCode()), mac.strip()));
                }
            }
        }
        return Optional.empty();
    }
}
