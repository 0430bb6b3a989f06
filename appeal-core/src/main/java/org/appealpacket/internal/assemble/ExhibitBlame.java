package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.function.Supplier;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Placed;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.LetterRenderer.Rendered;
import org.appealpacket.internal.support.Failures;

/**
 * Names the exhibit behind a failure that the packet writer reports without one. Inspection reads
 * headers only, so an exhibit whose data is damaged past them (a TIFF strip cut short, found by
 * fuzzing the exhibit reader) passes inspection and fails only while its pages are copied, as an
 * I/O error that could as well be the output's. On such a failure each exhibit is written again
 * alone, to nowhere: the one that fails alone is named in an {@link ExhibitException} (exit 3).
 * A successful packet costs nothing. (A PDF whose structure recurses without end is refused by
 * the inspection itself.)
 */
final class ExhibitBlame {
    private ExhibitBlame() {
    }

    /**
     * @param failure what the packet writer threw: an {@link AppealException} or a {@link StackOverflowError}
     * @param exhibits the packet's exhibits, in order
     * @param writer writes each exhibit again alone
     * @return an {@link ExhibitException} naming the exhibit that fails alone, else {@code failure}
     *     (a stack overflow as an {@link AppealException})
     */
    static AppealException blame(Throwable failure, List<Placed<ExhibitFile>> exhibits, PacketWriter writer,
            StampText text, Calendar date, Supplier<byte[]> fileId) {
        AppealException unexplained = failure instanceof AppealException ae ? ae
                : new AppealException("the packet could not be written: " + Failures.writing(failure));
        boolean readFailure = failure instanceof StackOverflowError
                || (failure instanceof AppealException && !(failure instanceof ExhibitException)
                        && !(failure instanceof TemplateException) && failure.getCause() instanceof IOException);
        if (!readFailure) {
            return unexplained;
        }
        for (Placed<ExhibitFile> exhibit : exhibits) {
            ExhibitFile file = exhibit.part();
            String label = file.label();
            String name = file.name();
            PageLayout<Rendered> alone = PageLayout.of(List.of(), Rendered::pages, List.of(file), false);
            try {
                LetterRenderer.withSubsetSeed(0, () -> {
                    writer.writeDocument(alone, text, date, fileId.get(), OutputStream.nullOutputStream());
                    return null;
                });
            } catch (ExhibitException e) {
                return e;
            } catch (AppealException e) {
                if (e.getCause() instanceof IOException io) {
                    // The cause stays out: an I/O message can quote the file's bytes.
                    return new ExhibitException(ExhibitException.Kind.DAMAGED, label, name,
                            "is damaged past its header and cannot be copied (" + Failures.describe(io) + ")");
                }
            } catch (StackOverflowError e) {
                return new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged: its structure loops or nests too deeply to be copied");
            }
        }
        return unexplained;
    }
}
