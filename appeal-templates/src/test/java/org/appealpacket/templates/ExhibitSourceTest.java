package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.ExhibitException;
import org.appealpacket.ExhibitSource;
import org.appealpacket.model.AppealCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exhibits given as streams instead of files in a case folder. */
class ExhibitSourceTest {
    @TempDir
    Path dir;

    private static List<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("appealpacket-")).toList();
        }
    }

    @Test
    void streamedExhibits_giveTheSamePacketAsFiles_andLeaveNoTemporaryFiles() throws IOException {
        SampleCases.writeExhibits(dir);
        AppealCase c = SampleCases.lumbarMri();
        List<Path> before = spooled();
        List<String> opened = new ArrayList<>();
        ExhibitSource source = file -> {
            opened.add(file);
            return Files.newInputStream(dir.resolve(file));
        };
        AppealPacket streamed = Packets.STANDARD.request(c).exhibits(source).assemble();
        assertThat(streamed.sha256()).isEqualTo(Packets.STANDARD.assemble(c, dir).sha256());
        assertThat(opened).containsExactlyElementsOf(c.exhibits().stream().map(e -> e.file()).toList());
        assertThat(spooled()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(Packets.STANDARD.request(c).exhibits(source).plan().exhibits()).hasSize(c.exhibits().size());
    }

    @Test
    void aStreamThatFails_isAnExhibitErrorNamingTheExhibit_withoutTheCausesMessage() throws IOException {
        AppealCase c = SampleCases.lumbarMri();
        ExhibitSource broken = file -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("secret patient detail");
            }
        };
        assertThatThrownBy(() -> Packets.STANDARD.request(c).exhibits(broken).assemble())
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo(c.exhibits().get(0).label());
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
        ExhibitSource missing = file -> {
            throw new java.nio.file.NoSuchFileException(file);
        };
        assertThatThrownBy(() -> Packets.STANDARD.request(c).exhibits(missing).assemble())
                .isInstanceOf(ExhibitException.class)
                .hasMessageContaining(c.exhibits().get(0).file());
    }
}
