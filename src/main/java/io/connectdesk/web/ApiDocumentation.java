package io.connectdesk.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Connect Desk API", version = "v1",
		description = "Requirement tickets of the managed integration-infrastructure service. Sign in with a session "
				+ "(echo the CD-XSRF-TOKEN cookie in an X-CD-XSRF-TOKEN header on changes) or HTTP Basic; with single "
				+ "sign-on (the oidc profile) also with a bearer JWT from the identity provider. A customer user's script "
				+ "sends a personal access token (Authorization: Bearer cdp_..., made on the API tokens page or with "
				+ "POST /api/v1/tokens), limited to its scopes; it never approves nor reaches the engine. Errors are "
				+ "RFC 9457 problem+json with a stable code."))
class ApiDocumentation {
}
