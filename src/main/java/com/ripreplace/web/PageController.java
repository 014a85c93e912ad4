package com.ripreplace.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The pages anyone may see: the start page and the sign-in form (which posts to {@code POST /login}). */
@Controller
@Hidden
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
public class PageController {

    static final String SIGN_IN = "/signin";

    @Get(produces = MediaType.TEXT_HTML)
    @View("home")
    public Map<String, Object> home() {
        return new HashMap<>();
    }

    /** {@code /signin?error} shows that the last attempt failed; what was typed is never shown back. */
    @Get(uri = SIGN_IN, produces = MediaType.TEXT_HTML)
    @View("signin")
    public Map<String, Object> signIn(@QueryValue Optional<String> error) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", error.isPresent());
        return model;
    }
}
