package com.ripreplace.covered;

/**
 * An IEEE registrant whose MAC blocks the catalog ships as covered (the rule that derives covered-oui.csv).
 */
public record MacRegistrant(String registrant, String entityCode, MacPrefix.Relationship relationship) {
}
