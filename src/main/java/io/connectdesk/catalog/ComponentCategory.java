package io.connectdesk.catalog;

/** The three families of components of the service. */
public enum ComponentCategory {

	DEVELOPMENT, INFRASTRUCTURE, MONITORING

}
