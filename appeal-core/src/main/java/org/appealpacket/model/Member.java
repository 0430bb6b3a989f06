package org.appealpacket.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The insured person.
 *
 * @param fullName the name as the plan has it
 * @param memberId the plan's member identifier (Kaiser: the medical record number on the card)
 * @param dateOfBirth date of birth
 * @param address mailing address, or null
 * @param phone phone number, or null
 * @param email email address, or null
 */
public record Member(
        String fullName,
        String memberId,
        LocalDate dateOfBirth,
        @Nullable Address address,
        @Nullable String phone,
        @Nullable String email) {

    @Override
    public String toString() {
        return "Member[…]";
    }

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this member's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Member} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String fullName;
        private @Nullable String memberId;
        private @Nullable LocalDate dateOfBirth;
        private @Nullable Address address;
        private @Nullable String phone;
        private @Nullable String email;

        private Builder() {
        }

        private Builder(Member source) {
            fullName = source.fullName();
            memberId = source.memberId();
            dateOfBirth = source.dateOfBirth();
            address = source.address();
            phone = source.phone();
            email = source.email();
        }

        public Builder fullName(@Nullable String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder memberId(@Nullable String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder dateOfBirth(@Nullable LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public Builder address(@Nullable Address address) {
            this.address = address;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Member build() {
            return new Member(fullName, memberId, dateOfBirth, address, phone, email);
        }
    }
}
