package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * Where the packet goes, copied from the denial letter.
 *
 * @param channel how it is sent
 * @param recipient the office that receives it ("Member Services Appeals Unit"), or null
 * @param fax fax number, or null
 * @param address postal address, or null
 */
public record Submission(
        SubmissionChannel channel,
        @Nullable String recipient,
        @Nullable String fax,
        @Nullable Address address) {

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this submission's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Submission} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable SubmissionChannel channel;
        private @Nullable String recipient;
        private @Nullable String fax;
        private @Nullable Address address;

        private Builder() {
        }

        private Builder(Submission source) {
            channel = source.channel();
            recipient = source.recipient();
            fax = source.fax();
            address = source.address();
        }

        public Builder channel(@Nullable SubmissionChannel channel) {
            this.channel = channel;
            return this;
        }

        public Builder recipient(@Nullable String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder fax(@Nullable String fax) {
            this.fax = fax;
            return this;
        }

        public Builder address(@Nullable Address address) {
            this.address = address;
            return this;
        }

        public Submission build() {
            return new Submission(channel, recipient, fax, address);
        }
    }
}
