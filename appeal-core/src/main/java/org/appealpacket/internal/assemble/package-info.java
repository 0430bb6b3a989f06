/**
 * Writing the packet: volumes, stamps, labels, separators and covers, exhibit pages, links, outline and fixed document information.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.assemble;

import org.jspecify.annotations.NullMarked;
