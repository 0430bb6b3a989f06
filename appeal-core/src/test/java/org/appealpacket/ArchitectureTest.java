package org.appealpacket;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appealpacket.json.CaseReading;
import org.junit.jupiter.api.Test;

/**
 * The rules of appeal-core's structure (docs/architecture.md), checked on the compiled classes:
 * stage packages free of cycles, the implementation reached only through the façade, no
 * third-party type in the exported API, few public types per internal package, small files.
 */
class ArchitectureTest {
    static final String INTERNAL = "org.appealpacket.internal..";
    /** The most public types (top-level and nested) an internal package may have. */
    static final int MAX_PUBLIC_TYPES_PER_INTERNAL_PACKAGE = 6;
    /** The longest a source file of the main code may be. */
    static final int MAX_LINES = 600;
    /** Libraries whose types stay behind the API, so that they can be swapped or upgraded. */
    static final List<String> HIDDEN_LIBRARIES = List.of("freemarker.", "org.openpdf.", "org.w3c.dom.", "org.xml.sax.",
            "com.fasterxml.jackson.");

    static final JavaClasses CLASSES = new ClassFileImporter().importPath(mainClasses());

    static Path mainClasses() {
        try {
            return Path.of(AppealPackets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClassesOfTheModuleAreImported() {
        assertThat(CLASSES.contain(AppealPackets.class)).isTrue();
        assertThat(CLASSES.contain("org.appealpacket.internal.engine.PacketEngine")).isTrue();
    }

    @Test
    void stagePackages_haveNoCycles() {
        slices().matching("org.appealpacket.internal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheFacade_reachesIntoTheImplementation() {
        // AppealPackets hands the work to the engine, telling it where the exhibit files are; the
        // manifest's JSON form is written by the one JSON writer.
        noClasses().that().resideOutsideOfPackage(INTERNAL)
                .and().doNotBelongToAnyOf(AppealPackets.class, PacketRequest.class, Manifest.class, PacketPlan.class,
                        CaseReading.class)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(CLASSES);
        classes().that().belongToAnyOf(AppealPackets.class, PacketRequest.class)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(INTERNAL)
                        .or(resideInAnyPackage("org.appealpacket.internal.engine..", "org.appealpacket.internal.exhibit..")))
                .check(CLASSES);
        // The output values hand the implementation their factory, and the manifest's JSON form is
        // written there.
        classes().that().belongToAnyOf(Manifest.class, PacketPlan.class)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(INTERNAL)
                        .or(resideInAnyPackage("org.appealpacket.internal.support..")))
                .check(CLASSES);
        // A case file read is checked by the same validator, with the default limits.
        classes().that().belongToAnyOf(CaseReading.class)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(INTERNAL)
                        .or(resideInAnyPackage("org.appealpacket.internal.validate..")))
                .check(CLASSES);
        // The engine is what the façade hands work to; no other stage calls back into it.
        noClasses().that().resideInAPackage(INTERNAL).and().resideOutsideOfPackage("org.appealpacket.internal.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.appealpacket.internal.engine..")
                .check(CLASSES);
    }

    @Test
    void jackson_isUsedByTheCaseFilePackageOnly() {
        noClasses().that().resideOutsideOfPackage("org.appealpacket.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
        classes().that().resideInAPackage("org.appealpacket.json..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.appealpacket.internal..")
                        .or(resideInAnyPackage("org.appealpacket.internal.validate..")))
                .check(CLASSES);
    }

    @Test
    void theModelRulesPayerAndTemplatePackages_dependOnNoOtherPartOfTheLibrary() {
        // The one exception: the pathway's warnings are the library's Warning values, a type that
        // itself depends on nothing of the library.
        DescribedPredicate<JavaClass> partOfWarning = DescribedPredicate.describe("part of Warning",
                c -> c.getBaseComponentType().getName().startsWith(Warning.class.getName()));
        noClasses().that().resideInAnyPackage("org.appealpacket.model..", "org.appealpacket.rules..",
                        "org.appealpacket.payer..", "org.appealpacket.template..")
                .should().dependOnClassesThat(resideInAnyPackage("org.appealpacket", INTERNAL).and(not(partOfWarning)))
                .check(CLASSES);
        classes().that().belongToAnyOf(Warning.class)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..").or(partOfWarning))
                .check(CLASSES);
    }

    @Test
    void theRootPackage_holdsApiTypesOnly() {
        classes().that().resideInAPackage("org.appealpacket").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().bePublic()
                .check(CLASSES);
    }

    @Test
    void exportedPackages_exposeNoFreeMarkerOpenPdfDomOrJacksonType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            for (Type t : signatureTypes(type)) {
                String name = t.getTypeName();
                if (HIDDEN_LIBRARIES.stream().anyMatch(name::startsWith)) {
                    leaks.add(type.getName() + " exposes " + name);
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(exportedTypes()).contains(AppealPackets.class, Manifest.class, org.appealpacket.model.AppealCase.class);
    }

    @Test
    void outputValues_haveNoPublicConstructor() {
        // A value the library returns can gain a field without breaking a caller only if no caller
        // constructs it. The model (input, with builders), Problem (a checker may make its own)
        // and the exceptions are constructed by callers on purpose.
        List<String> constructible = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            boolean input = type.getPackageName().equals("org.appealpacket.model")
                    || type == Problem.class || Throwable.class.isAssignableFrom(type);
            if (!input && type.getConstructors().length > 0) {
                constructible.add(type.getName());
            }
        }
        assertThat(constructible).isEmpty();
        assertThat(exportedTypes()).contains(PacketPlan.class, Manifest.Volume.class,
                org.appealpacket.rules.Pathway.class, org.appealpacket.rules.RuleValue.class);
    }

    @Test
    void eachInternalPackage_hasFewPublicTypes() {
        Map<String, List<String>> publicTypes = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (c.getPackageName().startsWith("org.appealpacket.internal") && isPublicAllTheWay(c)) {
                publicTypes.computeIfAbsent(c.getPackageName(), p -> new ArrayList<>()).add(c.getSimpleName());
            }
        }
        assertThat(publicTypes).isNotEmpty();
        assertThat(publicTypes).allSatisfy((pkg, types) -> assertThat(types).as(pkg)
                .hasSizeLessThanOrEqualTo(MAX_PUBLIC_TYPES_PER_INTERNAL_PACKAGE));
    }

    @Test
    void noMainSourceFile_isLongerThan600Lines() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        Map<Path, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> s = Files.lines(f)) {
                    lines = s.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.put(f, lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    private static boolean isPublicAllTheWay(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        return c.getEnclosingClass().map(ArchitectureTest::isPublicAllTheWay).orElse(true);
    }

    /** The public types of the exported packages, nested public types included. */
    static List<Class<?>> exportedTypes() {
        Set<String> exported = AppealPackets.class.getModule().getDescriptor().exports().stream()
                .map(e -> e.source()).collect(Collectors.toSet());
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (exported.contains(c.getPackageName()) && isPublicAllTheWay(c)) {
                types.add(c.reflect());
            }
        }
        return types;
    }

    /** Every type a class shows to its users: supertypes and its public and protected members' types. */
    private static List<Type> signatureTypes(Class<?> type) {
        List<Type> roots = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            roots.add(type.getGenericSuperclass());
        }
        roots.addAll(List.of(type.getGenericInterfaces()));
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                roots.add(f.getGenericType());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                roots.add(m.getGenericReturnType());
                addExecutable(roots, m);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                addExecutable(roots, c);
            }
        }
        List<Type> all = new ArrayList<>();
        for (Type t : roots) {
            flatten(t, all, 0);
        }
        return all;
    }

    private static void addExecutable(List<Type> out, Executable e) {
        out.addAll(List.of(e.getGenericParameterTypes()));
        out.addAll(List.of(e.getGenericExceptionTypes()));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void flatten(Type t, List<Type> out, int depth) {
        if (depth > 8) {
            return;
        }
        switch (t) {
            case ParameterizedType p -> {
                out.add(p.getRawType());
                for (Type a : p.getActualTypeArguments()) {
                    flatten(a, out, depth + 1);
                }
            }
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) {
                    flatten(b, out, depth + 1);
                }
                for (Type b : w.getLowerBounds()) {
                    flatten(b, out, depth + 1);
                }
            }
            case GenericArrayType a -> flatten(a.getGenericComponentType(), out, depth + 1);
            case TypeVariable<?> v -> {
                for (Type b : v.getBounds()) {
                    flatten(b, out, depth + 1);
                }
            }
            case Class<?> c -> out.add(c.isArray() ? c.componentType() : c);
            default -> out.add(t);
        }
    }
}
