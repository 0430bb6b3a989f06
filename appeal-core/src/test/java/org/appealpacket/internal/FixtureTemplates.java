package org.appealpacket.internal;

import org.appealpacket.template.TemplateSource;

/**
 * The small template set in this module's test resources, for testing the engine without the
 * standard templates: a body font and one fallback, a stylesheet, stamp words, a section template
 * for every section (each prints its page range, the rebuttals with links to their exhibits) and
 * a member summary.
 */
public final class FixtureTemplates {
    private static final TemplateSource SOURCE =
            TemplateSource.classpath(FixtureTemplates.class, "org/appealpacket/fixture");

    private FixtureTemplates() {
    }

    public static TemplateSource get() {
        return SOURCE;
    }
}
