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
}
