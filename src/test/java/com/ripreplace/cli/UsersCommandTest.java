package com.ripreplace.cli;

import com.ripreplace.Application;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code users add|list|disable|enable|reset-password} as an operator runs it on a data directory: what it prints,
 * its exit code, and that a refusal is one sentence (exit 2) and the password is never printed.
 */
class UsersCommandTest {

    static final String CARRIER = "0012345678";
    static final String ANA_PASSWORD = "ana-Secret-2026";
    static final String FAY_PASSWORD = "fay-Secret-2026";
    static final String GINA_PASSWORD = "gina-Secret-2026";
    static final String NEW_PASSWORD = "ana-Renewed-2027";

    static final String SIGN_IN_WHERE = " They sign in at the service's /signin page, or with POST /login.";

    @TempDir
    Path dataDir;

    /** Every run of the test, to check that no password was ever printed. */
    final List<Run> runs = new ArrayList<>();

    /** What a person at a terminal sees: exit code, standard output, standard error. */
    record Run(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code users ARGS --data-dir D} through the jar's entry point in this JVM, {@code stdin} as standard input.
     * In a thread of its own: Micronaut deduces the "test" environment from JUnit on the calling thread's stack, and
     * would then open the tests' in-memory database in place of the data directory's.
     */
    Run users(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("users"));
        all.addAll(List.of(args));
        if (!List.of(args).contains("--help")) {
            all.addAll(List.of("--data-dir", dataDir.toString()));
        }
        Run run = inProcess(stdin, all.toArray(String[]::new));
        runs.add(run);
        return run;
    }

    static synchronized Run inProcess(String stdin, String... args) {
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger(-1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Thread command = new Thread(() -> code.set(Application.run(args)), "users-command");
            command.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            command.start();
            command.join(120_000);
            if (command.isAlive() || failure.get() != null) {
                throw new AssertionError("users " + String.join(" ", args) + " did not end: " + err, failure.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(code.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void assertNoPasswordPrinted(String... passwords) {
        for (Run run : runs) {
            for (String password : passwords) {
                assertThat(run.out() + run.err()).as("what was printed").doesNotContain(password);
            }
        }
    }

    @Test
    void addsAPersonOfEachRoleAndListsThemWithRoleCarrierAndState() throws Exception {
        Run ana = users(ANA_PASSWORD + "\n", "add", "--username", "ana", "--role", "ENGINEER", "--carrier", CARRIER);
        Run fay = users(FAY_PASSWORD + "\n", "add", "--username", "fay", "--role", "finance", "--carrier", CARRIER);
        Run gina = users(GINA_PASSWORD + "\n", "add", "--username", "gina", "--role", "grant-admin");

        assertThat(ana).isEqualTo(new Run(0, "Added ENGINEER ana of carrier 0012345678." + SIGN_IN_WHERE + "\n", ""));
        assertThat(fay).isEqualTo(new Run(0, "Added FINANCE fay of carrier 0012345678." + SIGN_IN_WHERE + "\n", ""));
        assertThat(gina).isEqualTo(new Run(0, "Added GRANT_ADMIN gina." + SIGN_IN_WHERE + "\n", ""));
        assertThat(dataDir.resolve("planner.mv.db")).as("kept in the data directory's database").exists();

        Run list = users("", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).isEmpty();
        assertThat(list.out().lines().map(String::strip)).containsExactly(
                "USERNAME                 ROLE         CARRIER     STATE     ADDED",
                "ana                      ENGINEER     0012345678  enabled   " + today(),
                "fay                      FINANCE      0012345678  enabled   " + today(),
                "gina                     GRANT_ADMIN  -           enabled   " + today());

        Run disabled = users("", "disable", "--username", "fay");
        Run afterDisable = users("", "list");

        assertThat(disabled).isEqualTo(new Run(0, "Disabled fay.\n", ""));
        assertThat(afterDisable.out()).contains("fay                      FINANCE      0012345678  disabled  ")
                .contains("ana                      ENGINEER     0012345678  enabled   ");

        Run enabled = users("", "enable", "--username", "fay");
        Run reset = users(NEW_PASSWORD + "\n", "reset-password", "--username", "ana");

        assertThat(enabled).isEqualTo(new Run(0, "Enabled fay.\n", ""));
        assertThat(reset).isEqualTo(new Run(0, "Reset the password of ana; their earlier sessions have ended.\n", ""));
        assertThat(users("", "list").out()).contains("fay                      FINANCE      0012345678  enabled   ");
        assertNoPasswordPrinted(ANA_PASSWORD, FAY_PASSWORD, GINA_PASSWORD, NEW_PASSWORD);
        assertThat(new String(Files.readAllBytes(dataDir.resolve("planner.mv.db")), StandardCharsets.ISO_8859_1))
                .as("the database holds hashes, not passwords").doesNotContain(ANA_PASSWORD).doesNotContain(NEW_PASSWORD)
                .doesNotContain(FAY_PASSWORD).doesNotContain(GINA_PASSWORD);
    }

    @Test
    void listsNobodyWithTheCommandThatAddsTheFirst() {
        Run list = users("", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("No users yet. Add the first with: users add --data-dir " + dataDir
                + " --username NAME --role GRANT_ADMIN|ENGINEER|FINANCE [--carrier FRN]\n");
    }

    @Test
    void refusesWhatCannotBeDoneWithOneSentenceAndExit2AndChangesNothing() {
        assertThat(users(ANA_PASSWORD + "\n", "add", "--username", "ana", "--role", "ENGINEER", "--carrier", CARRIER)
                .exitCode()).isZero();
        String listed = users("", "list").out();
        String bo = "bo-the-engineer";

        record Refusal(String what, String stdin, List<String> args, String sentence) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("an unknown role", "long-enough-1\n", List.of("add", "--username", bo, "--role", "BOSS"),
                        "The role must be ENGINEER, FINANCE or GRANT_ADMIN; got \"BOSS\"."),
                new Refusal("an engineer without a carrier", "long-enough-1\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER"),
                        "An ENGINEER account belongs to one carrier: give its FRN with --carrier."),
                new Refusal("finance without a carrier", "long-enough-1\n",
                        List.of("add", "--username", bo, "--role", "FINANCE"),
                        "A FINANCE account belongs to one carrier: give its FRN with --carrier."),
                new Refusal("a grant administrator with a carrier", "long-enough-1\n",
                        List.of("add", "--username", bo, "--role", "GRANT_ADMIN", "--carrier", CARRIER),
                        "A GRANT_ADMIN account belongs to no carrier: leave out --carrier."),
                new Refusal("an FRN of five digits", "long-enough-1\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", "12345"),
                        "A carrier is named by its FRN, ten digits such as 0012345678; got \"12345\"."),
                new Refusal("an FRN with letters", "long-enough-1\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", "00123456AB"),
                        "A carrier is named by its FRN, ten digits such as 0012345678; got \"00123456AB\"."),
                new Refusal("a username with a space", "long-enough-1\n",
                        List.of("add", "--username", "bo bo", "--role", "ENGINEER", "--carrier", CARRIER),
                        "A username has 2 to 64 letters, digits and . _ @ - (starting with a letter or digit);"
                                + " got \"bo bo\"."),
                new Refusal("a password of seven characters", "short-7\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", CARRIER),
                        "The password must have at least 8 characters."),
                new Refusal("the username as password", bo + "\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", CARRIER),
                        "The password must not be the username."),
                new Refusal("a name already taken", "long-enough-1\n",
                        List.of("add", "--username", "ana", "--role", "FINANCE", "--carrier", CARRIER),
                        "There is already an account named ana."),
                new Refusal("nothing on standard input", "",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", CARRIER),
                        "Give the password as one line on standard input, for example: printf '%s\\n' \"$PASSWORD\""
                                + " | ... users ...; nothing was changed."),
                new Refusal("an empty line on standard input", "\n",
                        List.of("add", "--username", bo, "--role", "ENGINEER", "--carrier", CARRIER),
                        "Give the password as one line on standard input, for example: printf '%s\\n' \"$PASSWORD\""
                                + " | ... users ...; nothing was changed."),
                new Refusal("disabling an unknown person", "", List.of("disable", "--username", "ghost"),
                        "There is no account named ghost."),
                new Refusal("enabling an unknown person", "", List.of("enable", "--username", "ghost"),
                        "There is no account named ghost."),
                new Refusal("resetting an unknown person's password", "long-enough-1\n",
                        List.of("reset-password", "--username", "ghost"), "There is no account named ghost."),
                new Refusal("a new password of seven characters", "short-7\n",
                        List.of("reset-password", "--username", "ana"), "The password must have at least 8 characters."));

        SoftAssertions softly = new SoftAssertions();
        for (Refusal refusal : refusals) {
            Run run = users(refusal.stdin(), refusal.args().toArray(String[]::new));
            softly.assertThat(run.exitCode()).as(refusal.what() + ": exit code").isEqualTo(2);
            softly.assertThat(run.out()).as(refusal.what() + ": standard output").isEmpty();
            softly.assertThat(run.err()).as(refusal.what() + ": standard error, one line")
                    .isEqualTo(refusal.sentence() + "\n");
        }
        softly.assertThat(users("", "list").out()).as("nothing was added or changed").isEqualTo(listed);
        softly.assertAll();
        assertNoPasswordPrinted(ANA_PASSWORD, "long-enough-1", "short-7");
    }

    @Test
    void theHelpOfUsersAndOfEachSubcommandIsWholeAndItsExampleCanBeCopied() {
        Run users = users("", "--help");
        Run add = users("", "add", "--help");

        assertThat(users.exitCode()).isZero();
        assertThat(users.err()).isEmpty();
        assertThat(oneLine(users.out())).contains("Usage: rip-replace-planner users [-hV] [COMMAND]")
                .contains("Manages the people who sign in to the service: add, list, disable, enable, reset-password.")
                .contains("add Adds a person who can sign in. The password is read as one line from standard input.")
                .contains("list Lists the people who can sign in.")
                .contains("disable Stops a person signing in; their tokens and page sessions stop working at once.")
                .contains("enable Lets a disabled person sign in again.")
                .contains("reset-password Sets a new password (one line from standard input), unlocks the account and"
                        + " ends its sessions.");

        assertThat(add.exitCode()).isZero();
        assertThat(add.err()).as("no picocli warning about the example's %s").isEmpty();
        assertThat(oneLine(add.out()))
                .contains("Adds a person who can sign in. The password is read as one line from standard input.")
                .contains("--carrier=<carrier> The carrier's FRN (ten digits), for ENGINEER and FINANCE.")
                .contains("--role=<role> ENGINEER, FINANCE or GRANT_ADMIN.")
                .contains("--username=<username> 2 to 64 letters, digits and . _ @ -.")
                .contains("--data-dir=<dataDir> The service's data directory (as given to serve). Default: ./data.");
        assertThat(add.out()).as("the example, each line as a shell takes it").contains("Example:\n"
                + "  printf '%s\\n' \"$PASSWORD\" | java -jar rip-replace-planner.jar users add \\\n"
                + "      --username ana --role ENGINEER --carrier 0012345678\n");

        for (String[] sub : List.of(
                new String[] {"list", "Lists the people who can sign in."},
                new String[] {"disable", "Stops a person signing in; their tokens and page sessions stop working at once."},
                new String[] {"enable", "Lets a disabled person sign in again."},
                new String[] {"reset-password", "Sets a new password (one line from standard input), unlocks the account"
                        + " and ends its sessions."})) {
            Run help = users("", sub[0], "--help");
            assertThat(help.exitCode()).as(sub[0]).isZero();
            assertThat(help.err()).as(sub[0]).isEmpty();
            assertThat(oneLine(help.out())).as(sub[0]).startsWith("Usage: rip-replace-planner users " + sub[0] + " [-hV]")
                    .contains(sub[1])
                    .contains("--data-dir=<dataDir> The service's data directory (as given to serve). Default: ./data.")
                    .contains("-h, --help Show this help message and exit.");
        }
    }

    /** The text with its line wrapping undone, as a person reads it. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String today() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    }
}
