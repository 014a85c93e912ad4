package com.ripreplace.access;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashing with Spring Security's bcrypt (a salt per password, a work factor that slows guessing), and the
 * rule a new password must meet. A password is held as a {@code char[]} or a string only as long as it takes.
 */
public final class Passwords {

    /** NIST SP 800-63B's floor for a password a person chooses. */
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // bcrypt reads no further

    private final BCryptPasswordEncoder encoder;

    /** @param strength bcrypt's log2 work factor: 10 (about 70 ms a hash here) to 14. */
    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    public boolean matches(CharSequence password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** Refuses a password too short, too long for bcrypt, or equal to the username, with a sentence. */
    public static void check(String username, CharSequence password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new AccountException("The password must have at most " + MAX_LENGTH + " bytes (bcrypt reads no further).");
        }
        if (password.toString().equalsIgnoreCase(username)) {
            throw new AccountException("The password must not be the username.");
        }
    }
}
