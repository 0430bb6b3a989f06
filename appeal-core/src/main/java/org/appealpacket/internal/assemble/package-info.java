/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.assemble;

import org.jspecify.annotations.NullMarked;
