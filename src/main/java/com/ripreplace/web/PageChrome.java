package com.ripreplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Adds {@code chrome} (the header's user and navigation) to every page's model, so no controller builds it.
 * Until sign-in lands nobody is signed in; then the signed-in user's role decides the links, here and only here.
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
        return Chrome.signedOut(request.getPath());
    }
}
