/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.select;

import org.jspecify.annotations.NullMarked;
