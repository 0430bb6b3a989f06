package org.appealpacket.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.appealpacket.model.Jurisdiction;
import org.jspecify.annotations.Nullable;

/** The known name nearest to a misspelt one, for "did you mean …?" in a problem's message. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known name nearest to {@code value}, compared without regard to case, if it is close
     * enough to be a slip (a third of the value's length, at most 3 edits) and no other name is as
     * close; else null.
     *
     * @param normalize whether to compare as an enumeration constant (spaces and hyphens as {@code _})
     */
    static @Nullable String suggest(String value, List<String> names, boolean normalize) {
        String v = normalize ? value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')
                : value.toLowerCase(Locale.ROOT);
        int threshold = Math.max(1, Math.min(3, v.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : names) {
            int d = distance(v, normalize ? name : name.toLowerCase(Locale.ROOT), threshold);
            if (d < 0) {
                continue;
            }
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** A state or DC for a jurisdiction written in another way ({@code ca}, {@code Califronia}), or null. */
    static @Nullable String jurisdiction(String value) {
        String v = value.strip();
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.name().equalsIgnoreCase(v)) {
                return j.name();
            }
        }
        List<String> names = Arrays.stream(Jurisdiction.values()).map(Jurisdiction::displayName).toList();
        String name = suggest(v, names, false);
        if (name == null) {
            return null;
        }
        return Arrays.stream(Jurisdiction.values()).filter(j -> j.displayName().equals(name))
                .map(j -> j.name() + " (" + j.displayName() + ")").collect(Collectors.joining());
    }

    /**
     * The Levenshtein distance between {@code a} and {@code b}, or -1 if it is more than
     * {@code limit}; stops early so that a long value costs little.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return -1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return -1;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()] <= limit ? previous[b.length()] : -1;
    }
}
