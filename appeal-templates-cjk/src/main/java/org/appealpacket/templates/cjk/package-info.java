/** The CJK font pack of the standard templates. */
@NullMarked
package org.appealpacket.templates.cjk;

import org.jspecify.annotations.NullMarked;
