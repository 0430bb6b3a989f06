/** Implementation, not API (see {@link org.appealpacket.internal}). */
@NullMarked
package org.appealpacket.internal.plan;

import org.jspecify.annotations.NullMarked;
