package com.ripreplace.service;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.persistence.InventoryStore;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * An engineer's upload, whichever edge received it (the API or the upload page): check the files as one inventory;
 * if they can be used, warn when the Program sheet names another carrier, store the inventory for the engineer's
 * carrier and write the UPLOAD entry of the audit log. An inventory with errors is never stored.
 */
@Singleton
public class Uploads {

    private final InventoryCheck check;
    private final InventoryStore store;
    private final Audit audit;

    Uploads(InventoryCheck check, InventoryStore store, Audit audit) {
        this.check = check;
        this.store = store;
        this.audit = audit;
    }

    /**
     * What became of an upload: {@code id} is null when it was refused ({@code result} then holds the errors);
     * {@code notes} are the upload's own warnings, beside those of the files.
     */
    public record Outcome(Long id, CheckResult result, List<CheckReport.ProblemEntry> notes) {

        public boolean stored() {
            return id != null;
        }
    }

    /**
     * @param files   the received files, in upload order (at least one)
     * @param address where the request came from, for the audit log
     */
    public Outcome upload(Viewer viewer, List<InventoryReader.InputFile> files, String address) {
        CheckResult result = check.run(files);
        if (!result.usable()) {
            return new Outcome(null, result, List.of());
        }
        String named = result.inventory().program().frn();
        List<CheckReport.ProblemEntry> notes = new ArrayList<>();
        if (named != null && !named.isBlank() && !viewer.sees(named.trim())) {
            notes.add(new CheckReport.ProblemEntry(files.get(0).name(), "Program", null, null,
                    "The Program sheet names FRN " + named.trim() + ", but " + viewer.username()
                            + " uploads for carrier FRN " + viewer.carrierFrn()
                            + ": the inventory is stored for FRN " + viewer.carrierFrn() + "."));
        }
        long id = store.save(result, files, viewer.carrierFrn(), notes);
        audit.record(viewer, viewer.carrierFrn(), AuditAction.UPLOAD, "inventory " + id,
                String.join(", ", files.stream().map(InventoryReader.InputFile::name).toList()) + ": "
                        + result.summary().items() + " lines, " + result.summary().coveredItems() + " covered"
                        + (notes.isEmpty() ? "" : "; " + notes.get(0).message()),
                address);
        return new Outcome(id, result, List.copyOf(notes));
    }
}
