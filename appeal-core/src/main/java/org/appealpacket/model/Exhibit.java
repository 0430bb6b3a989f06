package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence.
 *
 * @param label the exhibit's letter ("A", "B", … or "A1"): unique within the case
 * @param title what it is, as the index shows it
 * @param kind what kind of document it is
 * @param file the file (PDF, JPEG, PNG or TIFF), relative to the case folder; it may not leave that folder
 */
public record Exhibit(String label, String title, ExhibitKind kind, String file) {

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this exhibit's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Exhibit} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String label;
        private @Nullable String title;
        private @Nullable ExhibitKind kind;
        private @Nullable String file;

        private Builder() {
        }

        private Builder(Exhibit source) {
            label = source.label();
            title = source.title();
            kind = source.kind();
            file = source.file();
        }

        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder kind(@Nullable ExhibitKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder file(@Nullable String file) {
            this.file = file;
            return this;
        }

        public Exhibit build() {
            return new Exhibit(label, title, kind, file);
        }
    }
}
