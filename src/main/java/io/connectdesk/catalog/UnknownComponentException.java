package io.connectdesk.catalog;

import io.connectdesk.common.NotFoundException;

/** No component of the catalog has that key. */
public class UnknownComponentException extends NotFoundException {

	public static final String CODE = "component-not-found";

	public UnknownComponentException(String key) {
		super(CODE, "There is no component " + key + " in the catalog");
	}

}
