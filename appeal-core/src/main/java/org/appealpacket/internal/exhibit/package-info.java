/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.exhibit;

import org.jspecify.annotations.NullMarked;
