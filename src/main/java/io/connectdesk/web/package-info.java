/**
 * What every page and endpoint shares: RFC 9457 problem+json for API errors, the language of the
 * pages, the home redirect; and the count of log events written, per level ({@code logback.events}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package io.connectdesk.web;
