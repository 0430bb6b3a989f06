package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A US postal address.
 *
 * @param line1 first street line
 * @param line2 second line, or null
 * @param city city
 * @param state two-letter state code
 * @param postalCode ZIP code
 */
public record Address(String line1, @Nullable String line2, String city, String state, String postalCode) {

    @Override
    public String toString() {
        return "Address[…]";
    }

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this address's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Address} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String line1;
        private @Nullable String line2;
        private @Nullable String city;
        private @Nullable String state;
        private @Nullable String postalCode;

        private Builder() {
        }

        private Builder(Address source) {
            line1 = source.line1();
            line2 = source.line2();
            city = source.city();
            state = source.state();
            postalCode = source.postalCode();
        }

        public Builder line1(@Nullable String line1) {
            this.line1 = line1;
            return this;
        }

        public Builder line2(@Nullable String line2) {
            this.line2 = line2;
            return this;
        }

        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        public Builder state(@Nullable String state) {
            this.state = state;
            return this;
        }

        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Address build() {
            return new Address(line1, line2, city, state, postalCode);
        }
    }
}
