package com.ripreplace.planning;

import com.ripreplace.cost.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One site's place in the plan.
 *
 * @param wave        0-based wave index (wave 1 in everything a person reads)
 * @param crew        0-based crew index (crew 1 in everything a person reads)
 * @param travelOrder the site's position (1-based) in its crew's route within the wave
 * @param slackDays   days from the finish to the deadline in force; negative when late; null without a deadline
 */
public record ScheduledSite(String siteId, String siteName, int wave, int crew, int travelOrder, LocalDate start,
                            LocalDate finish, int coveredItems, Money estimatedCost, Money reimbursableCost,
                            boolean critical, Integer subscribers, List<String> dependsOn, List<Integer> accessMonths,
                            Double latitude, Double longitude, LocalDate deadline, Long slackDays) {

    public ScheduledSite {
        dependsOn = List.copyOf(dependsOn);
        accessMonths = List.copyOf(accessMonths);
    }

    public boolean late() {
        return slackDays != null && slackDays < 0;
    }
}
