package io.connectdesk.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's JSON is Jackson's alone. Spring MVC puts a Kotlin serialization converter before Jackson's whenever that
 * library is on the class path; none of our types is Kotlin-serializable, so for every body read or written it only
 * looked, by reflection, for a serializer it never found (a caught {@code NoSuchFieldException} each time). The
 * application's jar does not carry the library; the test class path does (the OIDC tests' mock-oauth2-server), and
 * the tests and benches run the application on it: there it cost three reflective failures per filed ticket
 * (docs/filing-performance.md, section 17). Taken out by class name: where the library is missing, its converter
 * classes must not be loaded.
 */
@Configuration(proxyBeanMethods = false)
class JsonConverters implements WebMvcConfigurer {

	static final String KOTLIN_SERIALIZATION = "org.springframework.http.converter.AbstractKotlinSerializationHttpMessageConverter";

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(JsonConverters::kotlinSerialization);
	}

	static boolean kotlinSerialization(HttpMessageConverter<?> converter) {
		for (Class<?> type = converter.getClass(); type != null; type = type.getSuperclass()) {
			if (KOTLIN_SERIALIZATION.equals(type.getName())) {
				return true;
			}
		}
		return false;
	}

}
