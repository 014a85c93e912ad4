package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as a script (JSON) and from the sign-in page (a form), the token and cookie it answers, and what ends a
 * session: a wrong password never signs in, repeated failures lock the account, a reset password or a disabled
 * account ends the tokens it had at once, signing out ends the token it is sent with and clears the cookie.
 */
@MicronautTest(environments = "test", transactional = false)
class SignInTest {

    static final String SIGN_IN_FIRST = "Sign in first: POST /login with {\"username\", \"password\"} and send the"
            + " access_token it answers as \"Authorization: Bearer <token>\". A token stops working when it expires,"
            + " when it is signed out with (POST /logout), when the account is disabled, or when its password is reset.";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    JsonMapper json;

    /** A client as curl is: it does not follow redirects, so a 303 and its cookie are seen as they are. */
    HttpClient http;

    @BeforeEach
    void openClient() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
    }

    @AfterEach
    void closeClient() {
        http.close();
    }

    /** What came back: status, body and headers, whether a success or a refusal. */
    record Reply(int status, String body, HttpHeaders headers) {

        List<String> cookies() {
            return headers.getAll(HttpHeaders.SET_COOKIE);
        }

        String location() {
            return headers.get(HttpHeaders.LOCATION);
        }
    }

    Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, String.class);
            return new Reply(r.code(), r.getBody(String.class).orElse(""), r.getHeaders());
        } catch (HttpClientResponseException e) {
            return new Reply(e.code(), e.getResponse().getBody(String.class).orElse(""), e.getResponse().getHeaders());
        }
    }

    Map<String, Object> parse(String body) throws IOException {
        return json.readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }

    /** A person added as {@code users add} adds them, with a name no other test uses (the test database is shared). */
    String someone(String label) {
        String username = label + "-" + Long.toString(System.nanoTime(), 36);
        accounts.add(username, Role.ENGINEER, People.CARRIER_A, People.passwordOf(username), "test", "test");
        return username;
    }

    Reply signIn(String username, String password) {
        return send(HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    }

    String tokenOf(String username, String password) throws IOException {
        Reply answer = signIn(username, password);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (String) parse(answer.body()).get("access_token");
    }

    Reply inventories(String token) {
        return send(HttpRequest.GET("/api/inventories").bearerAuth(token));
    }

    @Test
    void aScriptGetsABearerTokenAndTheSameTokenAsAnHttpOnlyCookie() throws IOException {
        String ana = someone("ana");

        Reply answer = signIn(ana, People.passwordOf(ana));

        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> body = parse(answer.body());
        String token = (String) body.get("access_token");
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("username", ana);
        assertThat(answer.cookies()).hasSize(1);
        assertThat(answer.cookies().get(0)).startsWith("JWT=" + token + ";").containsIgnoringCase("; HttpOnly")
                .contains("SameSite=Lax").contains("Path=/").contains("Max-Age=3600");
        assertThat(inventories(token).status()).isEqualTo(200);
    }

    @Test
    void theSignInPageFormGoesOnToThePagesWithTheCookieOrBackToTheSignInPageSayingItFailed() {
        String ana = someone("ana");

        Reply signedIn = send(HttpRequest.POST("/login", "username=" + ana + "&password=" + People.passwordOf(ana))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        Reply failed = send(HttpRequest.POST("/login", "username=" + ana + "&password=not-the-password")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/");
        assertThat(signedIn.cookies()).singleElement().asString().startsWith("JWT=ey").containsIgnoringCase("; HttpOnly")
                .contains("SameSite=Lax");
        assertThat(failed.status()).isEqualTo(303);
        assertThat(failed.location()).isEqualTo("/signin?error");
        assertThat(failed.cookies()).isEmpty();
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefusedWithOneSentenceThatDoesNotSayWhich() {
        String ana = someone("ana");

        Reply wrong = signIn(ana, "not-the-password");
        Reply unknown = signIn("nobody-" + System.nanoTime(), People.passwordOf(ana));
        Reply tooLong = signIn(ana, "x".repeat(200));

        for (Reply refused : List.of(wrong, unknown, tooLong)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"message\":\"" + SignInHandler.REFUSED + "\"}");
            assertThat(refused.cookies()).isEmpty();
        }
    }

    @Test
    void theCookieAloneSignsARequestInAndNoTokenOrAGarbledOneIsAskedToSignInFirst() throws IOException {
        String ana = someone("ana");
        String token = tokenOf(ana, People.passwordOf(ana));

        Reply withCookie = send(HttpRequest.GET("/api/inventories").header(HttpHeaders.COOKIE, "JWT=" + token));
        Reply nothing = send(HttpRequest.GET("/api/inventories"));
        Reply garbage = inventories("not.a.token");
        Reply garbageCookie = send(HttpRequest.GET("/api/inventories").header(HttpHeaders.COOKIE, "JWT=garbage"));
        String[] parts = token.split("\\.");
        Reply tampered = inventories(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());

        assertThat(withCookie.status()).isEqualTo(200);
        assertThat(withCookie.body()).contains("\"items\":[");
        for (Reply refused : List.of(nothing, garbage, garbageCookie, tampered)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"message\":\"" + SIGN_IN_FIRST.replace("\"", "\\\"") + "\"}");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilItsPasswordIsResetWhichEndsItsEarlierSessions() throws IOException {
        String ana = someone("ana");
        String before = tokenOf(ana, People.passwordOf(ana));

        for (int i = 1; i <= accounts.lockAfter(); i++) {
            assertThat(signIn(ana, "guess-" + i).status()).isEqualTo(401);
        }
        Reply rightButLocked = signIn(ana, People.passwordOf(ana));

        assertThat(accounts.lockAfter()).isEqualTo(5);
        assertThat(rightButLocked.status()).isEqualTo(401);
        assertThat(rightButLocked.body()).contains(SignInHandler.REFUSED);

        String newPassword = "new-" + People.passwordOf(ana);
        accounts.resetPassword(ana, newPassword, "test", "test");

        assertThat(inventories(before).status()).as("a session from before the reset").isEqualTo(401);
        assertThat(signIn(ana, People.passwordOf(ana)).status()).as("the old password").isEqualTo(401);
        String after = tokenOf(ana, newPassword);
        assertThat(inventories(after).status()).isEqualTo(200);
    }

    @Test
    void aResetEndsASessionStartedInTheSameSecondAndASignInJustAfterItWorks() throws IOException {
        for (int round = 0; round < 5; round++) {
            String ana = someone("ana");
            String before = tokenOf(ana, People.passwordOf(ana));
            String newPassword = "new-" + People.passwordOf(ana);

            accounts.resetPassword(ana, newPassword, "test", "test");
            String after = tokenOf(ana, newPassword);

            assertThat(inventories(before).status()).as("round %d: the session from just before", round).isEqualTo(401);
            assertThat(inventories(after).status()).as("round %d: the session from just after", round).isEqualTo(200);
        }
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndEnablingItAgainDoesNotReviveThem() throws IOException {
        String ana = someone("ana");
        String token = tokenOf(ana, People.passwordOf(ana));
        assertThat(inventories(token).status()).isEqualTo(200);

        accounts.enable(ana, false, "test", "test");

        assertThat(inventories(token).status()).isEqualTo(401);
        assertThat(inventories(token).body()).contains("Sign in first");
        assertThat(signIn(ana, People.passwordOf(ana)).status()).isEqualTo(401);

        accounts.enable(ana, true, "test", "test");

        assertThat(inventories(token).status()).isEqualTo(401);
        assertThat(inventories(tokenOf(ana, People.passwordOf(ana))).status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheTokenItIsSentWithAsBearerOrCookieAndNoOtherSessionOfThePerson() throws IOException {
        String ana = someone("ana");
        String script = tokenOf(ana, People.passwordOf(ana));
        String browser = tokenOf(ana, People.passwordOf(ana));
        String laptop = tokenOf(ana, People.passwordOf(ana));
        assertThat(List.of(script, browser, laptop)).doesNotHaveDuplicates();

        assertThat(send(HttpRequest.POST("/logout", "").bearerAuth(script)).status()).isEqualTo(204);
        assertThat(send(HttpRequest.POST("/logout", "").header(HttpHeaders.COOKIE, "JWT=" + browser)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).status()).isEqualTo(303);

        Reply copied = inventories(script);
        assertThat(copied.status()).as("a copy of the signed-out bearer token").isEqualTo(401);
        assertThat(copied.body()).isEqualTo("{\"message\":" + json.writeValueAsString(SIGN_IN_FIRST) + "}");
        assertThat(send(HttpRequest.GET("/api/inventories").header(HttpHeaders.COOKIE, "JWT=" + browser)).status())
                .as("a copy of the signed-out cookie").isEqualTo(401);
        assertThat(inventories(laptop).status()).as("the session that did not sign out").isEqualTo(200);
        assertThat(send(HttpRequest.POST("/logout", "").bearerAuth(script)).status())
                .as("signing out again with the ended token: nobody is signed in, the cookie is cleared").isEqualTo(204);
    }

    @Test
    void signingOutTwiceAtOnceWithOneTokenEndsItOnceAndAnswersBoth() throws Exception {
        String ana = someone("ana");
        String token = tokenOf(ana, People.passwordOf(ana));
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(clicks.submit(() -> {
                    ready.await();
                    return send(HttpRequest.POST("/logout", "").bearerAuth(token)).status();
                }));
            }
            ready.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).as("each of six sign-outs sent at once").isEqualTo(204);
            }
        } finally {
            clicks.shutdownNow();
        }
        assertThat(inventories(token).status()).isEqualTo(401);
    }

    @Test
    void signingOutClearsTheCookie() throws IOException {
        String ana = someone("ana");
        String token = tokenOf(ana, People.passwordOf(ana));

        Reply script = send(HttpRequest.POST("/logout", "").header(HttpHeaders.COOKIE, "JWT=" + token));
        Reply page = send(HttpRequest.POST("/logout", "").header(HttpHeaders.COOKIE, "JWT=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(script.status()).isEqualTo(204);
        assertThat(script.cookies()).singleElement().asString().startsWith("JWT=;").contains("Max-Age=0")
                .contains("Path=/").containsIgnoringCase("; HttpOnly");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?signedOut");
        assertThat(page.cookies()).singleElement().asString().startsWith("JWT=;").contains("Max-Age=0");
        Reply cleared = send(HttpRequest.GET("/api/inventories").header(HttpHeaders.COOKIE, "JWT="));
        assertThat(cleared.status()).as("the emptied cookie signs nobody in").isEqualTo(401);
        assertThat(cleared.body()).contains("Sign in first");
    }
}
