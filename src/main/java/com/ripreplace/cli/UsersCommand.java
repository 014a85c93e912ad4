package com.ripreplace.cli;

import com.ripreplace.Application;
import com.ripreplace.access.AccountException;
import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.persistence.AccountRecord;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code users add|list|disable|enable|reset-password}: the people who sign in to the service, kept in the same
 * data directory as {@code serve} (also while it runs). A password is read as one line from standard input
 * (typed without echo at a terminal), never from an argument, and never printed.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages the people who sign in to the service: add, list, disable, enable, reset-password.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.Enable.class, UsersCommand.ResetPassword.class})
public class UsersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The data directory option every subcommand takes. */
    static class DataDir {
        @Option(names = "--data-dir", defaultValue = "./data",
                description = "The service's data directory (as given to serve). Default: ${DEFAULT-VALUE}.")
        Path dataDir;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a person who can sign in. The password is read as one line from standard input.",
                    // picocli formats these lines: %% prints one %. The command is split with a shell continuation so
                    // that it is not wrapped at 80 columns and can be copied as it stands.
                    "Example:",
                    "  printf '%%s\\n' \"$PASSWORD\" | java -jar rip-replace-planner.jar users add \\",
                    "      --username ana --role ENGINEER --carrier 0012345678"})
    static class Add implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataDir data = new DataDir();

        @Option(names = "--username", required = true, description = "2 to 64 letters, digits and . _ @ -.")
        String username;

        @Option(names = "--role", required = true, description = "ENGINEER, FINANCE or GRANT_ADMIN.")
        String role;

        @Option(names = "--carrier", description = "The carrier's FRN (ten digits), for ENGINEER and FINANCE.")
        String carrier;

        @Override
        public Integer call() {
            return withAccounts(data.dataDir, accounts -> {
                Role parsed = Role.parse(role);
                withPassword("Password for " + username + ": ",
                        password -> accounts.add(username, parsed, carrier, password, who(), "command line"));
                System.out.println("Added " + parsed + " " + username + (carrier == null ? "" : " of carrier "
                        + carrier.trim()) + ". They sign in at the service's /signin page, or with POST /login.");
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the people who can sign in.")
    static class ListUsers implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataDir data = new DataDir();

        @Override
        public Integer call() {
            return withAccounts(data.dataDir, accounts -> {
                var all = accounts.all();
                if (all.isEmpty()) {
                    System.out.println("No users yet. Add the first with: users add --data-dir " + data.dataDir
                            + " --username NAME --role GRANT_ADMIN|ENGINEER|FINANCE [--carrier FRN]");
                    return ExitCodes.OK;
                }
                System.out.printf("%-24s %-12s %-11s %-9s %s%n", "USERNAME", "ROLE", "CARRIER", "STATE", "ADDED");
                for (AccountRecord a : all) {
                    System.out.printf("%-24s %-12s %-11s %-9s %s%n", a.username(), a.role(),
                            a.carrierFrn() == null ? "-" : a.carrierFrn(), a.enabled() ? "enabled" : "disabled",
                            a.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
                }
                return ExitCodes.OK;
            });
        }
    }

    /** {@code disable} and {@code enable}: the same change, one way or the other. */
    abstract static class SetEnabled implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataDir data = new DataDir();

        @Option(names = "--username", required = true, description = "Whose account.")
        String username;

        abstract boolean enabled();

        @Override
        public Integer call() {
            return withAccounts(data.dataDir, accounts -> {
                accounts.enable(username, enabled(), who(), "command line");
                System.out.println((enabled() ? "Enabled " : "Disabled ") + username + ".");
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stops a person signing in; their tokens and page sessions stop working at once.")
    static class Disable extends SetEnabled {
        @Override
        boolean enabled() {
            return false;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled person sign in again.")
    static class Enable extends SetEnabled {
        @Override
        boolean enabled() {
            return true;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Sets a new password (one line from standard input), unlocks the account and ends its sessions.")
    static class ResetPassword implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataDir data = new DataDir();

        @Option(names = "--username", required = true, description = "Whose account.")
        String username;

        @Override
        public Integer call() {
            return withAccounts(data.dataDir, accounts -> {
                withPassword("New password for " + username + ": ",
                        password -> accounts.resetPassword(username, password, who(), "command line"));
                System.out.println("Reset the password of " + username + "; their earlier sessions have ended.");
                return ExitCodes.OK;
            });
        }
    }

    /** Who ran the command, as the audit log names them. */
    static String who() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }

    /**
     * Opens the data directory's database (migrating a fresh one), runs the work, and turns a refusal into one
     * sentence and exit 2. Works beside a running {@code serve}: the database is opened in H2's mixed mode.
     */
    static int withAccounts(Path dataDir, Function<Accounts, Integer> work) {
        Path data = dataDir.toAbsolutePath().normalize();
        PrintStream err = System.err;
        ApplicationContext context;
        try {
            context = ApplicationContext.builder(Application.class)
                    .environments("serve", "users")
                    .properties(Map.of("ripreplace.data-dir", data.toString()))
                    .banner(false)
                    .start();
        } catch (RuntimeException e) {
            err.println("The data directory " + data + " cannot be opened (" + rootMessage(e) + ").");
            return ExitCodes.INTERNAL_ERROR;
        }
        try (context) {
            return work.apply(context.getBean(Accounts.class));
        } catch (AccountException e) {
            err.println(e.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        } catch (PasswordMissing e) {
            err.println(e.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** No password line on standard input. */
    static final class PasswordMissing extends RuntimeException {
        PasswordMissing(String message) {
            super(message);
        }
    }

    /** Reads the password, hands it to {@code use}, and wipes it, whatever happens. */
    static void withPassword(String prompt, java.util.function.Consumer<CharSequence> use) {
        char[] password = readPassword(prompt);
        try {
            use.accept(java.nio.CharBuffer.wrap(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** One line: typed without echo (twice) at a terminal, or the first line of standard input otherwise. */
    static char[] readPassword(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s", prompt);
            char[] again = console.readPassword("%s", "Again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new PasswordMissing("The two passwords differ (or none was typed); nothing was changed.");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new PasswordMissing("Give the password as one line on standard input, for example:"
                        + " printf '%s\\n' \"$PASSWORD\" | ... users ...; nothing was changed.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new PasswordMissing("Standard input cannot be read (" + e.getMessage() + "); nothing was changed.");
        }
    }
}
