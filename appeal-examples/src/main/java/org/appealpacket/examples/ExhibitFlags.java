package org.appealpacket.examples;

import java.util.Locale;
import org.appealpacket.PacketOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code assemble} options for exhibit layout: separator pages, Bates numbers, volumes, fax
 * covers, the page size.
 */
final class ExhibitFlags {
    @Option(names = "--separators", description = "A page naming each exhibit before it.")
    boolean separators;

    @Option(names = "--bates", paramLabel = "PREFIX",
            description = "Bates-number every page: PREFIX then the number (e.g. --bates KP- gives KP-000001).")
    @Nullable String batesPrefix;

    @Option(names = "--bates-start", paramLabel = "N", defaultValue = "1",
            description = "The first page's Bates number (default: ${DEFAULT-VALUE}).")
    long batesStart;

    @Option(names = "--bates-digits", paramLabel = "N", defaultValue = "6",
            description = "Digits in a Bates number, zero-padded (default: ${DEFAULT-VALUE}).")
    int batesDigits;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Split into volumes of at most N pages each (cover included): PACKET-vol1.pdf, PACKET-vol2.pdf, …")
    int maxPages;

    @Option(names = "--max-bytes", paramLabel = "SIZE",
            description = "Split into volumes of at most SIZE bytes each (suffix K, M or G: 1024-based), e.g. 20M.")
    @Nullable String maxBytes;

    @Option(names = "--fax-cover",
            description = "Start each volume with a fax cover sheet (to, from, transmission i of N, its pages, confidentiality"
                    + " notice); with --max-pages, a set ready for a fax service.")
    boolean faxCover;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "letter",
            description = "The sheet every page is placed on: letter (default), a4, or as-is (each exhibit page at its"
                    + " own size, with a band above and below for the stamps).")
    String pageSize = "letter";

    /**
     * The options the flags ask for.
     *
     * @throws AppealPacketCommand.UsageError if a value is out of range
     */
    PacketOptions options() {
        return options(false);
    }

    /** The same, with every page stamped DRAFT when {@code draft}. */
    PacketOptions options(boolean draft) {
        PacketOptions.Builder b = PacketOptions.builder().separatorPages(separators).faxCover(faxCover)
                .draftStamp(draft).pageSize(pageSize(pageSize));
        try {
            if (batesPrefix != null) {
                b.bates(batesPrefix, batesStart, batesDigits);
            }
            b.maxPagesPerVolume(maxPages);
            if (maxBytes != null) {
                b.maxBytesPerVolume(bytes(maxBytes));
            }
        } catch (IllegalArgumentException e) {
            // The builder's messages name the option and the rule, never a case value.
            throw new AppealPacketCommand.UsageError(e.getMessage());
        }
        return b.build();
    }

    static PacketOptions.PageSize pageSize(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "letter" -> PacketOptions.PageSize.LETTER;
            case "a4" -> PacketOptions.PageSize.A4;
            case "as-is" -> PacketOptions.PageSize.AS_IS;
            default -> throw new AppealPacketCommand.UsageError("--page-size: must be letter, a4 or as-is");
        };
    }

    static long bytes(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Math.multiplyExact(Long.parseLong(t), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new AppealPacketCommand.UsageError("--max-bytes: is not a size such as 20M or 500K");
        }
    }
}
