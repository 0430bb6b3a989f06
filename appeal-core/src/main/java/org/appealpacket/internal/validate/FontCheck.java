package org.appealpacket.internal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.appealpacket.Problem;
import org.appealpacket.model.AppealCase;

/**
 * Finds case text that the template set's fonts cannot draw, before anything is rendered: every
 * character of case text must reach the PDF, so a character no font has is a problem with the
 * case, named by its field path.
 */
public final class FontCheck {
    private FontCheck() {
    }

    /**
     * @param firstUndrawable the index of the first character of a string that no font can draw,
     *     or -1 when every one can
     * @return a problem for each field holding such a character, in case-file order
     */
    public static List<Problem> undrawable(AppealCase appealCase, ToIntFunction<String> firstUndrawable) {
        List<Problem> problems = new ArrayList<>();
        CaseWalker.strings(appealCase, (path, value) -> {
            int at = firstUndrawable.applyAsInt(value);
            if (at >= 0) {
                problems.add(new Problem(path, Problem.Code.NOT_DRAWABLE, String.format(Locale.ROOT,
                        "contains a character (U+%04X) that none of the template set's fonts can draw",
                        value.codePointAt(at))));
            }
        });
        return problems;
    }

    /**
     * A locale whose dates and amounts (as the letters write them) hold a character no font can
     * draw, such as Devanagari month names for {@code hi-IN}: a problem with the case's
     * {@code locale}, found before anything is rendered.
     *
     * @param samples the locale's long dates of every month and an amount, as the templates get them
     */
    public static List<Problem> locale(List<String> samples, ToIntFunction<String> firstUndrawable) {
        for (String sample : samples) {
            int at = firstUndrawable.applyAsInt(sample);
            if (at >= 0) {
                return List.of(new Problem("locale", String.format(Locale.ROOT,
                        "writes dates or amounts with characters (U+%04X) that none of the template set's fonts can"
                        + " draw; use a locale whose dates they can print, such as en-US or es-US",
                        sample.codePointAt(at))));
            }
        }
        return List.of();
    }
}
