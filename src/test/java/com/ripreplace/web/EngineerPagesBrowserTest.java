package com.ripreplace.web;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.api.People;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engineer's day in a real browser: sign in, upload a sheet with a mistake and see where it is, upload the
 * corrected sheet, filter the covered gear, dismiss a finding with a reason, read the activity log, sign out; and
 * an engineer of another carrier who finds nothing of it.
 */
@MicronautTest(environments = "test", transactional = false)
@Tag("browser")
class EngineerPagesBrowserTest {

    static final String HEADER = "Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date\n";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Test
    void anEngineerUploadsChecksAndDecidesAndAnotherCarrierSeesNoneOfIt() throws IOException {
        People.ensure(accounts, "eng-pages-a", Role.ENGINEER, People.CARRIER_A);
        People.ensure(accounts, "eng-pages-b", Role.ENGINEER, People.CARRIER_B);
        Path folder = Files.createTempDirectory("engineer-pages");
        Path broken = Files.writeString(folder.resolve("towers-broken.csv"), HEADER
                + "KS-ELK-01,Elk Ridge Tower,Huawei,RRU3908,HW-ELK-0001,1,2019-03-01\n"
                + "KS-ELK-01,Elk Ridge Tower,ZTE,ZXSDR B8200,ZTE-ELK-0002,lots,2018-06-15\n");
        Path good = Files.writeString(folder.resolve("towers.csv"), HEADER
                + "KS-ELK-01,Elk Ridge Tower,Huawei,RRU3908,HW-ELK-0001,1,2019-03-01\n"
                + "KS-ELK-01,Elk Ridge Tower,ZTE,ZXSDR B8200,ZTE-ELK-0002,2,2018-06-15\n"
                + "KS-MPL-02,Maple Hill Tower,Huawei,BBU5900,HW-MPL-0003,1,2020-01-20\n"
                + "KS-MPL-02,Maple Hill Tower,Nokia,AirScale,NOK-MPL-0004,1,2022-03-01\n"
                + "KS-MPL-02,Maple Hill Tower,TP-Link,Archer AX55,TPL-MPL-0005,1,2026-05-01\n");
        String inventoryPath;

        try (Browser browser = Browser.on(server)) {
            browser.open("/signin", "engineer-00-signin")
                    .fillIn("Username", "eng-pages-a").fillIn("Password", People.passwordOf("eng-pages-a"))
                    .press("Sign in").verify("engineer-00-signed-in").assertPageShows("eng-pages-a");
            browser.open("/inventories", "engineer-01-inventories")
                    .assertPageShows("Inventories", "Upload an inventory", "Inventory files", "inventory template");

            choose(browser, broken);
            browser.press("Upload and check").verifyAnswered("engineer-02-upload-errors", 422)
                    .assertPageShows("Errors to fix in the files", "towers-broken.csv", "Nothing was stored.");
            String errorRow = browser.driver().findElement(By.cssSelector("table.problems tbody tr")).getText();
            assertThat(errorRow).contains("towers-broken.csv").contains(" 3 ").contains(" F ");
            assertThat(errorRow.toLowerCase()).contains("quantity");

            drop(browser, good, "site-photo.jpg");
            assertThat(browser.driver().findElement(By.cssSelector("form[data-upload] .chosen")).getText())
                    .isEqualTo("1 file chosen: towers.csv. 1 file was left out: only .xlsx, .xls and .csv files are read.");
            browser.press("Upload and check").verify("engineer-03-inventory")
                    .assertPageShows("Elk Ridge Tower", "Maple Hill Tower", "HW-ELK-0001", "ZTE-ELK-0002",
                            "NOK-MPL-0004", "lines of gear", "covered");
            inventoryPath = browser.currentPath();
            assertThat(inventoryPath).matches("/inventories/\\d+");

            browser.driver().findElement(By.id("filter-covered")).click();
            browser.press("Apply filters").verify("engineer-04-covered-only")
                    .assertPageShows("HW-ELK-0001", "ZTE-ELK-0002", "(filtered)");
            assertThat(browser.visibleText()).doesNotContain("NOK-MPL-0004");
            assertThat(browser.currentPath()).isEqualTo(inventoryPath + "?covered=true");

            browser.fillIn("Reason for HW-ELK-0001", "Removed in the 2024 storm; the unit is no longer on the tower.")
                    .press("Dismiss").verify("engineer-05-finding-dismissed")
                    .assertPageShows("Saved for Huawei RRU3908 (serial HW-ELK-0001): Dismissed: not covered.");
            assertThat(browser.currentPath()).startsWith(inventoryPath + "?covered=true&decided=");
            assertThat(browser.visibleText()).contains("May stay in service");
            browser.fillIn("Reason for TPL-MPL-0005", "Swapped with the tower radios on the same trip.")
                    .press("Replace").verify("engineer-05a-router-to-replace")
                    .assertPageShows("Saved for TP-Link Archer AX55 (serial TPL-MPL-0005): Covered, to be replaced.",
                            "To replace");
            browser.follow("Show every line").verify("engineer-06-every-line")
                    .assertPageShows("Dismissed: not covered", "Removed in the 2024 storm", "NOK-MPL-0004");

            browser.open("/activity", "engineer-07-activity").assertPageShows("UPLOAD", "OVERRIDE", "eng-pages-a",
                    "Removed in the 2024 storm");

            browser.press("Sign out").verify("engineer-08-signed-out");
            assertThat(browser.currentPath()).startsWith("/signin");
        }

        try (Browser browser = Browser.on(server)) {
            browser.open("/signin", "engineer-09-signin-carrier-b")
                    .fillIn("Username", "eng-pages-b").fillIn("Password", People.passwordOf("eng-pages-b"))
                    .press("Sign in").verify("engineer-10-signed-in-carrier-b");
            browser.driver().get(server.getURL() + inventoryPath);
            browser.verifyAnswered("engineer-11-other-carrier-404", 404)
                    .assertPageShows("Page not found")
                    .assertPageDoesNotContain("Elk Ridge", "Maple Hill", "KS-ELK-01", "HW-ELK-0001", "ZTE-ELK-0002");
            browser.open("/inventories", "engineer-12-inventories-carrier-b")
                    .assertPageDoesNotContain("Elk Ridge", "KS-ELK-01", "HW-ELK-0001", inventoryPath + "\"");
        }
    }

    /**
     * Drops the file, and a file of another kind, on the upload form's drop zone as a person dragging them from a
     * folder would: the page's script sees a drop event carrying the files.
     */
    private static void drop(Browser browser, Path file, String otherFile) throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const files = new DataTransfer();
                files.items.add(new File([arguments[0]], arguments[1], {type: 'text/csv'}));
                files.items.add(new File(['not an inventory'], arguments[2], {type: 'image/jpeg'}));
                const zone = document.querySelector('[data-drop-zone]');
                for (const type of ['dragenter', 'dragover', 'drop']) {
                    zone.dispatchEvent(new DragEvent(type, {dataTransfer: files, bubbles: true, cancelable: true}));
                }
                """, Files.readString(file), file.getFileName().toString(), otherFile);
    }

    /** Picks a file in the upload form's file field, as the file chooser would. */
    private static void choose(Browser browser, Path file) {
        browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
    }
}
