package com.ripreplace.access;

import com.ripreplace.persistence.AccountRecord;
import com.ripreplace.persistence.AccountStore;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people who sign in: adding, listing, disabling and resetting accounts (the {@code users} command), and
 * checking a sign-in. After {@code lockAfter} failed sign-ins in a row an account is locked for {@code lockFor},
 * whatever password is tried. Each change is written to the audit log.
 */
@Singleton
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    private static final Pattern FRN = Pattern.compile("\\d{10}");

    /** What a sign-in came to. */
    public sealed interface SignIn {
        /** @param sessionsFrom what the token carries to show it is one of the account's current sessions */
        record Accepted(Viewer viewer, long sessionsFrom) implements SignIn {
        }

        record Refused() implements SignIn {
        }
    }

    private final AccountStore store;
    private final Audit audit;
    private final Passwords passwords;
    private final int lockAfter;
    private final Duration lockFor;
    private final String unknownUserHash;

    Accounts(AccountStore store, Audit audit,
             @Value("${ripreplace.sign-in.bcrypt-strength:10}") int strength,
             @Value("${ripreplace.sign-in.lock-after:5}") int lockAfter,
             @Value("${ripreplace.sign-in.lock-for:15m}") Duration lockFor) {
        this.store = store;
        this.audit = audit;
        this.passwords = new Passwords(strength);
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
        // compared against when the username is unknown, so an unknown name takes as long as a wrong password
        this.unknownUserHash = passwords.hash("no account has this password " + System.nanoTime());
    }

    public int lockAfter() {
        return lockAfter;
    }

    public Duration lockFor() {
        return lockFor;
    }

    /** Adds an account; {@code by} names who did it (an operating-system user at the command line). */
    public AccountRecord add(String username, Role role, String carrierFrn, CharSequence password, String by,
                             String address) {
        checkUsername(username);
        String carrier = carrierFrn == null || carrierFrn.isBlank() ? null : carrierFrn.trim();
        if (role.belongsToCarrier() && carrier == null) {
            throw new AccountException((role == Role.ENGINEER ? "An " : "A ") + role
                    + " account belongs to one carrier: give its FRN with --carrier.");
        }
        if (!role.belongsToCarrier() && carrier != null) {
            throw new AccountException("A GRANT_ADMIN account belongs to no carrier: leave out --carrier.");
        }
        if (carrier != null && !FRN.matcher(carrier).matches()) {
            throw new AccountException("A carrier is named by its FRN, ten digits such as 0012345678; got \""
                    + carrier + "\".");
        }
        Passwords.check(username, password);
        if (store.find(username).isPresent()) {
            throw new AccountException("There is already an account named " + username + ".");
        }
        OffsetDateTime now = now();
        AccountRecord added = store.add(new AccountRecord(null, username, passwords.hash(password), role.name(),
                carrier, true, now, 0, null, now));
        audit.record(by, null, carrier, AuditAction.USER_ADDED, "user " + username,
                role + (carrier == null ? "" : " of carrier " + carrier), address);
        return added;
    }

    public List<AccountRecord> all() {
        return store.all();
    }

    public boolean any() {
        return store.count() > 0;
    }

    /** Disables (or enables again) an account; a disabled account's tokens stop working at once. */
    public void enable(String username, boolean enabled, String by, String address) {
        AccountRecord account = existing(username);
        store.enable(username, enabled, now());
        audit.record(by, null, account.carrierFrn(), enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                "user " + username, null, address);
    }

    /** Sets a new password, unlocks the account, and signs out every session it had. */
    public void resetPassword(String username, CharSequence password, String by, String address) {
        AccountRecord account = existing(username);
        Passwords.check(username, password);
        store.password(username, passwords.hash(password), now());
        audit.record(by, null, account.carrierFrn(), AuditAction.PASSWORD_RESET, "user " + username, null, address);
    }

    /**
     * Checks a sign-in and records it. The same refusal for an unknown name, a wrong password, a disabled or a
     * locked account, so nothing tells a guesser which it was.
     */
    public SignIn signIn(String username, CharSequence password, String address) {
        Optional<AccountRecord> found = username == null ? Optional.empty() : store.find(username);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            // the name tried is not written: a password typed into the name field must not reach the log
            audit.record((String) null, null, null, AuditAction.SIGN_IN_FAILED, null, "unknown username", address);
            return new SignIn.Refused();
        }
        AccountRecord account = found.get();
        OffsetDateTime now = now();
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
        boolean matches = passwords.matches(password == null ? "" : password, account.passwordHash());
        if (!account.enabled() || locked || !matches) {
            if (!locked) {
                store.failed(account.id(), lockAfter, now.plus(lockFor));
            }
            String why = !account.enabled() ? "account disabled" : locked ? "account locked until "
                    + account.lockedUntil().truncatedTo(ChronoUnit.SECONDS) : "wrong password";
            if (!locked && account.enabled() && account.failedSignIns() + 1 >= lockAfter) {
                why += "; locked for " + lockFor.toMinutes() + " minutes";
            }
            audit.record(account.username(), account.role(), account.carrierFrn(), AuditAction.SIGN_IN_FAILED,
                    "user " + account.username(), why, address);
            return new SignIn.Refused();
        }
        store.succeeded(account.id());
        Viewer viewer = viewer(account);
        audit.record(viewer, account.carrierFrn(), AuditAction.SIGN_IN, "user " + account.username(), null, address);
        return new SignIn.Accepted(viewer, sessionsFrom(account));
    }

    /**
     * The person behind a token that carries {@code sessionsFrom}, if the account still exists, is enabled, and has
     * had no password reset or disable since the token was issued (checked on every request, so a disable takes
     * effect at once).
     *
     * <p>A token carries the account's {@code tokens_valid_from} as it was at sign-in ({@link #sessionsFrom}); a
     * reset or a disable moves it on, so every token from before no longer matches. The token's issue time
     * ({@code iat}) cannot tell this: it has whole seconds only, so a reset in the second a token was issued left the
     * token working, and truncating the other way would refuse a sign-in made in the second after a reset.
     */
    public Optional<Viewer> current(String username, long sessionsFrom) {
        return store.find(username)
                .filter(AccountRecord::enabled)
                .filter(a -> sessionsFrom(a) == sessionsFrom)
                .map(Accounts::viewer);
    }

    /** The account's {@code tokens_valid_from} in microseconds since 1970 (the database keeps microseconds). */
    static long sessionsFrom(AccountRecord account) {
        java.time.Instant from = account.tokensValidFrom().toInstant();
        return from.getEpochSecond() * 1_000_000L + from.getNano() / 1_000;
    }

    private static Viewer viewer(AccountRecord account) {
        return new Viewer(account.username(), Role.valueOf(account.role()), Optional.ofNullable(account.carrierFrn()));
    }

    private AccountRecord existing(String username) {
        return store.find(username).orElseThrow(() -> new AccountException("There is no account named " + username + "."));
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException("A username has 2 to 64 letters, digits and . _ @ - (starting with a letter or"
                    + " digit); got \"" + username + "\".");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
