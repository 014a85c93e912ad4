package com.ripreplace.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser harness itself: pages that break each promise fail verify() with the problem named, so a page test
 * that passes means something. The pages come from a bare JDK server with no Content-Security-Policy, which in the
 * application would stop the outside request and the inline script before the checks could see them.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserChecksTest {

    /** The image comes from the same server under another name (127.0.0.1, not localhost): another origin. */
    private static final String BROKEN = """
            <!DOCTYPE html>
            <html><head><title>Broken</title><link rel="icon" href="data:,"></head>
            <body><main><h1>Broken</h1>
            <img src="http://127.0.0.1:%d/pixel.png">
            <script>console.error("deliberately broken")</script>
            <script src="/fails.js"></script>
            </main></body></html>
            """;

    private static final String PIXEL = "<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>";

    private static final String CLEAN = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Clean</title><link rel="icon" href="data:,"></head>
            <body><main><h1>Northern Valley Telephone</h1><p>Carrier FRN 0001234567.</p></main></body></html>
            """;

    private static final String WIDE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Wide</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/wide.css"></head>
            <body><main><h1>Wide</h1><p>A line of gear too wide for a laptop.</p>
            <div class="table-scroll" role="region" aria-labelledby="lines" tabindex="0">
            <h2 id="lines">Lines of gear</h2><div class="wide-block"></div></div>
            <div class="wide-block"></div>
            </main></body></html>
            """;

    private HttpServer server;
    private URI base;
    private Browser browser;

    @BeforeAll
    void serveTestPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/broken", exchange -> answer(exchange, 200, "text/html",
                BROKEN.formatted(server.getAddress().getPort())));
        server.createContext("/pixel.png", exchange -> answer(exchange, 200, "image/svg+xml", PIXEL));
        server.createContext("/fails.js", exchange -> answer(exchange, 500, "text/javascript", "// fails"));
        server.createContext("/clean", exchange -> answer(exchange, 200, "text/html", CLEAN));
        server.createContext("/wide", exchange -> answer(exchange, 200, "text/html", WIDE));
        server.createContext("/wide.css", exchange -> answer(exchange, 200, "text/css",
                ".wide-block { width: 2000px; height: 10px; } .table-scroll { overflow-x: auto; }"));
        server.start();
        base = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
        browser = Browser.at(base);
    }

    @AfterAll
    void stop() {
        try (Browser closing = browser) {
            server.stop(0);
        }
    }

    @Test
    void failsAPageWithAnOutsideRequestAConsoleErrorAServerErrorAndAnAccessibilityViolation() {
        assertThatThrownBy(() -> browser.open("/broken", "browser-checks-broken"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("request to another host: GET http://127.0.0.1:" + base.getPort() + "/pixel.png")
                .hasMessageContaining("console.error: deliberately broken")
                .hasMessageContaining("server error 500 for " + base.resolve("/fails.js"))
                .hasMessageContaining("accessibility (image-alt")
                .hasMessageContaining("accessibility (html-has-lang");
    }

    @Test
    void passesACleanPageAndFindsAnotherCarriersNameOnIt() {
        browser.open("/clean", "browser-checks-clean");

        assertThatThrownBy(() -> browser.assertPageDoesNotContain("0009999999", "Northern Valley"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[Northern Valley]");
        assertThat(browser.assertPageDoesNotContain("Southern Plains Wireless")).isSameAs(browser);
    }

    @Test
    void failsAPageOrATableThatALaptopScreenWouldScrollSideways() {
        assertThatThrownBy(() -> browser.open("/wide", "browser-checks-wide"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the page is ")
                .hasMessageContaining("the table \"Lines of gear\" is 2000 pixels wide in ");
    }

    @Test
    void failsAPageThatIsNotFound() {
        assertThatThrownBy(() -> browser.open("/missing", "browser-checks-missing"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the page answered 404");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
