package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.function.Supplier;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.render.LetterRenderer;

/**
 * Names the exhibit behind a write failure. Inspection reads headers only, so an exhibit whose
 * data is damaged past them (a TIFF strip cut short, a PNG whose compressed data ends early) passes
 * inspection and fails only while its pages are copied; the writer reports such an I/O failure
 * without saying which file it was reading. Found by fuzzing the exhibit reader: the program
 * answered "the packet could not be written: EOFException" (exit 1) instead of naming the exhibit
 * (exit 3).
 *
 * <p>Only on that failure, each exhibit is written again alone, to nowhere; the first that fails
 * the same way is the one to name. A successful packet costs nothing.
 */
final class ExhibitBlame {
    private ExhibitBlame() {
    }

    /**
     * @param failure what the packet writer threw
     * @param exhibits the packet's exhibit parts, in order
     * @return an {@link ExhibitException} naming the exhibit that fails alone, else {@code failure}
     */
    static AppealException blame(AppealException failure, List<PacketWriter.Exhibit> exhibits,
            Supplier<PacketWriter> writers, PacketWriter.StampText text, Calendar date, byte[] fileId) {
        if (failure instanceof ExhibitException || failure instanceof TemplateException
                || !(failure.getCause() instanceof IOException)) {
            return failure;
        }
        for (PacketWriter.Exhibit exhibit : exhibits) {
            try {
                LetterRenderer.withSubsetSeed(0, () -> writers.get()
                        .write(List.of(exhibit), text, date, fileId, OutputStream.nullOutputStream()));
            } catch (ExhibitException e) {
                return e;
            } catch (AppealException e) {
                if (e.getCause() instanceof IOException io) {
                    // The cause stays out: an I/O message can quote the file's bytes.
                    return new ExhibitException(exhibit.file().label(), exhibit.file().name(),
                            "is damaged past its header and cannot be copied (" + io.getClass().getSimpleName() + ")");
                }
            }
        }
        return failure;
    }
}
