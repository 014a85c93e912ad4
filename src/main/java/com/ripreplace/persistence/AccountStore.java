package com.ripreplace.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The accounts of the people who sign in. Each change is one conditional update, safe beside a running service. */
@Singleton
public class AccountStore {

    private final Accounts accounts;

    AccountStore(Accounts accounts) {
        this.accounts = accounts;
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Accounts extends CrudRepository<AccountRecord, Long> {

        Optional<AccountRecord> findByUsername(String username);

        List<AccountRecord> listOrderByUsername();

        @Query("UPDATE account SET failed_sign_ins = failed_sign_ins + 1, locked_until = CASE WHEN"
                + " failed_sign_ins + 1 >= :lockAfter THEN :lockedUntil ELSE locked_until END WHERE id = :id")
        long failed(long id, int lockAfter, OffsetDateTime lockedUntil);

        @Query("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
        long succeeded(long id);

        @Query("UPDATE account SET enabled = :enabled, tokens_valid_from = :from WHERE username = :username")
        long enable(String username, boolean enabled, OffsetDateTime from);

        @Query("UPDATE account SET password_hash = :hash, tokens_valid_from = :from, failed_sign_ins = 0,"
                + " locked_until = NULL WHERE username = :username")
        long password(String username, String hash, OffsetDateTime from);

        long count();
    }

    @Transactional
    public AccountRecord add(AccountRecord account) {
        return accounts.save(account);
    }

    @Transactional(readOnly = true)
    public Optional<AccountRecord> find(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public List<AccountRecord> all() {
        return accounts.listOrderByUsername();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** Counts a failed sign-in; the {@code lockAfter}-th in a row locks the account until {@code lockedUntil}. */
    @Transactional
    public void failed(long id, int lockAfter, OffsetDateTime lockedUntil) {
        accounts.failed(id, lockAfter, lockedUntil);
    }

    @Transactional
    public void succeeded(long id) {
        accounts.succeeded(id);
    }

    /** Enables or disables an account; tokens issued before {@code from} stop working. False when there is none. */
    @Transactional
    public boolean enable(String username, boolean enabled, OffsetDateTime from) {
        return accounts.enable(username, enabled, from) == 1;
    }

    /** Sets a new password hash; tokens issued before {@code from} stop working. False when there is no account. */
    @Transactional
    public boolean password(String username, String hash, OffsetDateTime from) {
        return accounts.password(username, hash, from) == 1;
    }
}
