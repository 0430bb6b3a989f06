package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the module path, where the module descriptor is enforced: the
 * API packages are exported and the implementation is not.
 */
class ModuleBoundaryTest {
    static final Set<String> EXPORTED = Set.of("org.appealpacket", "org.appealpacket.json", "org.appealpacket.model", "org.appealpacket.rules",
            "org.appealpacket.payer", "org.appealpacket.template");

    @Test
    void theTestsRunInTheNamedModule() {
        assertThat(AppealPackets.class.getModule().isNamed()).isTrue();
        assertThat(AppealPackets.class.getModule().getName()).isEqualTo("org.appealpacket");
    }

    @Test
    void theModuleExportsTheApiPackagesOnly_andNoInternalOne() {
        Module module = AppealPackets.class.getModule();
        ModuleDescriptor descriptor = module.getDescriptor();
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).isEqualTo(EXPORTED);
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
        assertThat(module.getPackages()).filteredOn(p -> p.contains(".internal"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(module.isExported(p)).as(p).isFalse());
    }
}
