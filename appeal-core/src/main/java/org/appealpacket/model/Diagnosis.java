package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A diagnosis in words, with its code.
 *
 * @param code the ICD-10-CM code ("F50.01"), or null
 * @param description the diagnosis in words ("anorexia nervosa, restricting type")
 */
public record Diagnosis(@Nullable String code, String description) {

    @Override
    public String toString() {
        return "Diagnosis[…]";
    }
}
