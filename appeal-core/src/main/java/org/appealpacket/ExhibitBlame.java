package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.function.Supplier;
import org.appealpacket.internal.assemble.ExhibitFile;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.render.LetterRenderer;

/**
 * Names the exhibit behind a failure that the PDF and image readers report without one. Both
 * cases were found by fuzzing the exhibit reader:
 *
 * <ul>
 *   <li>A PDF whose structure recurses without end (a page tree that lists itself among its
 *       kids) overflowed the stack while it was inspected; the program answered "internal error:
 *       java.lang.StackOverflowError" (exit 1).
 *   <li>Inspection reads headers only, so an exhibit whose data is damaged past them (a TIFF strip
 *       cut short) passes inspection and fails only while its pages are copied, as "the packet
 *       could not be written: EOFException" (exit 1).
 * </ul>
 *
 * Both now fail with an {@link ExhibitException} naming the exhibit (exit 3). The second is found
 * only on that failure, by writing each exhibit again alone, to nowhere: a successful packet costs
 * nothing.
 */
final class ExhibitBlame {
    private ExhibitBlame() {
    }

    /**
     * Inspects one exhibit file.
     *
     * @throws ExhibitException if the file cannot be used, including when reading it recurses too deep
     */
    static ExhibitFile inspect(String label, String name, Path path) {
        try {
            return ExhibitFile.inspect(label, name, path);
        } catch (StackOverflowError e) {
            // The reader's recursion has unwound by now; nothing of it is kept.
            throw new ExhibitException(label, name, "is damaged: its structure loops or nests too deeply to be read");
        }
    }

    /**
     * @param failure what the packet writer threw: an {@link AppealException} or a {@link StackOverflowError}
     * @param exhibits the packet's exhibit parts, in order
     * @return an {@link ExhibitException} naming the exhibit that fails alone, else {@code failure}
     *     (a stack overflow as an {@link AppealException})
     */
    static AppealException blame(Throwable failure, List<PacketWriter.Exhibit> exhibits,
            Supplier<PacketWriter> writers, PacketWriter.StampText text, Calendar date, byte[] fileId) {
        AppealException unexplained = failure instanceof AppealException ae ? ae
                : new AppealException("the packet could not be written: " + failure.getClass().getSimpleName());
        boolean readFailure = failure instanceof StackOverflowError
                || (failure instanceof AppealException && !(failure instanceof ExhibitException)
                        && !(failure instanceof TemplateException) && failure.getCause() instanceof IOException);
        if (!readFailure) {
            return unexplained;
        }
        for (PacketWriter.Exhibit exhibit : exhibits) {
            String label = exhibit.file().label();
            String name = exhibit.file().name();
            try {
                LetterRenderer.withSubsetSeed(0, () -> writers.get()
                        .write(List.of(exhibit), text, date, fileId, OutputStream.nullOutputStream()));
            } catch (ExhibitException e) {
                return e;
            } catch (AppealException e) {
                if (e.getCause() instanceof IOException io) {
                    // The cause stays out: an I/O message can quote the file's bytes.
                    return new ExhibitException(label, name,
                            "is damaged past its header and cannot be copied (" + io.getClass().getSimpleName() + ")");
                }
            } catch (StackOverflowError e) {
                return new ExhibitException(label, name, "is damaged: its structure loops or nests too deeply to be copied");
            }
        }
        return unexplained;
    }
}
