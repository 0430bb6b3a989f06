package org.appealpacket.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm assembly of one sample case against the bare engine's floor, in ms per packet. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PacketBenchmark {
    /** The case folder's name under appeal-examples/cases; the harness passes every one. */
    @Param("kaiser-ca-lumbar-mri")
    public String caseName;

    private AppealPackets packets;
    private AppealCase appealCase;
    private Path folder;
    private Floor floor;
    private org.openpdf.pdf.ITextRenderer floorRenderer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        packets = SampleCases.packets();
        appealCase = SampleCases.load(caseName, packets);
        folder = SampleCases.folder(caseName);
        floor = Floor.of(appealCase, folder, Files.createTempDirectory("floor-fonts"));
        floorRenderer = floor.renderer();
        // The floor must make the same pages, or the ratio compares different work.
        int libraryPages = packets.assemble(appealCase, folder).pageCount();
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(floor.build(floorRenderer));
        int floorPages = reader.getNumberOfPages();
        reader.close();
        if (floorPages != libraryPages) {
            throw new IllegalStateException("the floor made " + floorPages + " pages, the library " + libraryPages);
        }
    }

    @Benchmark
    public AppealPacket library() {
        return packets.assemble(appealCase, folder);
    }

    @Benchmark
    public byte[] floor() throws IOException {
        return floor.build(floorRenderer);
    }
}
