/**
 * Where templates come from: the {@link org.appealpacket.template.TemplateSource} plug-in point.
 */
@NullMarked
package org.appealpacket.template;

import org.jspecify.annotations.NullMarked;
