package com.ripreplace.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;

/** The ids of tokens ended by signing out, each kept until the token would have expired anyway. */
@Singleton
public class SignedOutTokenStore {

    @MappedEntity("signed_out_token")
    record SignedOutToken(@Id String tokenId, OffsetDateTime expiresAt) {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface SignedOutTokens extends CrudRepository<SignedOutToken, String> {

        @Query("DELETE FROM signed_out_token WHERE expires_at < :now")
        long expired(OffsetDateTime now);
    }

    private final SignedOutTokens tokens;

    SignedOutTokenStore(SignedOutTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Ends the token with this id; forgets the ids of tokens that have expired since. Signing out twice with one
     * token, also at the same moment (a double click), ends it once: the second insert's refusal is the answer.
     */
    public void signOut(String tokenId, OffsetDateTime expiresAt, OffsetDateTime now) {
        tokens.expired(now);
        try {
            tokens.save(new SignedOutToken(tokenId, expiresAt));
        } catch (DataAccessException alreadyThere) {
            if (!isSignedOut(tokenId)) {
                throw alreadyThere;
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean isSignedOut(String tokenId) {
        return tokens.existsById(tokenId);
    }
}
