/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.render;

import org.jspecify.annotations.NullMarked;
