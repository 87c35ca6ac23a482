package io.connectdesk.common;

import java.util.Optional;

/**
 * Who is signed in on the current request, if anyone: identity knows, and answers it for modules that must
 * not know how people sign in (the engine's webapps take the portal's sign-in through it).
 */
public interface SignedInCaller {

	Optional<Caller> current();

}
