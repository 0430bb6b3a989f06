package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Problem;
import org.appealpacket.TemplateException;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Member;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Representative;
import org.appealpacket.template.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileAndUnicodeTextTest {
    @TempDir
    Path dir;

    private static AppealCase withMember(AppealCase c, Member m) {
        return new AppealCase(c.stage(), c.urgency(), c.locale(), m, c.plan(), c.denial(), c.service(), c.physician(),
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), c.representative(),
                c.submission(), c.exhibits());
    }

    private static AppealCase withRelief(AppealCase c, String relief) {
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), relief, c.representative(),
                c.submission(), c.exhibits());
    }

    private static AppealCase withPhysician(AppealCase c, Physician p) {
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(), p,
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), c.representative(),
                c.submission(), c.exhibits());
    }

    @Test
    void templateSyntaxAndMarkupInCaseText_printLiterally_andNothingIsFetched() throws IOException {
        SampleCases.writeExhibits(dir);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(300);
            String hostile = "Approve ${7*7} <#assign x=1> <img src=\"http://127.0.0.1:" + listener.getLocalPort()
                    + "/x\"/> &amp; done";
            AppealPacket packet = Packets.STANDARD.assemble(withRelief(SampleCases.lumbarMri(), hostile), dir);
            String text = Packets.allText(packet.toByteArray()).replaceAll("\\s+", " ");
            assertThat(text).contains("${7*7}").contains("<#assign x=1>").contains("&amp;")
                    .contains("<img src=\"http://127.0.0.1:" + listener.getLocalPort() + "/x\"/>");
            assertThat(text).doesNotContain("Approve 49");
            try {
                listener.accept().close();
                throw new AssertionError("the renderer opened a connection to the address in the case text");
            } catch (SocketTimeoutException expected) {
                // no connection: good
            }
        }
    }

    @Test
    void namesInVietnameseChineseAndSpanish_comeOutExactly_withEveryFontEmbedded() throws IOException {
        SampleCases.writeExhibits(dir);
        AppealCase base = SampleCases.lumbarMri();
        Member m = base.member();
        AppealCase c = withMember(base, new Member("Nguyễn Thị Ánh", m.memberId(), m.dateOfBirth(), m.address(),
                m.phone(), m.email()));
        Physician p = base.physician();
        c = withPhysician(c, new Physician("陈伟", p.credentials(), p.specialty(), p.npi(), p.facility(), p.phone(),
                "Ελληνικά, русский, Հայերեն: 김민준 was consulted."));
        c = SampleCases.withRepresentative(c, new Representative("José Ñúñez", "son", null, null));
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        String text = Packets.allText(packet.toByteArray());
        assertThat(text).contains("Nguyễn Thị Ánh").contains("陈伟").contains("José Ñúñez")
                .contains("Ελληνικά, русский, Հայերեն:").contains("김민준");
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aCharacterNoFontCanDraw_failsNamingTheField_withoutTheValue() throws IOException {
        SampleCases.writeExhibits(dir);
        AppealCase base = SampleCases.lumbarMri();
        Member m = base.member();
        String name = "Ann \uD80C\uDC00 Lee"; // U+13000, an Egyptian hieroglyph: in none of the standard fonts
        AppealCase c = withMember(base, new Member(name, m.memberId(), m.dateOfBirth(), m.address(), m.phone(), m.email()));
        assertThatThrownBy(() -> Packets.STANDARD.assemble(c, dir))
                .isInstanceOf(AppealValidationException.class)
                .satisfies(e -> assertThat(((AppealValidationException) e).problems())
                        .extracting(Problem::path).containsExactly("member.fullName"))
                .hasMessageContaining("U+13000")
                .hasMessageNotContaining("Ann");
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheApi() throws IOException {
        SampleCases.writeExhibits(dir);
        for (String body : List.of(
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
                "${member?api.getClass()}")) {
            TemplateSource hostile = name -> name.equals("sections/cover-letter/default.ftlx")
                    ? new ByteArrayInputStream(("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body
                            + "</body></html>").getBytes(StandardCharsets.UTF_8))
                    : null;
            AppealPackets packets = AppealPackets.builder().templates(hostile, StandardTemplates.get())
                    .clock(Packets.CLOCK).build();
            assertThatThrownBy(() -> packets.assemble(SampleCases.lumbarMri(), dir))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("sections/cover-letter/default.ftlx");
        }
    }
}
