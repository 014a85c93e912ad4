package com.ripreplace.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.ripreplace.access.AccountException;
import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.cli.ServiceProcess;
import com.ripreplace.persistence.AuditRecord;
import com.ripreplace.persistence.AuditStore;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Passwords and tokens stay out of what others can read: the log, every HTTP answer except the sign-in's own token
 * and cookie, the audit log, and what {@code users add} prints. Each secret is unique to this test, so finding one
 * anywhere is a leak.
 *
 * <p>The log is listened to at INFO (the service ships WARN, and INFO for its own code) and the service's own code at
 * TRACE. Below INFO the framework's loggers do write secrets: {@code io.micronaut.context.event.ApplicationEventPublisher}
 * (DEBUG) the token of each TokenValidatedEvent and AccessTokenGeneratedEvent, and at TRACE
 * {@code io.micronaut.security.endpoints.LoginController} and {@code io.micronaut.data.query} the username tried (a
 * password typed into the name field) and {@code NimbusJsonWebTokenParser} a malformed token.
 */
@MicronautTest(environments = "test", transactional = false)
class SecretsStayOutOfLogsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    AuditStore auditStore;

    @Inject
    JsonMapper json;

    @TempDir
    Path dataDir;

    final String run = Long.toString(System.nanoTime(), 36);
    final String ana = "secret-ana-" + run;
    final String gina = "secret-gina-" + run;
    final String lee = "secret-lee-" + run;
    final String anaPassword = "Ana-Pw-" + run + "-x1";
    final String ginaPassword = "Gina-Pw-" + run + "-x2";
    final String leePassword = "Lee-Pw-" + run + "-x3";
    final String anaNewPassword = "Ana-NewPw-" + run + "-x4";

    /** Every secret the test uses: passwords tried, right or wrong, and tokens, issued or forged. */
    final Set<String> secrets = new LinkedHashSet<>();
    /** Every answer the service gave, with the one token it may hold (a sign-in's own). */
    final List<Seen> answers = new ArrayList<>();

    ListAppender<ILoggingEvent> logged;
    Level rootLevel;
    Level ownLevel;
    HttpClient http;

    record Seen(String request, int status, String headers, String body, String ownToken) {
    }

    @BeforeEach
    void listen() {
        logged = new ListAppender<>();
        logged.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        logged.start();
        root().addAppender(logged);
        rootLevel = root().getLevel();
        ownLevel = own().getLevel();
        root().setLevel(Level.INFO);
        own().setLevel(Level.TRACE);
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(logged);
        root().setLevel(rootLevel);
        own().setLevel(ownLevel);
        logged.stop();
        http.close();
    }

    static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    static Logger own() {
        return (Logger) LoggerFactory.getLogger("com.ripreplace");
    }

    String secret(String value) {
        secrets.add(value);
        return value;
    }

    Seen send(String what, MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        String body;
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, String.class);
            response = r;
            body = r.getBody(String.class).orElse("");
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            body = e.getResponse().getBody(String.class).orElse("");
        }
        StringBuilder headers = new StringBuilder();
        response.getHeaders().forEach((name, values) -> headers.append(name).append(": ").append(values).append('\n'));
        String token = null;
        if (request.getPath().equals("/login") && response.code() == 200) {
            token = (String) parse(body).get("access_token");
        } else if (request.getPath().equals("/login") && response.code() == 303 && headers.indexOf("JWT=ey") >= 0) {
            String cookie = response.getHeaders().get(HttpHeaders.SET_COOKIE);
            token = cookie.substring("JWT=".length(), cookie.indexOf(';'));
        }
        if (token != null) {
            secret(token);
        }
        Seen seen = new Seen(what, response.code(), headers.toString(), body, token);
        answers.add(seen);
        return seen;
    }

    Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    Seen signIn(String what, String username, String password) {
        return send(what, HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    }

    Seen signInByForm(String what, String username, String password) {
        return send(what, HttpRequest.POST("/login", "username=" + username + "&password=" + password)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    @Test
    void noPasswordOrTokenReachesTheLogAnAnswerTheAuditLogOrWhatUsersAddPrints() throws Exception {
        accounts.add(ana, Role.ENGINEER, People.CARRIER_A, secret(anaPassword), "test", "test");
        accounts.add(gina, Role.GRANT_ADMIN, null, secret(ginaPassword), "test", "test");
        accounts.add(lee, Role.FINANCE, People.CARRIER_A, secret(leePassword), "test", "test");
        String refusedPassword = secret("Refused-Pw-" + run);
        assertThatThrownBy(() -> accounts.add("secret-bo-" + run, Role.ENGINEER, "12345", refusedPassword, "test", "t"))
                .isInstanceOf(AccountException.class).message().doesNotContain(refusedPassword);
        String tooLong = secret("Too-Long-" + run + "-".repeat(80));
        assertThatThrownBy(() -> accounts.add("secret-bo-" + run, Role.ENGINEER, People.CARRIER_A, tooLong, "test", "t"))
                .isInstanceOf(AccountException.class).message().doesNotContain(tooLong);

        // good sign-ins, by JSON and by form
        Seen anaIn = signIn("ana signs in", ana, anaPassword);
        Seen anaByForm = signInByForm("ana signs in from the page", ana, anaPassword);
        Seen ginaIn = signIn("gina signs in", gina, ginaPassword);
        assertThat(List.of(anaIn.status(), anaByForm.status(), ginaIn.status())).containsExactly(200, 303, 200);
        String anaToken = anaIn.ownToken();

        // wrong passwords, a password typed into the username field, an unknown name
        assertThat(signIn("a wrong password", ana, secret("Wrong-Pw-" + run)).status()).isEqualTo(401);
        assertThat(signInByForm("a wrong password on the page", ana, secret("Wrong-Form-Pw-" + run)).status())
                .isEqualTo(303);
        assertThat(signIn("the password as the username", anaPassword, anaPassword).status()).isEqualTo(401);
        assertThat(signIn("the password as the username, no password", anaPassword, "").status()).isIn(400, 401);
        assertThat(signInByForm("the password as the username on the page", anaPassword, "x").status())
                .isEqualTo(303);

        // lee is locked by five wrong guesses; the right password is then refused too
        for (int i = 1; i <= accounts.lockAfter(); i++) {
            assertThat(signIn("lee's guess " + i, lee, secret("Guess-" + i + "-" + run)).status()).isEqualTo(401);
        }
        assertThat(signIn("lee, locked", lee, leePassword).status()).isEqualTo(401);

        // uploads, a good one and one that cannot be used
        assertThat(send("an upload", HttpRequest.POST("/api/inventories", MultipartBody.builder()
                        .addPart("files", "towers.csv", MediaType.TEXT_CSV_TYPE,
                                Api.towers(3).getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(anaToken)).status()).isEqualTo(201);
        assertThat(send("an upload that cannot be used", HttpRequest.POST("/api/inventories", MultipartBody.builder()
                        .addPart("files", "notes.csv", MediaType.TEXT_CSV_TYPE,
                                "nothing,here\n1,2\n".getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(anaToken)).status()).isEqualTo(422);
        assertThat(send("a read by cookie", HttpRequest.GET("/api/inventories")
                .header(HttpHeaders.COOKIE, "JWT=" + anaByForm.ownToken())).status()).isEqualTo(200);

        // tokens that are not the service's
        String garbage = secret("garbage-token-" + run);
        String[] parts = anaToken.split("\\.");
        String forged = secret(parts[0] + "." + parts[1] + "." + "A".repeat(parts[2].length()));
        assertThat(send("a garbage token", HttpRequest.GET("/api/inventories").bearerAuth(garbage)).status())
                .isEqualTo(401);
        assertThat(send("a forged token", HttpRequest.GET("/api/inventories").bearerAuth(forged)).status())
                .isEqualTo(401);
        assertThat(send("a garbage cookie", HttpRequest.GET("/api/plans").header(HttpHeaders.COOKIE, "JWT=" + garbage))
                .status()).isEqualTo(401);

        // a reset ends ana's token; reading the audit log as the administrator; signing out
        accounts.resetPassword(ana, secret(anaNewPassword), "test", "test");
        assertThat(send("ana's token after the reset", HttpRequest.GET("/api/inventories").bearerAuth(anaToken))
                .status()).isEqualTo(401);
        assertThat(send("the audit log", HttpRequest.GET("/api/audit?size=200").bearerAuth(ginaIn.ownToken()))
                .status()).isEqualTo(200);
        assertThat(send("signing out", HttpRequest.POST("/logout", "")
                .header(HttpHeaders.COOKIE, "JWT=" + ginaIn.ownToken())).status()).isEqualTo(204);

        // users add in a process of its own, as an operator runs it
        String operatorPassword = secret("Operator-Pw-" + run);
        String added = ServiceProcess.users(dataDir, operatorPassword, "add", "--username", "olga", "--role",
                "GRANT_ADMIN");
        String secondPassword = secret("Second-Pw-" + run);
        String refused = ServiceProcess.users(dataDir, secondPassword, "add", "--username", "olga", "--role",
                "GRANT_ADMIN");
        assertThat(added).startsWith("0\n").contains("Added GRANT_ADMIN olga.").doesNotContain(operatorPassword);
        assertThat(refused).isEqualTo("2\nThere is already an account named olga.\n");

        assertThat(secrets).hasSizeGreaterThan(15);
        for (String secret : secrets) {
            for (ILoggingEvent event : logged.list) {
                String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(
                        event.getThrowableProxy()));
                assertThat(line).as("a log line").doesNotContain(secret);
            }
            for (Seen answer : answers) {
                String text = answer.headers() + "\n" + answer.body();
                if (answer.ownToken() != null) {
                    text = text.replace(answer.ownToken(), "<its own token>");
                }
                assertThat(text).as("the answer to " + answer.request() + " (" + answer.status() + ")")
                        .doesNotContain(secret);
            }
            for (AuditRecord entry : auditStore.page(null, 0, 10_000).getContent()) {
                assertThat(entry.toString()).as("an audit entry").doesNotContain(secret);
            }
        }
        assertThat(auditStore.page(null, 0, 10_000).getContent()).as("the steps were audited")
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("SIGN_IN_FAILED"))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo("user " + ana));
        LoggerFactory.getLogger(SecretsStayOutOfLogsTest.class).debug("listened to {} lines", logged.list.size());
        assertThat(logged.list).as("the listener hears the service's own debug lines")
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("listened to "));
    }
}
