/**
 * The shared kernel: the failure vocabulary every module speaks. Each failure carries a stable
 * error code and a kind; the web layer maps the kind to an HTTP status in one place.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package io.connectdesk.common;
