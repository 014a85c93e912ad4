package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A test of the API as carrier A's engineer, signed in before each test: every request through {@code engineer}. */
abstract class AsEngineer {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    /** An engineer of carrier A, signed in; requests sent through it carry their token. */
    BlockingHttpClient engineer;

    @BeforeEach
    void signIn() {
        engineer = People.engineer(client, accounts);
    }
}
