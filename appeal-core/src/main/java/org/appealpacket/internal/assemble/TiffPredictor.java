package org.appealpacket.internal.assemble;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * TIFF pages whose 16-bit samples are stored with horizontal differencing (the {@code Predictor}
 * tag set to 2, common with Deflate and LZW compression). The JDK's TIFF reader undoes that
 * prediction for 8-bit samples only and refuses the page otherwise, so such a page is read with
 * the tag set to 1 in a copy of the file (giving each sample's difference from the one before it
 * on its row) and the differences are added up here.
 */
final class TiffPredictor {
    private static final int IMAGE_WIDTH = 256;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int PREDICTOR = 317;
    private static final int TILE_WIDTH = 322;
    /** The largest file read into memory for this. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private TiffPredictor() {
    }

    /** Where a page's {@code Predictor} value is and what its row segments are, or null when the JDK reads it itself. */
    private record Differenced(int predictorValueAt, int segment) {
    }

    /** Whether page {@code page} of the TIFF has 16-bit samples with horizontal differencing. */
    static boolean applies(Path tiff, int page) throws IOException {
        try (FileChannel ch = FileChannel.open(tiff, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_BYTES) {
                return false;
            }
            return find(ch.map(FileChannel.MapMode.READ_ONLY, 0, size), page) != null;
        }
    }

    /** Reads the page, its prediction undone; only for a page {@link #applies} to. */
    static BufferedImage read(Path tiff, int page) throws IOException {
        byte[] bytes = Files.readAllBytes(tiff);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        Differenced d = find(b, page);
        if (d == null) {
            throw new IOException("the page does not use horizontal differencing");
        }
        b.putShort(d.predictorValueAt(), (short) 1);
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                image = reader.read(page);
            } finally {
                reader.dispose();
            }
        }
        undo(image.getRaster(), d.segment());
        return image;
    }

    /**
     * Adds up the differences along each row, starting again at each tile's left edge (each
     * strip spans the width): the first sample of a segment is stored as it is.
     */
    static void undo(WritableRaster r, int segment) {
        int w = r.getWidth();
        int[] row = new int[w];
        for (int band = 0; band < r.getNumBands(); band++) {
            for (int y = 0; y < r.getHeight(); y++) {
                r.getSamples(0, y, w, 1, band, row);
                int sum = 0;
                for (int x = 0; x < w; x++) {
                    sum = x % segment == 0 ? row[x] : (sum + row[x]) & 0xFFFF;
                    row[x] = sum;
                }
                r.setSamples(0, y, w, 1, band, row);
            }
        }
    }

    /** The page's directory, if it has 16-bit samples and {@code Predictor} 2 (as a SHORT). */
    private static @Nullable Differenced find(ByteBuffer b, int page) {
        if (b.limit() < 8) {
            return null;
        }
        if (b.get(0) == 'I' && b.get(1) == 'I') {
            b.order(ByteOrder.LITTLE_ENDIAN);
        } else if (b.get(0) == 'M' && b.get(1) == 'M') {
            b.order(ByteOrder.BIG_ENDIAN);
        } else {
            return null;
        }
        if (b.getShort(2) != 42) {
            return null;
        }
        long ifd = Integer.toUnsignedLong(b.getInt(4));
        // The page chain was checked when the exhibit was inspected (no loops, no more than the page limit).
        for (int i = 0; i < page && ifd != 0; i++) {
            if (ifd + 2 > b.limit()) {
                return null;
            }
            int n = Short.toUnsignedInt(b.getShort((int) ifd));
            long next = ifd + 2 + 12L * n;
            if (next + 4 > b.limit()) {
                return null;
            }
            ifd = Integer.toUnsignedLong(b.getInt((int) next));
        }
        if (ifd == 0 || ifd + 2 > b.limit()) {
            return null;
        }
        int n = Short.toUnsignedInt(b.getShort((int) ifd));
        if (ifd + 2 + 12L * n > b.limit()) {
            return null;
        }
        int predictorAt = -1;
        int predictor = 1;
        int width = 0;
        int tileWidth = 0;
        int samples = 1;
        int bitsAt = -1;
        int bitsCount = 0;
        int bitsType = 0;
        for (int k = 0; k < n; k++) {
            int at = (int) ifd + 2 + 12 * k;
            int tag = Short.toUnsignedInt(b.getShort(at));
            int type = Short.toUnsignedInt(b.getShort(at + 2));
            int count = b.getInt(at + 4);
            switch (tag) {
                case PREDICTOR -> {
                    if (type == 3 && count == 1) {
                        predictorAt = at + 8;
                        predictor = Short.toUnsignedInt(b.getShort(at + 8));
                    }
                }
                case IMAGE_WIDTH -> width = value(b, at, type);
                case TILE_WIDTH -> tileWidth = value(b, at, type);
                case SAMPLES_PER_PIXEL -> samples = value(b, at, type);
                case BITS_PER_SAMPLE -> {
                    bitsType = type;
                    bitsCount = count;
                    bitsAt = count * 2 <= 4 ? at + 8 : b.getInt(at + 8);
                }
                default -> {
                }
            }
        }
        if (predictor != 2 || predictorAt < 0 || bitsType != 3 || bitsAt < 0 || bitsCount < 1
                || bitsAt + 2L * bitsCount > b.limit() || width <= 0 || samples < 1) {
            return null;
        }
        for (int s = 0; s < bitsCount; s++) {
            if (Short.toUnsignedInt(b.getShort(bitsAt + 2 * s)) != 16) {
                return null;
            }
        }
        return new Differenced(predictorAt, tileWidth > 0 ? tileWidth : width);
    }

    /** A SHORT or LONG value held in the entry itself. */
    private static int value(ByteBuffer b, int at, int type) {
        return type == 3 ? Short.toUnsignedInt(b.getShort(at + 8)) : b.getInt(at + 8);
    }
}
