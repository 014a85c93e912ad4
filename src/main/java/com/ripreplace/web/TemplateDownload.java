package com.ripreplace.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /templates/inventory-template.xlsx}: the inventory workbook to fill in (the repository's
 * templates/inventory-template.xlsx, copied into the jar by the build), as an attachment, to anyone.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class TemplateDownload {

    static final String NAME = "inventory-template.xlsx";
    static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final byte[] template;

    TemplateDownload() {
        try (InputStream in = TemplateDownload.class.getResourceAsStream("/templates/" + NAME)) {
            if (in == null) {
                throw new IllegalStateException("The jar has no templates/" + NAME + " (see the pom's copy of it)");
            }
            template = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/templates/" + NAME)
    public HttpResponse<byte[]> inventoryTemplate() {
        return HttpResponse.ok(template).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + NAME + "\"");
    }
}
