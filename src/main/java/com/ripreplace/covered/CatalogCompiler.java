package com.ripreplace.covered;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A build step (Maven's process-classes phase): reads the shipped catalog YAML and the MAC block file it names,
 * checks them as the product does, and writes the same tree as one JSON file with the MAC blocks inline, which the
 * product loads at start-up instead (jackson-core reads it in a fraction of the time SnakeYAML and Commons CSV
 * need on a cold JVM). The YAML stays the one file people edit; a catalog that does not load fails the build.
 *
 * <p>Usage: {@code CatalogCompiler OUTPUT_DIRECTORY} (the classes directory).
 */
public final class CatalogCompiler {

    private CatalogCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogCompiler OUTPUT_DIRECTORY");
        }
        Path out = Path.of(args[0]).resolve(CoveredCatalog.COMPILED_RESOURCE.substring(1));
        Files.createDirectories(out.getParent());
        try (OutputStream json = Files.newOutputStream(out)) {
            write(compiledTree(), json);
        }
        try (InputStream check = Files.newInputStream(out)) {
            new CatalogReader(out.toString()).readCompiled(check);
        }
    }

    /** The shipped YAML as a tree, dates written as ISO days and the MAC block file's rows inline. */
    static Object compiledTree() {
        CatalogReader reader = new CatalogReader(CoveredCatalog.DEFAULT_RESOURCE);
        Object yaml;
        try (InputStream in = CatalogCompiler.class.getResourceAsStream(CoveredCatalog.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogFormatException(CoveredCatalog.DEFAULT_RESOURCE + " is not on the classpath");
            }
            yaml = reader.yamlTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader.read(yaml);
        @SuppressWarnings("unchecked")
        Map<String, Object> top = new LinkedHashMap<>((Map<String, Object>) plain(yaml));
        Object file = top.remove("macPrefixFile");
        if (file != null) {
            List<Object> prefixes = new ArrayList<>();
            for (MacPrefix prefix : reader.macFile(String.valueOf(file))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("prefix", prefix.prefix());
                row.put("entity", prefix.entityCode());
                row.put("registrant", prefix.registrant());
                row.put("relationship", prefix.relationship().name());
                prefixes.add(row);
            }
            Object inline = top.get("macPrefixes");
            if (inline instanceof List<?> listed) {
                prefixes.addAll(listed);
            }
            top.put("macPrefixes", prefixes);
        }
        return top;
    }

    /** The tree with every date as its ISO day, so the JSON holds only maps, lists, text and flags. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, v) -> copy.put(String.valueOf(key), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        if (value instanceof Date date) {
            return CatalogReader.day(date).toString();
        }
        return value;
    }

    private static void write(Object tree, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            write(tree, json);
        }
    }

    private static void write(Object value, JsonGenerator json) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), json);
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(item, json);
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
