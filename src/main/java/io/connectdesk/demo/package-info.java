/** The demo customer and users of the local profile. Never loaded in production. */
package io.connectdesk.demo;
