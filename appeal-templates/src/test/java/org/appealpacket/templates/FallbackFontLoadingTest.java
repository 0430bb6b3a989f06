package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Physician;
import org.appealpacket.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback fonts are read only when a packet needs them: a source placed first in the chain,
 * which has nothing of its own, sees every resource the library asks for.
 */
class FallbackFontLoadingTest {
    @TempDir
    Path dir;

    private static final String CHINESE = "fonts/DroidSansFallbackFull.ttf";
    private static final String KOREAN = "fonts/NanumMyeongjo.ttf";

    private static AppealCase withPhysician(AppealCase c, String name) {
        Physician p = c.physician();
        Physician named = new Physician(name, p.credentials(), p.specialty(), p.npi(), p.facility(), p.phone(),
                p.statement());
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(), named,
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), c.representative(),
                c.submission(), c.exhibits());
    }

    @Test
    void aLatinPacket_readsNoCjkFont_andAChineseName_readsOnlyTheChineseOne() throws IOException {
        SampleCases.writeExhibits(dir);
        Set<String> asked = ConcurrentHashMap.newKeySet();
        TemplateSource watching = name -> {
            asked.add(name);
            return null;
        };
        AppealPackets packets = AppealPackets.builder().templates(watching, StandardTemplates.get())
                .clock(Packets.CLOCK).build();
        assertThat(asked).contains("fonts/fonts.txt", "fonts/DejaVuSerif.ttf").doesNotContain(CHINESE, KOREAN);

        String latin = Packets.allText(packets.assemble(SampleCases.lumbarMri(), dir).toByteArray());
        assertThat(latin).contains("Maria Elena Torres");
        assertThat(asked).doesNotContain(CHINESE, KOREAN);

        AppealCase chinese = withPhysician(SampleCases.lumbarMri(), "陈伟");
        assertThat(Packets.allText(packets.assemble(chinese, dir).toByteArray())).contains("陈伟");
        assertThat(asked).contains(CHINESE).doesNotContain(KOREAN);

        AppealCase korean = withPhysician(SampleCases.lumbarMri(), "김민준");
        assertThat(Packets.allText(packets.assemble(korean, dir).toByteArray())).contains("김민준");
        assertThat(asked).contains(KOREAN);
    }
}
