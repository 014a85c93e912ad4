package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, for each inventory line, whether it is covered gear, which entity, how sure, whether a person must
 * look, why, and whether replacing it is reimbursable. Uses every signal on the line together: vendor, model,
 * description and MAC. Thread-safe; build one per catalog and share it.
 *
 * <p>Inventories repeat themselves (the same vendor, model and description on thousands of lines), so the
 * coverage verdict of recently seen lines is remembered, keyed by every cell it depends on (a MAC address by the
 * covered block it falls in; a description that gives the rules nothing by that alone), together with the
 * findings it led to for each class of purchase date (the date rules only ask which side of a few fixed days
 * the date falls); each line's own date and MAC address are written into its reason. Overrides are applied to
 * each line afresh.
 */
public final class CoveredGearMatcher {

    /** How many distinct lines are remembered before the memory is cleared and starts again. */
    private static final int REMEMBERED_LINES = 20_000;

    /** The cells a coverage verdict depends on. */
    private record LineKey(String vendor, String model, String description, String category, String mac) {
    }

    /**
     * No date; then in or out of a name's ownership period (for gear of a category entry: after its listing day or
     * not), on or before or after the reimbursement cut-off.
     */
    private static final int DATE_CLASSES = 5;

    /**
     * A remembered verdict and, for each class of purchase date, the finding it leads to with the date itself left
     * out: the date rules depend only on which side of a few fixed days the purchase date falls, so most lines
     * are answered by one lookup and, at most, writing their date and MAC address into the reason.
     */
    private record Remembered(Verdict verdict, EntityName decidingName, FindingTemplate[] findings) {
    }

    /** Lines of this kind hold a mark in a cell (never so in a file read) and are read afresh, one by one. */
    private static final Remembered READ_AFRESH = new Remembered(null, null, null);

    /**
     * A finding whose reason has marks where a line's purchase date or MAC address goes; each line's finding
     * shares the pattern and keeps its own date and MAC, from which its reason is written when asked.
     */
    private record FindingTemplate(Finding finding, ReasonPattern reason) {

        static FindingTemplate of(Finding finding) {
            return new FindingTemplate(finding, ReasonPattern.of(finding.reason()));
        }

        Finding fill(LocalDate date, Optional<MacPrefixIndex.Match> mac) {
            if (reason.isFixed()) {
                return finding;
            }
            return new Finding(finding, reason, date, mac.isPresent() ? mac.get().asWritten() : null);
        }
    }

    private final Map<LineKey, Remembered> recent = new ConcurrentHashMap<>();

    private final LineReader reader;
    private final List<CoverageRule> rules;
    private final OwnershipPeriodRule ownershipPeriods = new OwnershipPeriodRule();
    private final ServiceScopeRule serviceScope = new ServiceScopeRule();
    private final CategoryRule categories;
    private final CategoryListingRule categoryListing = new CategoryListingRule();
    private final EngineerDecisionRule overrides;
    private final ReimbursementRule reimbursement;
    private final CoveredListEdition edition;

    public CoveredGearMatcher(CoveredCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        this.edition = catalog.edition();
        this.categories = new CategoryRule(catalog.categories());
        this.reader = new LineReader(catalog.names, catalog.modelFamilies, catalog.macBlocks, catalog.placeholderVendors(),
                categories);
        this.rules = List.of(new CoveredVendorRule(), new LookalikeRule(), new KnownMakerRule(), new UnnamedVendorRule());
        this.overrides = new EngineerDecisionRule(catalog.names);
        this.reimbursement = new ReimbursementRule(catalog.reimbursement(), catalog.entitiesByCode());
    }

    /** Which Covered List the findings reflect. */
    public CoveredListEdition edition() {
        return edition;
    }

    public Finding assess(GearLine line) {
        return assess(line, Optional.empty());
    }

    /** The matcher's verdict, with the engineer's override (if any) applied on top. */
    public Finding assess(GearLine line, Optional<EngineerDecision> override) {
        return assessAll(Collections.singletonList(line), Collections.singletonList(override)).get(0);
    }

    /**
     * The findings for many lines, in order, each with its override ({@code overrides.get(i)}, empty or null when
     * none): the same as assessing each line on its own. Each line is looked up among the kinds of line remembered,
     * and read only when its kind is new; then every finding is written.
     */
    public List<Finding> assessAll(List<GearLine> lines, List<Optional<EngineerDecision>> overrides) {
        if (overrides.size() != lines.size()) {
            throw new IllegalArgumentException(lines.size() + " lines but " + overrides.size() + " overrides");
        }
        int count = lines.size();
        List<Optional<MacPrefixIndex.Match>> macs = new ArrayList<>(count);
        FindingTemplate[] templates = new FindingTemplate[count];
        for (int i = 0; i < count; i++) {
            GearLine line = Objects.requireNonNull(lines.get(i), "line");
            Optional<MacPrefixIndex.Match> mac = reader.macBlock(line.mac());
            macs.add(mac);
            if (!isPresent(overrides.get(i))) {
                FindingTemplate known = knownTemplate(line, mac);
                templates[i] = known != null ? known : learn(line, mac);
            }
        }
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GearLine line = lines.get(i);
            findings.add(templates[i] == null ? readAfresh(line, macs.get(i), overrides.get(i))
                    : templates[i].fill(line.purchaseDate(), macs.get(i)));
        }
        return findings;
    }

    private static boolean isPresent(Optional<EngineerDecision> override) {
        return override != null && override.isPresent();
    }

    /** The remembered finding for this kind of line and class of purchase date; null when none is remembered yet. */
    private FindingTemplate knownTemplate(GearLine line, Optional<MacPrefixIndex.Match> mac) {
        String description = line.description();
        String descriptionKey = description == null ? null : reader.knownDescriptionKey(description);
        if (description != null && descriptionKey == null) {
            return null;
        }
        Remembered kind = recent.get(key(line, descriptionKey, mac));
        return kind == null || kind == READ_AFRESH ? null : kind.findings[dateClass(kind, line.purchaseDate())];
    }

    /** The finding template for the line, reading the line if its kind is new; null when it must be read afresh. */
    private FindingTemplate learn(GearLine line, Optional<MacPrefixIndex.Match> mac) {
        LineKey key = key(line, reader.descriptionKey(line.description()), mac);
        Remembered kind = recent.get(key);
        if (kind == null) {
            if (recent.size() >= REMEMBERED_LINES) {
                recent.clear();
            }
            kind = recent.computeIfAbsent(key, k -> holdsMark(line) ? READ_AFRESH : remember(line, mac));
        }
        if (kind == READ_AFRESH) {
            return null;
        }
        LocalDate date = line.purchaseDate();
        int dateClass = dateClass(kind, date);
        FindingTemplate template = kind.findings[dateClass];
        if (template == null) {
            template = template(kind.verdict, date);
            kind.findings[dateClass] = template;
        }
        return template;
    }

    /** A MAC outside every covered block reads as no MAC at all; inside one, only the block decides. */
    private static LineKey key(GearLine line, String descriptionKey, Optional<MacPrefixIndex.Match> mac) {
        return new LineKey(line.vendor(), line.model(), descriptionKey, line.category(),
                mac.isPresent() ? mac.get().prefix().prefix() : null);
    }

    private Finding readAfresh(GearLine line, Optional<MacPrefixIndex.Match> mac, Optional<EngineerDecision> override) {
        LocalDate date = line.purchaseDate();
        Verdict verdict = ownershipPeriods.apply(decide(reader.read(line, mac)), date);
        if (isPresent(override)) {
            verdict = overrides.apply(verdict, override.get());
        }
        return reimbursement.finish(categoryListing.apply(verdict, date, date == null ? null : date.toString()), date);
    }

    private FindingTemplate template(Verdict verdict, LocalDate date) {
        String dateMark = String.valueOf(ReasonPattern.DATE_MARK);
        return FindingTemplate.of(reimbursement.finish(
                categoryListing.apply(ownershipPeriods.apply(verdict, date, dateMark), date, dateMark), date, dateMark));
    }

    /** The verdict on a line not seen before, and its finding for each class of purchase date. */
    private Remembered remember(GearLine line, Optional<MacPrefixIndex.Match> mac) {
        Optional<MacPrefixIndex.Match> marked = mac.map(m -> new MacPrefixIndex.Match(m.prefix(), m.entity(),
                String.valueOf(ReasonPattern.MAC_MARK)));
        Verdict verdict = decide(reader.read(line, marked));
        FindingTemplate[] findings = new FindingTemplate[DATE_CLASSES];
        if (!verdict.covered()) {
            // No date rule applies to gear that is not covered; a covered line's findings are made as its dates come.
            Arrays.fill(findings, FindingTemplate.of(reimbursement.finish(verdict, null)));
        }
        return new Remembered(verdict, verdict.decidingName().map(m -> m.name()).orElse(null), findings);
    }

    /** Which side of the days the date rules look at the purchase date falls; 0 when there is no date. */
    private int dateClass(Remembered remembered, LocalDate date) {
        if (date == null) {
            return 0;
        }
        int dateClass = 1;
        if (remembered.decidingName != null && remembered.decidingName.coversDay(date)) {
            dateClass += 1;
        } else if (remembered.verdict.category().isPresent()
                && date.isAfter(remembered.verdict.category().get().addedToList())) {
            dateClass += 1;
        }
        if (date.isAfter(reimbursement.obtainedOnOrBefore())) {
            dateClass += 2;
        }
        return dateClass;
    }

    /** Whether a cell holds one of the characters remembered reasons use as marks (never so in a file read). */
    private static boolean holdsMark(GearLine line) {
        return ReasonPattern.holdsMark(line.vendor()) || ReasonPattern.holdsMark(line.model())
                || ReasonPattern.holdsMark(line.description()) || ReasonPattern.holdsMark(line.category())
                || ReasonPattern.holdsMark(line.mac());
    }

    /** The coverage verdict from the cells alone (nothing here depends on the purchase date). */
    private Verdict decide(LineReading reading) {
        for (CoverageRule rule : rules) {
            Optional<Verdict> decided = rule.decide(reading);
            if (decided.isPresent()) {
                return categories.apply(serviceScope.apply(decided.get(), reading), reading);
            }
        }
        throw new IllegalStateException("no coverage rule decided the line; the last rule must always decide");
    }
}
