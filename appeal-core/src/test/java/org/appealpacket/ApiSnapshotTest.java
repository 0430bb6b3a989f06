package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of the exported packages, compared with the committed snapshot {@code api/appeal-core.txt},
 * so that no change to it goes unnoticed. After a deliberate change, regenerate the snapshot with
 * {@code ./mvnw -B -q -pl appeal-core,appeal-templates test -Dtest=ApiSnapshotTest -Dapi.snapshot.update=true}
 * and commit it with the change.
 */
class ApiSnapshotTest {
    static final Path SNAPSHOT = Path.of("api/appeal-core.txt");
    static final String HEADER = """
            # The public API of appeal-core's exported packages (module org.appealpacket), one line per
            # type and per public or protected member. ApiSnapshotTest fails when it differs from the
            # compiled classes. Regenerate after a deliberate change:
            #   ./mvnw -B -q -pl appeal-core,appeal-templates test -Dtest=ApiSnapshotTest -Dapi.snapshot.update=true
            """;

    @Test
    void thePublicApi_isTheCommittedSnapshot() throws IOException {
        String actual = HEADER + String.join("\n", describe(mainClasses())) + "\n";
        if (Boolean.getBoolean("api.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertThat(SNAPSHOT).as("the API snapshot; see ApiSnapshotTest to regenerate it").exists();
        assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)).isEqualTo(actual);
    }

    @Test
    void theSnapshotNamesEveryExportedPackage_andNoInternalOne() throws IOException {
        List<String> lines = describe(mainClasses());
        assertThat(lines).anyMatch(l -> l.startsWith("module org.appealpacket"))
                .anyMatch(l -> l.contains("class org.appealpacket.AppealPackets"))
                .anyMatch(l -> l.contains("org.appealpacket.model.AppealCase"))
                .noneMatch(l -> l.contains(".internal."));
    }

    static Path mainClasses() {
        try {
            return Path.of(AppealPackets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module's exports, then each public type of them and its public and protected members. */
    static List<String> describe(Path classes) throws IOException {
        ModuleDescriptor module;
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        List<String> lines = new ArrayList<>();
        lines.add("module " + module.name());
        List<String> exported = module.exports().stream().map(e -> e.source()).sorted().toList();
        for (String pkg : exported) {
            lines.add("exports " + pkg);
        }
        for (String pkg : exported) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            List<String> names;
            try (Stream<Path> files = Files.list(dir)) {
                names = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                        .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
                        .sorted().toList();
            }
            for (String name : names) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, AppealPackets.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
                if (isApi(type)) {
                    lines.addAll(describe(type));
                }
            }
        }
        return lines;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> describe(Class<?> type) {
        StringBuilder head = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            head.append(" extends ").append(superclass.getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            head.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(type.getGenericInterfaces())
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            head.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        List<String> members = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                members.add("  field " + f.toGenericString());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                members.add("  constructor " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                members.add("  method " + m.toGenericString());
            }
        }
        members.sort(null);
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        lines.addAll(members);
        return lines;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
