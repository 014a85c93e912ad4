package com.ripreplace.planning;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.inventory.Site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One site's place in the plan: the site as the inventory describes it, what replacing its covered gear costs, and
 * where and when it is worked. The figures the schedule shows are read off these parts.
 *
 * @param reimbursableCost what the programme pays back for the site after the allocation cap (claims served wave by
 *                         wave, in the order crews work the sites); the estimate's own figure is before the cap
 * @param deadline         the deadline in force, if any
 */
public record ScheduledSite(Site site, SiteEstimate cost, Assignment assignment, Money reimbursableCost,
                            Optional<LocalDate> deadline) {

    public ScheduledSite {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(deadline, "deadline");
        if (!site.siteId().equals(cost.siteId())) {
            throw new IllegalArgumentException("The estimate of " + cost.siteId() + " cannot be scheduled as site "
                    + site.siteId());
        }
    }

    public String siteId() {
        return site.siteId();
    }

    public String siteName() {
        return site.siteName();
    }

    public boolean critical() {
        return site.critical();
    }

    public Integer subscribers() {
        return site.subscribers();
    }

    public List<String> dependsOn() {
        return site.dependsOn();
    }

    public List<Integer> accessMonths() {
        return site.accessMonths();
    }

    /** 0-based wave index (wave 1 in everything a person reads). */
    public int wave() {
        return assignment.wave();
    }

    /** 0-based crew index (crew 1 in everything a person reads). */
    public int crew() {
        return assignment.crew();
    }

    /** The site's position (1-based) in its crew's route within the wave. */
    public int travelOrder() {
        return assignment.travelOrder();
    }

    public LocalDate start() {
        return assignment.start();
    }

    public LocalDate finish() {
        return assignment.finish();
    }

    public int coveredItems() {
        return cost.coveredItems();
    }

    public Money estimatedCost() {
        return cost.total();
    }

    /** Days from the finish to the deadline in force; negative when late; empty without a deadline. */
    public Optional<Long> slackDays() {
        return deadline.map(d -> ChronoUnit.DAYS.between(finish(), d));
    }

    public boolean late() {
        return deadline.isPresent() && finish().isAfter(deadline.get());
    }
}
