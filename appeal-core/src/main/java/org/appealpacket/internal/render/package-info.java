/**
 * Rendering a section: FreeMarker to XHTML, font runs, XHTML to PDF; what templates see.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.render;

import org.jspecify.annotations.NullMarked;
