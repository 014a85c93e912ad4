package com.ripreplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout's header for a signed-in user (no page shows one yet): their name, their links, sign out. */
@MicronautTest(environments = "test", startApplication = false)
class LayoutTest {

    @Inject
    ThymeleafViewsRenderer<Map<String, Object>> views;

    @Test
    void showsTheSignedInUserTheirLinksWithTheCurrentPageMarked() throws Exception {
        String path = "/inventories/7";
        Chrome chrome = new Chrome("ann.lee", List.of(NavLink.to("Inventories", "/inventories", path),
                NavLink.to("Plans", "/plans", path)), true);

        String page = render("home", chrome, path);

        assertThat(page).contains("<nav class=\"site-nav\" aria-label=\"Main\">")
                .contains("<a href=\"/inventories\" aria-current=\"page\">Inventories</a>")
                .contains("<a href=\"/plans\">Plans</a>")
                .contains("<span class=\"user\">ann.lee</span>")
                .contains("<form method=\"post\" action=\"/logout\"")
                .doesNotContain(">Sign in</a>");
    }

    @Test
    void writesAUserNameAsTextNeverAsMarkup() throws Exception {
        Chrome chrome = new Chrome("<script>alert(1)</script>", List.of(), false);

        assertThat(render("home", chrome, "/")).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void offersNoSignInLinkOnTheSignInPage() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", false);
        model.put("chrome", Chrome.signedOut("/signin"));
        assertThat(render("signin", model, "/signin")).doesNotContain("href=\"/signin\"");
        assertThat(render("home", Chrome.signedOut("/"), "/"))
                .contains("<a class=\"button button-on-dark\" href=\"/signin\">Sign in</a>");
    }

    private String render(String view, Chrome chrome, String path) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", chrome);
        return render(view, model, path);
    }

    private String render(String view, Map<String, Object> model, String path) throws Exception {
        StringWriter out = new StringWriter();
        views.render(view, model, HttpRequest.GET(path)).writeTo(out);
        return out.toString();
    }
}
