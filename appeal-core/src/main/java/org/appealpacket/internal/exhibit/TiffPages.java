package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the pages of a TIFF by walking its chain of image directories, refusing a chain that
 * loops or leaves the file. The JDK's reader follows such a chain forever when asked to count.
 */
final class TiffPages {
    /** More pages than any fax or scan an appeal carries. */
    static final int MAX_PAGES = 20_000;

    private TiffPages() {
    }

    /** Why a TIFF's directory chain cannot be used. */
    static final class BadTiffException extends IOException {
        private static final long serialVersionUID = 1L;

        BadTiffException(String message) {
            super(message);
        }
    }

    static int count(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = read(ch, 0, 16, size);
            ByteOrder order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            head.order(order);
            int magic = Short.toUnsignedInt(head.getShort(2));
            boolean big = magic == 43;
            long offset = big ? head.getLong(8) : Integer.toUnsignedLong(head.getInt(4));
            Set<Long> seen = new HashSet<>();
            int pages = 0;
            while (offset != 0) {
                if (!seen.add(offset)) {
                    throw new BadTiffException("its list of pages loops back on itself");
                }
                if (++pages > MAX_PAGES) {
                    throw new BadTiffException("it has more than " + MAX_PAGES + " pages");
                }
                ByteBuffer count = read(ch, offset, big ? 8 : 2, size).order(order);
                long entries = big ? count.getLong(0) : Short.toUnsignedInt(count.getShort(0));
                long next = offset + (big ? 8 : 2) + entries * (big ? 20 : 12);
                if (entries < 0 || entries > 65_535) {
                    throw new BadTiffException("a page directory is damaged");
                }
                ByteBuffer link = read(ch, next, big ? 8 : 4, size).order(order);
                offset = big ? link.getLong(0) : Integer.toUnsignedLong(link.getInt(0));
            }
            return pages;
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int length, long size) throws IOException {
        if (at < 0 || at + length > size) {
            throw new BadTiffException("a page directory lies outside the file");
        }
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new BadTiffException("the file ends inside a page directory");
            }
        }
        return b;
    }
}
