package org.appealpacket;

/**
 * A template is missing, invalid, or failed while rendering. Names the template and the template
 * sources searched; a template author's error, not the case's.
 */
public final class TemplateException extends AppealException {
    private static final long serialVersionUID = 1L;

    /** The template's name. */
    private final String template;

    /**
     * A template error.
     *
     * @param template the template's name
     * @param message what is wrong with it
     */
    public TemplateException(String template, String message) {
        super(message);
        this.template = template;
    }

    /**
     * A template error and its cause.
     *
     * @param template the template's name
     * @param message what is wrong with it
     * @param cause the exception that caused it
     */
    public TemplateException(String template, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
    }

    /** {@return the template name, for example {@code sections/cover-letter/default.ftlx}} */
    public String template() {
        return template;
    }
}
