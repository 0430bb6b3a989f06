package org.appealpacket.internal.validate;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;
import org.appealpacket.internal.support.Records;
import org.jspecify.annotations.Nullable;

/**
 * Visits every string in a case with its field path ({@code rebuttals[1].response}), by walking
 * the model records. New fields are covered without being listed here.
 */
final class CaseWalker {
    private CaseWalker() {
    }

    static void strings(Object root, BiConsumer<String, String> visitor) {
        walk("", root, visitor);
    }

    private static void walk(String path, @Nullable Object value, BiConsumer<String, String> visitor) {
        switch (value) {
            case null -> { }
            case String s -> visitor.accept(path, s);
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(path + "[" + i + "]", list.get(i), visitor);
                }
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), Records.read(c, r), visitor);
                }
            }
            default -> { }
        }
    }
}
