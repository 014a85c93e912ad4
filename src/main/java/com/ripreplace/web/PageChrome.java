package com.ripreplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

import com.ripreplace.access.Viewer;
import com.ripreplace.api.Viewers;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/**
 * Adds {@code chrome} (the header's user and navigation) to every page's model, so no controller builds it.
 * The signed-in person's role decides the links, here and only here.
 */
@Singleton
public class PageChrome implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = new HashMap<>(page.getModel().orElse(Map.of()));
        model.put("chrome", chromeFor(request));
        page.setModel(model);
    }

    Chrome chromeFor(HttpRequest<?> request) {
        String path = request.getPath();
        return request.getUserPrincipal(Authentication.class)
                .map(Viewers::of)
                .map(viewer -> new Chrome(viewer.username() + " · " + roleWords(viewer), navigation(viewer, path), false))
                .orElseGet(() -> Chrome.signedOut(path));
    }

    /** The pages each role has, in the order a person of that role works through them. */
    static List<NavLink> navigation(Viewer viewer, String path) {
        return switch (viewer.role()) {
            case ENGINEER -> List.of(NavLink.to("Inventories", "/inventories", path),
                    NavLink.to("Plans", "/plans", path), NavLink.to("Activity", "/activity", path));
            case FINANCE -> List.of(NavLink.to("Inventories", "/inventories", path),
                    NavLink.to("Plans", "/plans", path), NavLink.to("Submissions", "/submissions", path),
                    NavLink.to("Activity", "/activity", path));
            case GRANT_ADMIN -> List.of(NavLink.to("Review queue", "/review", path),
                    NavLink.to("Activity", "/activity", path));
        };
    }

    static String roleWords(Viewer viewer) {
        return switch (viewer.role()) {
            case ENGINEER -> "Engineer, FRN " + viewer.carrierFrn();
            case FINANCE -> "Finance, FRN " + viewer.carrierFrn();
            case GRANT_ADMIN -> "Grant administrator";
        };
    }
}
