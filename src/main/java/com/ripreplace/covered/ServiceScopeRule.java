package com.ripreplace.covered;

import java.util.Set;

/**
 * China Mobile International USA, China Telecom (Americas), China Unicom (Americas), Pacific Networks and
 * ComNet (USA) are on the Covered List for their international telecom services, not for equipment. A line
 * from one of them is covered when it is a service; when it looks like equipment, a person decides.
 */
final class ServiceScopeRule {

    private static final Set<String> SERVICE_WORDS = Set.of(
            "service", "services", "circuit", "circuits", "transit", "interconnect", "interconnection", "peering",
            "iplc", "iepl", "mpls", "wavelength", "lease", "leased", "roaming", "termination", "voice", "sip",
            "trunk", "bandwidth", "colocation", "colo", "dia", "backhaul", "cloud", "hosting", "subscription",
            "contract", "international", "carrier", "private", "vpn", "internet", "connectivity", "sms");

    Verdict apply(Verdict verdict, LineReading line) {
        if (!verdict.covered() || verdict.entity().isEmpty() || !verdict.entity().get().servicesOnly()) {
            return verdict;
        }
        CoveredEntity entity = verdict.entity().get();
        if (mentionsService(line.category()) || mentionsService(line.description()) || mentionsService(line.model())) {
            return verdict.because("The line is a service, which is what the Covered List names for " + entity.name() + ".");
        }
        if (!line.model().isBlank() || !line.category().isBlank()) {
            return verdict.ruledOut(Confidence.CONFLICT)
                    .because(entity.name() + " is on the Covered List only for its international telecom services, and this line"
                            + " looks like equipment (" + (line.category().isBlank() ? "Model " + line.model().quoted()
                            : "Category " + line.category().quoted()) + ").")
                    .toSettle("confirm whether the line is a service bought from " + entity.name()
                            + "; if it is, override it as covered");
        }
        return verdict.because(entity.name() + " is on the Covered List only for its international telecom services.")
                .toSettle("confirm the line is a telecom service bought from " + entity.name());
    }

    static boolean mentionsService(Field field) {
        for (String word : field.text().words()) {
            if (SERVICE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
