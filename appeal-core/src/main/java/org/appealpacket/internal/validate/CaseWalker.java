package org.appealpacket.internal.validate;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.appealpacket.internal.support.Records;
import org.jspecify.annotations.Nullable;

/**
 * Visits every string (or date) in a case with its field path ({@code rebuttals[1].response}), by walking
 * the model records. New fields are covered without being listed here.
 */
final class CaseWalker {
    private CaseWalker() {
    }

    static void strings(Object root, BiConsumer<String, String> visitor) {
        walk("", root, String.class, visitor);
    }

    /** Visits every date in a case with its field path. */
    static void dates(Object root, BiConsumer<String, LocalDate> visitor) {
        walk("", root, LocalDate.class, visitor);
    }

    private static <T> void walk(String path, @Nullable Object value, Class<T> type, BiConsumer<String, T> visitor) {
        switch (value) {
            case null -> { }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(path + "[" + i + "]", list.get(i), type, visitor);
                }
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), Records.read(c, r), type, visitor);
                }
            }
            default -> {
                if (type.isInstance(value)) {
                    visitor.accept(path, type.cast(value));
                }
            }
        }
    }
}
