package com.ripreplace.web;

/** One link of the header's navigation; {@code current} marks the page shown (aria-current="page"). */
public record NavLink(String label, String href, boolean current) {

    public NavLink {
        if (label == null || label.isBlank() || href == null || !href.startsWith("/")) {
            throw new IllegalArgumentException("A navigation link needs a label and a path on this site: "
                    + label + " -> " + href);
        }
    }

    /** A link to {@code href}, current when the request's path is that page or below it. */
    public static NavLink to(String label, String href, String requestPath) {
        boolean current = requestPath.equals(href) || (!href.equals("/") && requestPath.startsWith(href + "/"));
        return new NavLink(label, href, current);
    }
}
