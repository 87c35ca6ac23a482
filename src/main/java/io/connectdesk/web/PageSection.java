package io.connectdesk.web;

/**
 * A part of one module's page that another module renders from its own templates: the page inserts
 * {@code template :: fragment} with {@code section} set to {@code data}, and knows nothing else of it.
 *
 * @param template the contributing module's template, e.g. {@code provisioning/items}
 * @param fragment the fragment in it; it reads what it shows from the variable {@code section}
 */
public record PageSection(String template, String fragment, Object data) {
}
