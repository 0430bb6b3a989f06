/**
 * Reading the member's exhibit files: inspection, PDF opening, TIFF page chains, the case folder and the spool for streams.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.exhibit;

import org.jspecify.annotations.NullMarked;
