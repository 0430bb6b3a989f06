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
}
