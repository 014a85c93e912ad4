package com.ripreplace.access;

import com.ripreplace.persistence.AuditRecord;
import com.ripreplace.persistence.AuditStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log is append-only: the code has no way to change or remove an entry, neither a method of the store or
 * its repository, nor a statement anywhere in the product's code or migrations, and the store refuses to "append" an
 * entry that already has an id (which would be a save over an existing row).
 */
@MicronautTest(environments = "test", transactional = false)
class AuditIsAppendOnlyTest {

    /** Statements that would change or remove audit entries. */
    static final Pattern CHANGES_AUDIT = Pattern.compile("update\\s+audit_entry|delete\\s+from\\s+audit_entry"
            + "|\\btruncate\\b|drop\\s+table\\s+(if\\s+exists\\s+)?audit_entry|merge\\s+into\\s+audit_entry"
            + "|alter\\s+table\\s+audit_entry\\s+drop", Pattern.CASE_INSENSITIVE);

    @Inject
    AuditStore store;

    @Test
    void neitherTheStoreNorItsRepositoryHasAMethodThatUpdatesOrDeletes() {
        List<Class<?>> types = new ArrayList<>(List.of(AuditStore.class));
        types.addAll(Arrays.stream(AuditStore.class.getDeclaredClasses()).toList());

        assertThat(types).as("the store and its repository")
                .anySatisfy(t -> assertThat(t.isInterface() && t.getSimpleName().equals("Entries")).isTrue());
        List<String> methods = new ArrayList<>();
        for (Class<?> type : types) {
            for (Method method : type.getMethods()) {
                methods.add(type.getSimpleName() + "." + method.getName());
            }
            for (Method method : type.getDeclaredMethods()) {
                methods.add(type.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(methods).contains("AuditStore.append", "AuditStore.page", "Entries.save")
                .noneMatch(m -> m.substring(m.indexOf('.') + 1).toLowerCase(Locale.ROOT)
                        .matches("(update|delete|remove|truncate|merge|clear).*"));
    }

    @Test
    void noCodeOrMigrationUpdatesDeletesOrTruncatesAuditEntries() throws IOException {
        List<String> found = new ArrayList<>();
        int read = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    read++;
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    Matcher matcher = CHANGES_AUDIT.matcher(text);
                    while (matcher.find()) {
                        found.add(file + ": " + matcher.group());
                    }
                    if (!file.endsWith("AuditStore.java") && !file.endsWith("AuditRecord.java")
                            && text.matches("(?s).*Repository<\\s*AuditRecord\\b.*")) {
                        found.add(file + ": another repository of AuditRecord");
                    }
                }
            }
        }

        assertThat(read).as("files read").isGreaterThan(100);
        assertThat(found).isEmpty();
        assertThat(CHANGES_AUDIT.matcher("delete FROM Audit_Entry where id = 1").find()).as("the scan's own test")
                .isTrue();
        assertThat(CHANGES_AUDIT.matcher("at.truncatedTo(ChronoUnit.SECONDS)").find()).isFalse();
    }

    @Test
    void theStoreRefusesToAppendAnEntryThatHasAnId() {
        AuditRecord appended = store.append(new AuditRecord(null, OffsetDateTime.now(ZoneOffset.UTC), "test", null, null,
                AuditAction.SIGN_OUT.name(), "user test", "appended by AuditIsAppendOnlyTest", "test"));
        long before = store.page(null, 0, 1).getTotalSize();
        AuditRecord rewritten = new AuditRecord(appended.id(), appended.at(), "someone else", null, null,
                AuditAction.SIGN_OUT.name(), "user test", "rewritten", "test");

        assertThatThrownBy(() -> store.append(rewritten)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An audit entry is only ever added");
        assertThat(store.page(null, 0, 1).getTotalSize()).isEqualTo(before);
        assertThat(store.page(null, 0, 10_000).getContent()).filteredOn(e -> e.id().equals(appended.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo("test");
                    assertThat(e.detail()).isEqualTo("appended by AuditIsAppendOnlyTest");
                });
    }
}
