package com.ripreplace.api;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Gives every token its own id (the jti claim), so signing out can end that token and no other. */
@Singleton
public class TokenIds implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
