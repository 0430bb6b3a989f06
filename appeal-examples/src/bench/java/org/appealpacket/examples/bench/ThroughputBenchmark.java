package org.appealpacket.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Packets per second from one shared {@link AppealPackets}: {@link #platform} is run by the
 * harness with 1, 2 and 8 JMH threads; {@link #virtual} has one driver thread hand
 * {@value #BATCH} packets at a time to virtual threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {
    static final int BATCH = 16;

    @Param("kaiser-ca-lumbar-mri")
    public String caseName;

    private AppealPackets packets;
    private AppealCase appealCase;
    private Path folder;

    /**
     * Loads the case, then runs it on as many threads as the benchmark will (as many as there are
     * cores for {@link #virtual}) until the JIT compiler is quiet (see {@link JitQuiet}): the
     * figures are those of a service that has been running for a while, the same for 1 thread and
     * for 2, where a fixed warm-up left the compiler taking a core's time from two threads only.
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws InterruptedException {
        packets = SampleCases.packets();
        appealCase = SampleCases.load(caseName, packets);
        folder = SampleCases.folder(caseName);
        int threads = params.getBenchmark().endsWith(".virtual") ? Runtime.getRuntime().availableProcessors()
                : params.getThreads();
        double seconds = JitQuiet.warm(() -> packets.assemble(appealCase, folder), threads, 20, 180);
        System.out.printf(java.util.Locale.ROOT, "%nJIT quiet after %.0f s of warm-up on %d thread(s)%n", seconds,
                threads);
    }

    @Benchmark
    public AppealPacket platform() {
        return packets.assemble(appealCase, folder);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void virtual(Blackhole bh) throws InterruptedException, ExecutionException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<AppealPacket>> packetsDone = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                packetsDone.add(threads.submit(() -> packets.assemble(appealCase, folder)));
            }
            for (Future<AppealPacket> f : packetsDone) {
                bh.consume(f.get());
            }
        }
    }
}
