/**
 * The web pages, served by the same application at {@code /}: server-rendered Thymeleaf views
 * (src/main/resources/views), their own stylesheet and icons (src/main/resources/public, at /assets/app/),
 * ECharts from its WebJar (at /assets/echarts/), and the headers every page carries. docs/web-pages.md.
 * An edge like {@code api}: it adapts requests to the domain and holds no rule of its own.
 */
package com.ripreplace.web;
