/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.support;

import org.jspecify.annotations.NullMarked;
