package com.ripreplace.web;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.api.People;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance and review pages in a real browser, as their people use them: finance of carrier A reads the estimate,
 * plans, watches the plan solve, reads the result and submits it; a grant administrator returns it with a comment;
 * finance reads the comment, plans again and submits the answer; the administrator approves it. Finance of carrier B
 * sees nothing of A. Each page passes Browser's checks and leaves a screenshot in target/screenshots/.
 */
@MicronautTest(environments = "test", transactional = false)
@Tag("browser")
class FinanceAndReviewBrowserTest {

    private static final String CARRIER_A = "0077700011";
    private static final String CARRIER_B = "0077700022";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void financePlansAndSubmitsAndAnAdministratorReturnsThenApproves() {
        BlockingHttpClient engineer = People.as(client, accounts, "pf-eng-a", Role.ENGINEER, CARRIER_A);
        BlockingHttpClient finance = People.as(client, accounts, "pf-fin-a", Role.FINANCE, CARRIER_A);
        People.ensure(accounts, "pf-fin-b", Role.FINANCE, CARRIER_B);
        People.ensure(accounts, "pf-admin", Role.GRANT_ADMIN, null);
        long inventory = upload(engineer, "ridge-towers.csv", towers(4));

        try (Browser browser = Browser.on(server)) {
            signIn(browser, "pf-fin-a", "finance-00-signed-in");

            browser.open("/inventories/" + inventory + "/estimate", "finance-01-estimate")
                    .assertPageShows("Cost estimate", "Totals", "Reimbursable and carrier-paid", "By site",
                            "Cash by wave", "RIDGE-1", "RIDGE-4");

            browser.follow("Plan this inventory").verify("finance-02-plan-form")
                    .assertPageShows("Budget per wave (dollars)", "Starting cash (dollars)", "Crews", "Deadline",
                            "Wave length", "Time limit");
            browser.fillIn("Crews", "1").fillIn("Time limit", "2s").press("Plan");
            assertThat(browser.currentPath()).matches("/plans/\\d+");
            long firstPlan = Long.parseLong(browser.currentPath().substring("/plans/".length()));
            assertThat(browser.driver().findElements(By.cssSelector("progress#plan-progress"))).hasSize(1);
            browser.assertPageShows("Solving", "Elapsed", "of 2 s", "Best score so far", "Cancel this plan");
            browser.verify("finance-03-plan-solving");

            awaitResult(browser);
            browser.verify("finance-04-plan-done");
            assertChartsAndNumbers(browser, finance, firstPlan);

            browser.fillIn("Note for the reviewer (optional)", "First plan, one crew").press("Submit for review")
                    .verify("finance-05-submitted");
            assertThat(browser.currentPath()).isEqualTo("/submissions");
            browser.assertPageShows("Awaiting review", "First plan, one crew", "Plan " + firstPlan);
            long first = submissionOf(finance, firstPlan);

            signOut(browser);
            signIn(browser, "pf-admin", "admin-00-signed-in");
            browser.open("/review", "admin-01-queue").assertPageShows("Review queue", "Submission " + first, CARRIER_A);
            browser.open("/review?status=SUBMITTED", "admin-01-queue-submitted").assertPageShows("Submission " + first);
            browser.follow("Submission " + first).verify("admin-02-review")
                    .assertPageShows("Submission " + first, CARRIER_A, "Inventory SHA-256", "Timeline",
                            "Spend, reimbursement and cash by wave", "First plan, one crew", "Approve", "Return");
            assertThat(browser.driver().findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
            browser.fillIn("Comment (required to return the submission)", "Use two crews: the towers are far apart")
                    .press("Return").verify("admin-03-returned")
                    .assertPageShows("Returned by pf-admin", "Use two crews: the towers are far apart");

            signOut(browser);
            signIn(browser, "pf-fin-a", "finance-06-signed-in-again");
            browser.open("/submissions", "finance-06-returned")
                    .assertPageShows("Returned", "Use two crews: the towers are far apart");
            browser.open("/inventories/" + inventory + "/plan", "finance-07-plan-again")
                    .fillIn("Crews", "2").fillIn("Time limit", "2s").press("Plan");
            long secondPlan = Long.parseLong(browser.currentPath().substring("/plans/".length()));
            awaitResult(browser);
            browser.verify("finance-08-second-plan").press("Submit for review").verify("finance-09-answered");
            long second = submissionOf(finance, secondPlan);
            browser.assertPageShows("Answers submission " + first, "Answered by submission " + second);
            browser.open("/plans", "finance-10-plans").assertPageShows("Plan " + firstPlan, "Plan " + secondPlan);

            signOut(browser);
            signIn(browser, "pf-admin", "admin-04-signed-in-again");
            browser.open("/review/" + second, "admin-05-review-answer")
                    .assertPageShows("Returned submission " + first)
                    .fillIn("Comment (required to return the submission)", "Two crews, on time")
                    .press("Approve").verify("admin-06-approved")
                    .assertPageShows("Approved by pf-admin", "Two crews, on time", "Use two crews: the towers are far apart",
                            "Submission " + first, "Submission " + second);

            signOut(browser);
            signIn(browser, "pf-fin-a", "finance-11-signed-in-last");
            browser.open("/submissions", "finance-11-history")
                    .assertPageShows("Approved", "Two crews, on time", "Returned", "Use two crews: the towers are far apart");

            // Finance of carrier B: A's plan answers 404 and nothing of A shows anywhere.
            signOut(browser);
            signIn(browser, "pf-fin-b", "finance-b-00-signed-in");
            browser.driver().get(server.getURL() + "/plans/" + firstPlan);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.visibleText().contains(
                    "No plan has id " + firstPlan));
            browser.assertPageDoesNotContain(CARRIER_A, "RIDGE-1", "First plan, one crew", "pf-fin-a");
            browser.open("/plans", "finance-b-01-plans").assertPageShows("No plans yet")
                    .assertPageDoesNotContain(CARRIER_A, "RIDGE-1", "Plan " + firstPlan);
            browser.open("/submissions", "finance-b-02-submissions").assertPageShows("Nothing submitted yet")
                    .assertPageDoesNotContain(CARRIER_A, "First plan, one crew", "Two crews, on time");
        }
    }

    private void assertChartsAndNumbers(Browser browser, BlockingHttpClient finance, long plan) {
        assertThat(browser.driver().findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#cash-chart canvas"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("timeline-chart")).getAttribute("aria-label")).contains("Timeline of");
        Map<?, ?> body = finance.exchange(HttpRequest.GET("/api/plans/" + plan), Map.class).body();
        Map<?, ?> result = (Map<?, ?>) body.get("result");
        Formats fmt = Formats.INSTANCE;
        browser.assertPageShows("Summary", "Timeline", "Spend, reimbursement and cash by wave", "Broken rules",
                "Extension", fmt.money(money(result.get("totalCost"))), fmt.money(money(result.get("reimbursable"))),
                fmt.money(money(result.get("lowestCashBalance"))), "Download the plan workbook (.xlsx)");
        List<?> waves = (List<?>) result.get("waves");
        assertThat(waves).isNotEmpty();
        for (Object w : waves) {
            Map<?, ?> wave = (Map<?, ?>) w;
            browser.assertPageShows("Wave " + wave.get("wave"), fmt.money(money(wave.get("spend"))),
                    fmt.money(money(wave.get("cashBalance"))));
        }
    }

    private static BigDecimal money(Object number) {
        return new BigDecimal(String.valueOf(number));
    }

    private long submissionOf(BlockingHttpClient finance, long plan) {
        Map<?, ?> page = finance.exchange(HttpRequest.GET("/api/submissions?size=50"), Map.class).body();
        return ((List<?>) page.get("items")).stream().map(Map.class::cast)
                .filter(s -> ((Number) s.get("planId")).longValue() == plan)
                .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static void awaitResult(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(250))
                .until(d -> !d.findElements(By.id("plan-result")).isEmpty());
    }

    private static void signIn(Browser browser, String username, String screenshot) {
        browser.open("/signin", "signin-" + username).fillIn("Username", username)
                .fillIn("Password", People.passwordOf(username)).press("Sign in").verify(screenshot);
    }

    private static void signOut(Browser browser) {
        browser.press("Sign out").verify("signed-out");
    }

    private static long upload(BlockingHttpClient engineer, String name, String csv) {
        var created = engineer.exchange(HttpRequest.POST("/api/inventories", MultipartBody.builder()
                        .addPart("files", name, MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class);
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Four towers, each with a Huawei unit bought in 2019 (covered, reimbursable) and a Nokia unit. */
    private static String towers(int sites) {
        StringBuilder csv = new StringBuilder("Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date\n");
        for (int i = 1; i <= sites; i++) {
            csv.append("RIDGE-").append(i).append(",Ridge tower ").append(i).append(",Huawei,RRU3908,H-").append(i)
                    .append(",1,2019-03-01\n");
            csv.append("RIDGE-").append(i).append(",Ridge tower ").append(i).append(",Nokia,AirScale,N-").append(i)
                    .append(",1,2022-03-01\n");
        }
        return csv.toString();
    }
}
