package org.appealpacket.templates;

import org.appealpacket.template.TemplateSource;

/**
 * The standard content pack: section templates for every section of an appeal packet, the print
 * stylesheet, the stamped page words, and the embedded fonts (DejaVu Serif and Sans, Droid Sans
 * Fallback), which together cover Latin with Vietnamese, Greek, Cyrillic, Armenian and CJK.
 *
 * <p>Put your own {@link TemplateSource} before this one to override single files:
 * {@code AppealPackets.builder().templates(mine, StandardTemplates.get())}.
 */
public final class StandardTemplates {
    private static final TemplateSource SOURCE =
            TemplateSource.classpath(StandardTemplates.class, "org/appealpacket/templates/standard");

    private StandardTemplates() {
    }

    /** The standard template set. Thread-safe; the same instance every time. */
    public static TemplateSource get() {
        return SOURCE;
    }
}
