package org.appealpacket.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How the model records copy their lists. */
final class Lists {
    private Lists() {
    }

    /**
     * An unmodifiable copy; null becomes the empty list. Unlike {@code List.copyOf} it keeps null
     * elements, so that validation can name their index.
     */
    static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
