package com.ripreplace.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.log.Log;
import org.openqa.selenium.devtools.v156.log.model.LogEntry;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.network.model.RequestId;
import org.openqa.selenium.devtools.v156.network.model.ResourceType;
import org.openqa.selenium.devtools.v156.page.Page;
import org.openqa.selenium.devtools.v156.page.model.Viewport;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ConsoleAPICalled;
import org.openqa.selenium.devtools.v156.runtime.model.RemoteObject;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium, driven through its ChromeDriver, looking at the application as a user would; every
 * page it is asked to {@link #verify(String)} must pass the checks the web pages promise (docs/web-pages.md):
 * <ul>
 *   <li>no server error (HTTP 5xx) for the page or anything it loads, and the page itself answers below 400;</li>
 *   <li>nothing on the browser console at error level: console.error, an uncaught exception, a resource that failed
 *       to load, a Content-Security-Policy violation;</li>
 *   <li>no request to any origin but the application's (scheme, host and port), seen through the DevTools
 *       protocol's {@code Network.requestWillBeSent}, so a page never fetches a font, script or image off the
 *       internet;</li>
 *   <li>no accessibility violation axe-core finds under WCAG 2.0 and 2.1, levels A and AA;</li>
 * </ul>
 * and it saves a full-page screenshot to {@code target/screenshots/NAME.png} first, so a failure can be looked at.
 * <p>
 * A story reads: {@code browser.open("/signin", "signin").fillIn("Username", "ann").fillIn("Password", pw)
 * .press("Sign in").verify("engineer-home").assertPageDoesNotContain(otherCarrierName)}. Chromium or ChromeDriver
 * missing fails the test (CI installs them: .ci/run); it is never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** How long the network must be idle (nothing in flight) before a page counts as loaded. */
    private static final long QUIET_MILLIS = 300;

    private final URI base;
    private final ChromeDriver driver;
    private final DevTools devTools;
    /** What went wrong since the last verify(): filled by the DevTools listeners as it happens. */
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Requests started and not yet finished or failed, by DevTools request id (RequestId has no equals). */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final java.util.Set<String> finished = ConcurrentHashMap.newKeySet();
    private volatile long lastNetworkEvent = System.nanoTime();

    private Browser(URI base) {
        this.base = base.resolve("/");
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900");
        driver = new ChromeDriver(service, options);
        try {
            devTools = driver.getDevTools();
            devTools.createSession();
            listen();
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /** A browser on the application that {@code server} serves (a {@code @MicronautTest}'s embedded server). */
    static Browser on(EmbeddedServer server) {
        return at(URI.create(server.getURL().toString()));
    }

    /** A browser on the site at {@code base}; paths given to {@link #open} are taken from its root. */
    static Browser at(URI base) {
        return new Browser(base);
    }

    /** Goes to {@code path} on the application, waits until the page has loaded, and {@link #verify}s it. */
    Browser open(String path, String screenshotName) {
        problems.clear();
        inFlight.clear(); // what the page left behind is not waited for: the new page's requests are
        driver.get(base.resolve(path).toString());
        awaitQuiet();
        return verify(screenshotName);
    }

    /** {@link #open(String, String)} with the screenshot named after the path: "/" home, "/plans/3" plans-3. */
    Browser open(String path) {
        String name = path.replaceAll("[?#].*", "").replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9]+", "-");
        return open(path, name.isEmpty() ? "home" : name);
    }

    /** Types {@code text} into the field whose {@code <label>} reads {@code label} (so unlabelled fields fail). */
    Browser fillIn(String label, String text) {
        WebElement field = fieldLabelled(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the button that reads {@code text} and waits for the page it leads to. */
    Browser press(String text) {
        return clickAndAwaitNewPage(driver.findElement(By.xpath(
                "//button[normalize-space(.)=" + xpathLiteral(text) + "]"
                        + " | //input[(@type='submit' or @type='button') and @value=" + xpathLiteral(text) + "]")));
    }

    /** Follows the link that reads {@code text} and waits for the page it leads to. */
    Browser follow(String text) {
        return clickAndAwaitNewPage(driver.findElement(By.xpath(
                "//a[normalize-space(.)=" + xpathLiteral(text) + "]")));
    }

    /**
     * Presses Tab, as a keyboard user would, and answers the name of what now has the focus: a field's label, else
     * its aria-label, else its text. A page's tab order is the list of these names.
     */
    String tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        Object name = ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) return '';
                const label = e.labels && e.labels.length ? e.labels[0].innerText : null;
                return (label || e.getAttribute('aria-label') || e.innerText || e.value || e.tagName).trim();""");
        return String.valueOf(name);
    }

    /**
     * Checks the page now shown (see the class comment) and saves its screenshot as {@code NAME.png}; fails with
     * every problem found since the last check. Call it after each step of a story that shows a new page.
     */
    Browser verify(String screenshotName) {
        awaitQuiet();
        Path shot = screenshot(screenshotName);
        List<String> found = new ArrayList<>(problems);
        problems.clear();
        found.addAll(widerThanTheWindow());
        found.addAll(accessibilityViolations());
        if (!found.isEmpty()) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " (screenshot " + shot + ") has "
                    + found.size() + " problem(s):\n  - " + String.join("\n  - ", found));
        }
        return this;
    }

    /**
     * {@link #verify} for a page that is meant to answer {@code status} (a 404 page, a form shown again with its
     * errors as 422): that status of the page itself, and the console line Chromium writes for it, are expected;
     * everything else is checked as usual.
     */
    Browser verifyAnswered(String screenshotName, int status) {
        awaitQuiet();
        String page = driver.getCurrentUrl();
        boolean answered = problems.removeIf(p -> p.equals("the page answered " + status + ": " + page)
                || p.startsWith("the page answered " + status + ": " + page.replaceAll("#.*", "")));
        problems.removeIf(p -> p.startsWith("console error (network): Failed to load resource: the server responded "
                + "with a status of " + status) && p.endsWith(" at " + page.replaceAll("#.*", "")));
        if (!answered) {
            problems.add("the page was meant to answer " + status + ": " + page);
        }
        return verify(screenshotName);
    }

    /**
     * What a laptop screen (the window is 1366 pixels wide) would have to scroll sideways to see: the page itself, or
     * a table inside its scrolling region.
     */
    @SuppressWarnings("unchecked")
    private List<String> widerThanTheWindow() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const wide = [];
                const page = document.documentElement;
                if (page.scrollWidth > page.clientWidth) {
                    wide.push('the page is ' + page.scrollWidth + ' pixels wide in a window of ' + page.clientWidth
                        + ': it scrolls sideways');
                }
                for (const region of document.querySelectorAll('.table-scroll, .table-wrap')) {
                    if (region.scrollWidth > region.clientWidth + 1) {
                        const label = region.getAttribute('aria-labelledby');
                        const title = label && document.getElementById(label);
                        wide.push('the table ' + (title ? '"' + title.textContent.trim() + '"' : region.className)
                            + ' is ' + region.scrollWidth + ' pixels wide in ' + region.clientWidth + ': it scrolls sideways');
                    }
                }
                return wide;
                """);
    }

    /** Fails if the page (its whole DOM, hidden parts and attributes included) contains any of {@code texts}. */
    Browser assertPageDoesNotContain(String... texts) {
        String source = driver.getPageSource();
        List<String> shown = List.of(texts).stream().filter(source::contains).toList();
        if (!shown.isEmpty()) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " shows what it must not: " + shown);
        }
        return this;
    }

    /** Fails unless the page's visible text contains each of {@code texts}. */
    Browser assertPageShows(String... texts) {
        String visible = visibleText();
        List<String> missing = List.of(texts).stream().filter(t -> !visible.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " does not show " + missing
                    + "; it shows:\n" + visible);
        }
        return this;
    }

    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The path (and query) of the page shown, such as {@code /signin?error}. */
    String currentPath() {
        URI now = URI.create(driver.getCurrentUrl());
        return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
    }

    /** Every URL the browser asked for since it started, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The driver itself, for what the helpers above do not cover; follow a page change with {@link #verify}. */
    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            driver.quit();
        }
    }

    private void listen() {
        devTools.send(Network.enable(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        devTools.send(Log.enable());
        devTools.send(Runtime.enable());
        devTools.addListener(Network.requestWillBeSent(), sent -> {
            String url = sent.getRequest().getUrl();
            requests.add(url);
            if (!isLocalScheme(url) && !sameOrigin(url)) {
                // Checked whatever the order of events: a request Chromium refuses itself (an unsafe port) may report
                // its failure before it reports being sent.
                problems.add("request to another host: " + sent.getRequest().getMethod() + " " + url);
            }
            if (!isLocalScheme(url) && !finished.contains(sent.getRequestId().toString()) && !isTabIcon(url)) {
                // The tab's icon is fetched by the browser itself, late and outside the page's loading: Chromium does
                // not always report its end to this session, so waiting for it stalled the quiet-network wait.
                inFlight.put(sent.getRequestId().toString(), url);
            }
            lastNetworkEvent = System.nanoTime();
        });
        devTools.addListener(Network.responseReceived(), received -> {
            int status = received.getResponse().getStatus();
            String url = received.getResponse().getUrl();
            if (status >= 500) {
                problems.add("server error " + status + " for " + url);
            } else if (status >= 400 && received.getType() == ResourceType.DOCUMENT) {
                problems.add("the page answered " + status + ": " + url);
            }
            lastNetworkEvent = System.nanoTime();
        });
        devTools.addListener(Network.loadingFinished(), finished -> settled(finished.getRequestId()));
        devTools.addListener(Network.requestServedFromCache(), cached -> settled(cached));
        devTools.addListener(Network.loadingFailed(), failed -> {
            if (!failed.getCanceled().orElse(false)) {
                problems.add("failed to load (" + failed.getType() + "): " + failed.getErrorText()
                        + failed.getBlockedReason().map(r -> ", blocked: " + r).orElse(""));
            }
            settled(failed.getRequestId());
        });
        devTools.addListener(Log.entryAdded(), entry -> {
            if (entry.getLevel() == LogEntry.Level.ERROR) {
                problems.add("console error (" + entry.getSource() + "): " + entry.getText()
                        + entry.getUrl().map(u -> " at " + u).orElse(""));
            }
        });
        devTools.addListener(Runtime.consoleAPICalled(), call -> {
            if (call.getType() == ConsoleAPICalled.Type.ERROR || call.getType() == ConsoleAPICalled.Type.ASSERT) {
                problems.add("console." + call.getType() + ": " + call.getArgs().stream()
                        .map(Browser::describe).collect(Collectors.joining(" ")));
            }
        });
        devTools.addListener(Runtime.exceptionThrown(), thrown -> {
            var details = thrown.getExceptionDetails();
            problems.add("uncaught exception: " + details.getException().flatMap(RemoteObject::getDescription)
                    .orElse(details.getText()) + details.getUrl().map(u -> " at " + u + ":" + details.getLineNumber())
                    .orElse(""));
        });
    }

    private void settled(RequestId id) {
        // DevTools events reach the listeners on more than one thread: a request served from the cache can finish
        // before the listener of its start has run, which must then not count it as still loading
        finished.add(id.toString());
        inFlight.remove(id.toString());
        lastNetworkEvent = System.nanoTime();
    }

    private Browser clickAndAwaitNewPage(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        inFlight.clear(); // as in open(): only the next page's requests are waited for
        target.click();
        new WebDriverWait(driver, WAIT).until(d -> replaced(page));
        awaitQuiet();
        return this;
    }

    /**
     * Whether the page's old root element is gone. Chromium sometimes answers a question about an element of a page
     * being replaced with "Node with given id does not belong to the document" instead of a stale reference: gone too.
     */
    private static boolean replaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits for the document to finish loading and the network to fall idle (nothing in flight for a moment). */
    private void awaitQuiet() {
        new WebDriverWait(driver, WAIT).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!inFlight.isEmpty()) {
                forgetWhatThePageLoaded();
            }
            if (inFlight.isEmpty() && System.nanoTime() - lastNetworkEvent > QUIET_MILLIS * 1_000_000) {
                return;
            }
            sleep(50);
        }
        String stuck = "the network never fell idle; still loading: " + inFlight.values();
        if (!problems.contains(stuck)) {
            problems.add(stuck);
        }
    }

    /**
     * Drops from the requests in flight those the page itself says it has received in full (its Resource Timing
     * entries with a response end). After a redirect Chromium sometimes never sends this DevTools session the end of
     * a stylesheet it took from its cache, which left the quiet-network wait stuck on a file long loaded; a request
     * that is really still open has no such entry and is still waited for.
     */
    private void forgetWhatThePageLoaded() {
        Object loaded = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.responseEnd > 0).map(e => e.name);");
        if (loaded instanceof List<?> names && !names.isEmpty()) {
            inFlight.values().removeIf(names::contains);
        }
    }

    private List<String> accessibilityViolations() {
        // Legacy mode runs axe in the page itself: the default opens an about:blank window to merge the results of
        // cross-origin frames (the pages have none), which loses this DevTools session.
        Results results = new AxeBuilder().withTags(WCAG_A_AA).setLegacyMode(true).analyze(driver);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add("axe-core could not analyse the page: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add("accessibility (" + rule.getId() + ", " + rule.getImpact() + "): " + rule.getHelp()
                        + " at " + node.getTarget() + " " + node.getHtml() + "\n      " + node.getFailureSummary()
                        .replace("\n", "\n      "));
            }
        }
        return found;
    }

    /** The whole page, not only the window, via DevTools' Page.captureScreenshot beyond the viewport. */
    private Path screenshot(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("A screenshot name is letters, digits, dot, dash, underscore: " + name);
        }
        var size = devTools.send(Page.getLayoutMetrics()).getCssContentSize();
        Viewport all = new Viewport(0, 0, Math.ceil(size.getWidth().doubleValue()),
                Math.ceil(size.getHeight().doubleValue()), 1);
        String png = devTools.send(Page.captureScreenshot(Optional.of(Page.CaptureScreenshotFormat.PNG),
                Optional.empty(), Optional.of(all), Optional.empty(), Optional.of(true), Optional.empty()));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    private WebElement fieldLabelled(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label)
                + "]"));
        if (labels.size() != 1) {
            throw new AssertionError("Expected one field labelled '" + label + "' on " + driver.getCurrentUrl()
                    + ", found " + labels.size());
        }
        String forId = labels.get(0).getAttribute("for");
        return forId == null || forId.isEmpty()
                ? labels.get(0).findElement(By.cssSelector("input, select, textarea"))
                : driver.findElement(By.id(forId));
    }

    private boolean sameOrigin(String url) {
        URI asked = URI.create(url);
        return base.getScheme().equalsIgnoreCase(asked.getScheme())
                && base.getHost().equalsIgnoreCase(asked.getHost()) && port(base) == port(asked);
    }

    private static boolean isTabIcon(String url) {
        return url.replaceAll("[?#].*", "").matches(".*/favicon\\.(svg|ico)");
    }

    private static boolean isLocalScheme(String url) {
        return url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String describe(RemoteObject value) {
        return value.getValue().map(String::valueOf).or(value::getDescription).orElse(String.valueOf(value.getType()));
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static void requireInstalled(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new AssertionError(program + " is missing: the browser tests need Debian's " + debianPackage
                    + " (apt-get install -y chromium chromium-driver, which .ci/run does when either is missing).");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the page", e);
        }
    }
}
