package com.ripreplace.web;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.api.Api;
import com.ripreplace.api.People;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** A list longer than a page shows where the reader is and links to the other pages, the first page at its plain address. */
@MicronautTest(environments = "test", transactional = false)
class PagerTest {

    private static final String CARRIER = "0066600066";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void aCarrierWithTwentyTwoInventoriesSeesTwoPagesOfThem() {
        BlockingHttpClient engineer = People.as(http, accounts, "pager-eng", Role.ENGINEER, CARRIER);
        for (int i = 1; i <= 22; i++) {
            String csv = "Site ID,Vendor,Model,Serial,Quantity\nT" + i + ",Huawei,RRU3908,P-" + i + ",1\n";
            Api.uploadCsv(engineer, "pager-" + i + ".csv", csv);
        }
        Cookie signedIn = Cookie.of("JWT", People.token(http, "pager-eng"));

        String first = http.toBlocking().retrieve(HttpRequest.GET("/inventories").accept(MediaType.TEXT_HTML_TYPE)
                .cookie(signedIn));
        String second = http.toBlocking().retrieve(HttpRequest.GET("/inventories?page=2")
                .accept(MediaType.TEXT_HTML_TYPE).cookie(signedIn));

        assertThat(first).contains("Page 1 of 2").contains("href=\"/inventories?page=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(second).contains("Page 2 of 2").contains("href=\"/inventories\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"").contains("aria-current=\"page\"");
    }

    @Test
    void anInventoryOfSixtySitesShowsThemFiftyAtATimeBesideItsLinesAndSoDoesItsEstimate() {
        BlockingHttpClient engineer = People.as(http, accounts, "pager-sites", Role.ENGINEER, "0066600088");
        StringBuilder csv = new StringBuilder("Site ID,Site Name,Vendor,Model,Serial,Quantity\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(String.format("S%02d,Tower %d,Huawei,RRU3908,P-%d,1%n", i, i, i));
        }
        String page = "/inventories/" + Api.uploadCsv(engineer, "sixty.csv", csv.toString());
        Cookie signedIn = Cookie.of("JWT", People.token(http, "pager-sites"));

        String first = http.toBlocking().retrieve(HttpRequest.GET(page).accept(MediaType.TEXT_HTML_TYPE).cookie(signedIn));
        String second = http.toBlocking().retrieve(HttpRequest.GET(page + "?sitesPage=2")
                .accept(MediaType.TEXT_HTML_TYPE).cookie(signedIn));

        assertThat(sitesOf(first)).contains("Sites 1 to 50 of 60").contains(">S50<").doesNotContain(">S51<")
                .contains("aria-label=\"Pages of sites\"")
                .contains("href=\"" + page + "?sitesPage=2#sites-title\" rel=\"next\"");
        assertThat(sitesOf(second)).contains("Sites 51 to 60 of 60").contains(">S51<").contains(">S60<")
                .doesNotContain(">S50<").contains("href=\"" + page + "#sites-title\" rel=\"prev\"");
        assertThat(second).as("the lines of gear still show their first page").contains("Lines 1 to 60 of 60");

        People.ensure(accounts, "pager-sites-fin", Role.FINANCE, "0066600088");
        Cookie finance = Cookie.of("JWT", People.token(http, "pager-sites-fin"));
        String estimate = http.toBlocking().retrieve(HttpRequest.GET(page + "/estimate?sitesPage=2")
                .accept(MediaType.TEXT_HTML_TYPE).cookie(finance));
        assertThat(estimate).as("the estimate's table of sites, 50 a page under totals of all 60")
                .contains("Sites 51 to 60 of 60").contains(">S51<").doesNotContain(">S50<")
                .contains("href=\"" + page + "/estimate#sites-title\" rel=\"prev\"");
    }

    /** The page's sites section, from its heading to the lines' heading. */
    private static String sitesOf(String page) {
        return page.substring(page.indexOf("id=\"sites-title\""), page.indexOf("id=\"lines-title\""));
    }

    @Test
    void twentyOnePlansMakeTwoPagesOfTheCarriersPlansNewestFirst() {
        BlockingHttpClient finance = People.as(http, accounts, "pager-plans", Role.FINANCE, "0066600099");
        BlockingHttpClient engineer = People.as(http, accounts, "pager-plans-eng", Role.ENGINEER, "0066600099");
        String csv = "Site ID,Vendor,Model,Serial,Quantity\nT1,Huawei,RRU3908,P-1,1\n";
        String inventory = "/api/inventories/" + Api.uploadCsv(engineer, "plans.csv", csv);
        long first = 0;
        long last = 0;
        for (int i = 0; i < 21; i++) {
            String plan = finance.exchange(HttpRequest.POST(inventory + "/plans", "{\"timeLimit\":\"1s\"}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE), String.class).header("Location");
            finance.exchange(HttpRequest.DELETE(plan), String.class);
            last = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
            first = first == 0 ? last : first;
        }
        Cookie signedIn = Cookie.of("JWT", People.token(http, "pager-plans"));

        String one = http.toBlocking().retrieve(HttpRequest.GET("/plans").accept(MediaType.TEXT_HTML_TYPE).cookie(signedIn));
        String two = http.toBlocking().retrieve(HttpRequest.GET("/plans?page=2").accept(MediaType.TEXT_HTML_TYPE)
                .cookie(signedIn));

        assertThat(one).contains("Page 1 of 2").contains("href=\"/plans?page=2\" rel=\"next\"")
                .contains("href=\"/plans/" + last + "\"").doesNotContain("href=\"/plans/" + first + "\"");
        assertThat(two).contains("Page 2 of 2").contains("href=\"/plans\" rel=\"prev\"")
                .contains("href=\"/plans/" + first + "\"").doesNotContain("href=\"/plans/" + last + "\"");
    }

    @Test
    void fiftyFiveSignInsMakeTwoPagesOfTheCarriersActivity() {
        People.ensure(accounts, "pager-fin", Role.FINANCE, "0066600077");
        String token = "";
        for (int i = 0; i < 55; i++) {
            token = People.token(http, "pager-fin");
        }
        Cookie signedIn = Cookie.of("JWT", token);

        String first = http.toBlocking().retrieve(HttpRequest.GET("/activity").accept(MediaType.TEXT_HTML_TYPE)
                .cookie(signedIn));
        String second = http.toBlocking().retrieve(HttpRequest.GET("/activity?page=2").accept(MediaType.TEXT_HTML_TYPE)
                .cookie(signedIn));

        assertThat(first).contains("Page 1 of 2").contains("href=\"/activity?page=2\" rel=\"next\"");
        assertThat(first.split(">SIGN_IN</span>", -1)).as("the newest 50 entries, all sign-ins").hasSize(51);
        assertThat(second).contains("Page 2 of 2").contains("href=\"/activity\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(second.split(">SIGN_IN</span>", -1)).as("the five oldest sign-ins").hasSize(6);
    }
}
