package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the module path: the standard templates are read from inside
 * their own module, where their resources are encapsulated, and only the API package is exported.
 */
class ModuleBoundaryTest {

    @Test
    void theTestsRunInTheNamedModules() {
        assertThat(StandardTemplates.class.getModule().getName()).isEqualTo("org.appealpacket.templates");
        assertThat(org.appealpacket.AppealPackets.class.getModule().getName()).isEqualTo("org.appealpacket");
    }

    @Test
    void theModuleExportsItsApiPackageOnly_andRequiresTheCoreTransitively() {
        ModuleDescriptor d = StandardTemplates.class.getModule().getDescriptor();
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.appealpacket.templates");
        assertThat(d.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("org.appealpacket");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }

    @Test
    void theStandardSource_readsItsEncapsulatedResources_andNoNameOutsideIt() throws IOException {
        try (InputStream in = StandardTemplates.get().open("fonts/fonts.txt")) {
            assertThat(in).isNotNull();
        }
        try (InputStream in = StandardTemplates.get().open("stamp.properties")) {
            assertThat(in).isNotNull();
        }
        assertThat(StandardTemplates.get().open("no/such/file.ftlx")).isNull();
        assertThat(StandardTemplates.get()).hasToString("classpath:org/appealpacket/templates/standard/");
    }
}
