package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.ExhibitException;
import org.appealpacket.Limits;
import org.appealpacket.Warning;
import org.appealpacket.internal.support.Failures;
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.model.Exhibit;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfReader;

/**
 * An exhibit after inspection: the case's exhibit with its file's format, page count and SHA-256.
 * This one record carries an exhibit through the pipeline (plan, page layout, template data,
 * writing, manifest), so nothing is joined by index. Inspection reads the file once to hash it
 * and opens it as PDF or image to count pages, without keeping it in memory. A large file's hash
 * is still being worked out when inspection returns: what needs it ({@link #sha256()}) waits for
 * it, which for a packet is when its file identifier is written, after the pages are copied.
 *
 * @param exhibit the exhibit as the case gives it (label, title, kind, file)
 * @param path where its file is
 * @param format what it is
 * @param pages how many pages it contributes
 * @param hash hex SHA-256 of the file's bytes, when it is worked out (see {@link #sha256()})
 * @param repaired whether the PDF's cross-reference table was damaged and had to be rebuilt
 * @param ownerPasswordOnly whether the PDF is encrypted with an owner password only (it opens
 *     without a password; its pages are copied unencrypted)
 */
public record ExhibitFile(Exhibit exhibit, Path path, Format format, int pages, CompletableFuture<String> hash,
        boolean repaired, boolean ownerPasswordOnly) {

    /** An exhibit whose hash is known. */
    public ExhibitFile(Exhibit exhibit, Path path, Format format, int pages, String sha256, boolean repaired,
            boolean ownerPasswordOnly) {
        this(exhibit, path, format, pages, CompletableFuture.completedFuture(sha256), repaired, ownerPasswordOnly);
    }

    /**
     * The hex SHA-256 of the file's bytes, waiting for it if it is still being worked out.
     *
     * @throws ExhibitException naming the exhibit if the file could not be read to the end
     */
    public String sha256() {
        try {
            return hash.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ExhibitException ee) {
                throw ee;
            }
            throw e;
        }
    }

    /** The refusal of a file that needs a password to open. */
    static final String PASSWORD_PROTECTED = "is password-protected; remove the password and try again";

    /**
     * The refusal of an encrypted file when the application runs without Bouncy Castle, which
     * OpenPDF needs to decrypt any PDF (an optional dependency, 8 MB).
     */
    static final String NEEDS_BOUNCY_CASTLE = "is encrypted, and opening an encrypted PDF needs Bouncy Castle"
            + " (org.bouncycastle:bcprov-jdk18on), which is not on the class path; add it to the application,"
            + " or save a copy of the file without encryption";

    /** The refusal of a file encrypted other than with a password. */
    static final String UNSUPPORTED_ENCRYPTION = "is encrypted with a certificate or a security handler the packet"
            + " cannot open; save a copy without encryption and try again";

    /** The exhibit formats the packet accepts. */
    public enum Format { PDF, JPEG, PNG, TIFF }

    /** Largest image accepted, in pixels, whatever the limits say: the engine's own ceiling. */
    static final long MAX_IMAGE_PIXELS = Limits.IMAGE_PIXELS_CEILING;

    /** The exhibit's label, for messages and stamps. */
    public String label() {
        return exhibit.label();
    }

    /** The exhibit's file as the case names it, for messages. */
    public String name() {
        return exhibit.file();
    }

    /** The exhibit's title. */
    public String title() {
        return exhibit.title();
    }

    /**
     * Inspects every exhibit of a case, in order, and holds them together to
     * {@link Limits#maxExhibitPages()}.
     *
     * @param where where each exhibit's file is
     * @throws ExhibitException naming the first exhibit that cannot be used
     */
    public static List<ExhibitFile> inspectAll(List<Exhibit> exhibits, Function<Exhibit, Path> where, Limits limits) {
        return inspectAll(exhibits, where, limits, null);
    }

    /**
     * {@link #inspectAll(List, Function, Limits)}, keeping the PDF readers it opens for the writer.
     *
     * @param keep where the readers go (closed by its owner); null to close each after inspection
     */
    public static List<ExhibitFile> inspectAll(List<Exhibit> exhibits, Function<Exhibit, Path> where, Limits limits,
            @Nullable OpenedPdfs keep) {
        List<ExhibitFile> files = new ArrayList<>();
        try {
            for (Exhibit e : exhibits) {
                files.add(inspect(e, where.apply(e), limits.maxImagePixels(), keep));
            }
            ExhibitLimits.checkPages(files, limits);
        } catch (RuntimeException e) {
            for (ExhibitFile f : files) {
                f.hash().cancel(false);
            }
            throw e;
        }
        return List.copyOf(files);
    }

    /**
     * Inspects a file, refusing any image page above {@code maxImagePixels} (the embedder's
     * {@code Limits.maxImagePixels}, at most {@link #MAX_IMAGE_PIXELS}) from its header alone.
     *
     * @throws ExhibitException naming the label and file if the file cannot be used
     */
    static ExhibitFile inspect(Exhibit exhibit, Path path, long maxImagePixels) {
        return inspect(exhibit, path, maxImagePixels, null);
    }

    private static ExhibitFile inspect(Exhibit exhibit, Path path, long maxImagePixels, @Nullable OpenedPdfs keep) {
        String label = exhibit.label();
        String name = exhibit.file();
        if (!Files.exists(path)) {
            throw new ExhibitException(ExhibitException.Kind.NOT_FOUND, label, name, "file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new ExhibitException(ExhibitException.Kind.NOT_FOUND, label, name, "not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, label, name, "file cannot be read (permissions)");
        }
        byte[] head = new byte[1024];
        int headLength;
        try (InputStream in = Files.newInputStream(path)) {
            headLength = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, label, name, "file cannot be read: " + Failures.describe(e));
        }
        if (headLength == 0) {
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "file is empty");
        }
        Format format = sniff(head, headLength);
        if (format == null) {
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, "not a PDF, JPEG, PNG or TIFF file");
        }
        // Hashing a large scan takes longer than parsing it: the machine's second core hashes while
        // this one counts pages, renders the letters and copies the pages, and only the file
        // identifier and the manifest wait for the hash. It runs on a virtual thread of its own: the
        // common pool has one thread on two cores, and packets made at the same time queued their
        // hashes on it. A small file is hashed here, first: handing it over costs more than hashing it.
        CompletableFuture<String> hash = sizeOf(path) <= HASH_HERE_BYTES
                ? CompletableFuture.completedFuture(sha256(label, name, path))
                : CompletableFuture.supplyAsync(() -> sha256(label, name, path),
                        task -> Thread.ofVirtual().name("exhibit-hash").start(task));
        boolean[] found = new boolean[2]; // repaired, owner password only
        int pages;
        try {
            pages = switch (format) {
                case PDF -> pdfPages(label, name, path, found, keep);
                case JPEG, PNG, TIFF -> imagePages(label, name, path, format, maxImagePixels);
            };
            if (pages < 1) {
                throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "has no pages");
            }
        } catch (RuntimeException e) {
            hash.cancel(false);
            throw e;
        }
        return new ExhibitFile(exhibit, path, format, pages, hash, found[0], found[1]);
    }

    /** Files up to this size are hashed on the inspecting thread (about a millisecond a megabyte). */
    private static final long HASH_HERE_BYTES = 4L << 20;

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return Long.MAX_VALUE; // the hash itself reports the failure, naming the exhibit
        }
    }

    private static String sha256(String label, String name, Path path) {
        try {
            return Sha256.file(path);
        } catch (IOException e) {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, label, name, "file cannot be read: " + Failures.describe(e));
        }
    }

    static Format sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (n >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Format.PNG;
        }
        if (n >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
            return Format.TIFF;
        }
        // PDF readers accept the header anywhere in the first kilobyte.
        String text = new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.contains("%PDF-")) {
            return Format.PDF;
        }
        return null;
    }

    /**
     * How far a JPEG exhibit must be turned, counterclockwise in degrees (0, 90, 180 or 270), to
     * show as the camera saw it, from its EXIF orientation; 0 for any other file. A mirrored
     * orientation is turned by this and then mirrored (see {@link #mirrored()}).
     */
    public int turn() {
        if (format != Format.JPEG) {
            return 0;
        }
        try {
            return switch (JpegCheck.orientation(path)) {
                case 3, 4 -> 180;
                case 6, 5 -> 270;
                case 8, 7 -> 90;
                default -> 0;
            };
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether a JPEG exhibit's EXIF orientation is a mirrored one (2, 4, 5 or 7): once turned by
     * {@link #turn()}, the image must be flipped left to right to show as the camera saw it.
     */
    public boolean mirrored() {
        if (format != Format.JPEG) {
            return false;
        }
        try {
            int o = JpegCheck.orientation(path);
            return o == 2 || o == 4 || o == 5 || o == 7;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The warnings for the plan: the file had to be repaired, or was encrypted with an owner password
     * only; empty when neither.
     *
     * @param path the exhibit's field path in the case ({@code exhibits[2]})
     */
    public List<Warning> warnings(String path) {
        List<Warning> warnings = new ArrayList<>();
        String about = String.format(Locale.ROOT, "exhibit %s (%s): ", label(), name());
        if (repaired) {
            warnings.add(Warning.of(Warning.Code.EXHIBIT_REPAIRED, path, about + "the PDF was damaged (its"
                    + " cross-reference table had to be rebuilt); it was repaired and included, check that every"
                    + " page is there"));
        }
        if (ownerPasswordOnly) {
            warnings.add(Warning.of(Warning.Code.EXHIBIT_DECRYPTED, path, about + "the PDF was encrypted with an"
                    + " owner password only (to restrict printing or editing); it was opened without one and its"
                    + " pages were copied unencrypted"));
        }
        return List.copyOf(warnings);
    }

    private static int pdfPages(String label, String name, Path path, boolean[] found, @Nullable OpenedPdfs keep) {
        PdfReader reader = null;
        boolean kept = false;
        try {
            reader = PdfSources.open(path);
            found[0] = reader.isRebuilt();
            // Opened without a password, yet encrypted: the user password is empty.
            found[1] = reader.isEncrypted();
            int n = reader.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                // A page without a dictionary or with a missing page tree entry cannot be copied.
                if (reader.getPageN(i) == null) {
                    throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, String.format(Locale.ROOT,
                            "is damaged: page %d of %d is missing", i, n));
                }
                reader.releasePage(i);
            }
            kept = keep != null && keep.keep(label, reader);
            return n;
        } catch (BadPasswordException e) {
            throw new ExhibitException(ExhibitException.Kind.PASSWORD_PROTECTED, label, name, PASSWORD_PROTECTED);
        } catch (PdfSources.CryptoProviderMissingException e) {
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, NEEDS_BOUNCY_CASTLE, e);
        } catch (PdfSources.UnsupportedEncryptionException e) {
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, UNSUPPORTED_ENCRYPTION);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExhibitException ee) {
                throw ee;
            }
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged and cannot be read as PDF ("
                    + Failures.describe(e) + ")");
        } catch (StackOverflowError e) {
            // A page tree that contains itself, or objects nested thousands deep: the parser recurses.
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged and cannot be read as PDF (its objects nest without end)");
        } finally {
            if (reader != null && !kept) {
                reader.close();
            }
        }
    }

    private static int imagePages(String label, String name, Path path, Format format, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, "cannot be read as " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                // Never getNumImages(true): it follows a looping page chain forever.
                int count;
                try {
                    count = format == Format.TIFF ? TiffPages.count(path) : 1;
                } catch (TiffPages.BadTiffException e) {
                    throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged: " + e.getMessage());
                }
                if (format == Format.JPEG) {
                    try {
                        JpegCheck.whole(path);
                    } catch (JpegCheck.DamagedJpegException e) {
                        throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, e.getMessage());
                    }
                }
                if (format == Format.PNG) {
                    String damage = PngCheck.damage(path);
                    if (damage != null) {
                        throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, damage);
                    }
                }
                for (int i = 0; i < count; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels <= 0 || pixels > MAX_IMAGE_PIXELS
                            || reader.getWidth(i) > 30_000 || reader.getHeight(i) > 30_000) {
                        throw new ExhibitException(ExhibitException.Kind.OVER_LIMIT, label, name, String.format(Locale.ROOT,
                                "image %d is %d×%d pixels, beyond the limit of %d pixels or 30000 on a side",
                                i + 1, reader.getWidth(i), reader.getHeight(i), MAX_IMAGE_PIXELS));
                    }
                    if (pixels > maxPixels) {
                        throw new ExhibitException(ExhibitException.Kind.OVER_LIMIT, label, name, String.format(Locale.ROOT,
                                "image %d has %d pixels (%d×%d), more than the limit of %d (Limits.maxImagePixels)",
                                i + 1, pixels, reader.getWidth(i), reader.getHeight(i), maxPixels));
                    }
                }
                return count;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExhibitException ee) {
                throw ee;
            }
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged and cannot be read as " + format
                    + " (" + Failures.describe(e) + ")");
        }
    }
}
