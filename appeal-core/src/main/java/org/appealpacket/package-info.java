/**
 * Appeal Packet: turns an {@link org.appealpacket.model.AppealCase} into one merged, paginated PDF
 * appeal packet. Start with {@link org.appealpacket.AppealPackets#builder()}.
 */
@NullMarked
package org.appealpacket;

import org.jspecify.annotations.NullMarked;
