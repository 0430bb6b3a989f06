package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * Someone who appeals on the member's behalf.
 *
 * @param fullName name
 * @param relationship relationship to the member ("spouse", "patient advocate"), or null
 * @param phone phone, or null
 * @param email email, or null
 * @param address mailing address, or null (added after the first case-file format, as is the next)
 * @param authorization where the member's written authorization of the representative is, or null
 *     when the case does not say
 */
public record Representative(
        String fullName,
        @Nullable String relationship,
        @Nullable String phone,
        @Nullable String email,
        @Nullable Address address,
        @Nullable RepresentativeAuthorization authorization) {

    /**
     * A representative without address or authorization (the components of the first case-file
     * format).
     *
     * @param fullName name
     * @param relationship relationship to the member ("spouse", "patient advocate"), or null
     * @param phone phone, or null
     * @param email email, or null
     */
    public Representative(String fullName, @Nullable String relationship, @Nullable String phone,
            @Nullable String email) {
        this(fullName, relationship, phone, email, null, null);
    }

    @Override
    public String toString() {
        return "Representative[…]";
    }

    /**
     * A builder with every field empty: lists empty, everything else null.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this representative's values, to change some of them.
     *
     * @return a new builder with this representative's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Representative} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String fullName;
        private @Nullable String relationship;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable Address address;
        private @Nullable RepresentativeAuthorization authorization;

        private Builder() {
        }

        private Builder(Representative source) {
            fullName = source.fullName();
            relationship = source.relationship();
            phone = source.phone();
            email = source.email();
            address = source.address();
            authorization = source.authorization();
        }

        /**
         * Sets {@code fullName}.
         *
         * @param fullName name
         * @return this builder
         */
        public Builder fullName(@Nullable String fullName) {
            this.fullName = fullName;
            return this;
        }

        /**
         * Sets {@code relationship}.
         *
         * @param relationship relationship to the member ("spouse", "patient advocate"), or null
         * @return this builder
         */
        public Builder relationship(@Nullable String relationship) {
            this.relationship = relationship;
            return this;
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone phone, or null
         * @return this builder
         */
        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email email, or null
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param address mailing address, or null (added after the first case-file format, as is the next)
         * @return this builder
         */
        public Builder address(@Nullable Address address) {
            this.address = address;
            return this;
        }

        /**
         * Sets {@code authorization}.
         *
         * @param authorization where the member's written authorization of the representative is, or null
         *     when the case does not say
         * @return this builder
         */
        public Builder authorization(@Nullable RepresentativeAuthorization authorization) {
            this.authorization = authorization;
            return this;
        }

        /**
         * Builds the Representative; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code Representative} with the fields set so far
         */
        public Representative build() {
            return new Representative(fullName, relationship, phone, email, address, authorization);
        }
    }
}
