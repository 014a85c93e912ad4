package com.ripreplace.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every page template keeps, checked on the files themselves: text goes in with th:text (never th:utext,
 * so nothing typed or uploaded becomes markup), and nothing inline that the Content-Security-Policy would refuse.
 */
class TemplateRulesTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        assertThat(templatesMatching(Pattern.compile("th:utext|\\[\\(\\$\\{"))).isEmpty();
    }

    @Test
    void noTemplateHasAnInlineScriptStyleOrEventHandler() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|<style[\\s>]|\\sstyle=|\\sth:style="
                + "|\\son[a-z]+=|\\sth:on[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);
        assertThat(templatesMatching(inline)).isEmpty();
    }

    /** Each match as "file: text", HTML comments (the templates' notes to their authors) left out. */
    private static List<String> templatesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                String markup = COMMENT.matcher(read(f)).replaceAll("");
                return pattern.matcher(markup).results().map(m -> f + ": " + m.group());
            }).toList();
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
