/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.engine;

import org.jspecify.annotations.NullMarked;
