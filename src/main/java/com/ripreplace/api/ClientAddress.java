package com.ripreplace.api;

import io.micronaut.http.HttpRequest;

import java.net.InetSocketAddress;

/** The address a request came from, as the audit log writes it (the peer's; forwarded headers are not trusted). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        if (request == null) {
            return null;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
