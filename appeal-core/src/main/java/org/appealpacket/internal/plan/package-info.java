/**
 * Planning a validated case (sections, templates, exhibits, warnings) and the packet's one page layout.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.plan;

import org.jspecify.annotations.NullMarked;
