package com.ripreplace.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages in a real browser: each loads cleanly (Browser's checks) and leads where it says. */
@MicronautTest(environments = "test")
@Tag("browser")
class WebPagesBrowserTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aVisitorFindsTheSignInFormFromTheStartPage() {
        try (Browser browser = Browser.on(server)) {
            browser.open("/", "home")
                    .assertPageShows("Rip & Replace Planner", "Plan the removal and replacement of covered network gear",
                            "Network engineers", "Finance teams", "Grant administrators");

            browser.follow("Sign in").verify("signin").assertPageShows("Username", "Password");
            assertThat(browser.currentPath()).isEqualTo("/signin");
            assertThat(List.of(browser.tab(), browser.tab(), browser.tab(), browser.tab(), browser.tab()))
                    .containsExactly("Skip to main content", "Rip & Replace Planner", "Username", "Password", "Sign in");

            browser.open("/signin?error", "signin-failed")
                    .assertPageShows("The username or password is not right.");
            assertThat(browser.requests()).allMatch(url -> url.startsWith(server.getURL().toString()));
        }
    }
}
