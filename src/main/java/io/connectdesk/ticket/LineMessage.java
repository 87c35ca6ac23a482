package io.connectdesk.ticket;

/**
 * A sentence a timeline line's detail says, with its {@link LineArgument}s: each module that writes details
 * owns its sentences as an enum implementing this interface, beside its {@link LineKind}s, and names its
 * message {@code timeline.detail.<name>} in its bundle (both languages; {@code TimelineKindsTest} checks).
 * Names are unique across modules; never rename one, rows of past years carry it.
 */
public interface LineMessage {

	String name();

	/** The message key of the sentence. */
	default String key() {
		return "timeline.detail." + name();
	}

}
