/**
 * What several stages share: SHA-256 and file IDs, the JSON writer, record access.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.support;

import org.jspecify.annotations.NullMarked;
