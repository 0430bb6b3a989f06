/**
 * Finding templates and resources in the chain of template sources; the stamp words.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.select;

import org.jspecify.annotations.NullMarked;
