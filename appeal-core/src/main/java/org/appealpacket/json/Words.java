package org.appealpacket.json;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How problems name what a field expects and what the file holds instead. */
final class Words {
    private Words() {
    }

    static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date in the form yyyy-MM-dd";
        }
        if (type == Integer.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the listed words (text)";
        }
        if (type == List.class) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "missing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
