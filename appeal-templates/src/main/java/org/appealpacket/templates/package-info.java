/** The standard templates: {@link org.appealpacket.templates.StandardTemplates}. */
@NullMarked
package org.appealpacket.templates;

import org.jspecify.annotations.NullMarked;
