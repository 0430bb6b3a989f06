/**
 * Every problem with a case, by field path, without its values.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.validate;

import org.jspecify.annotations.NullMarked;
