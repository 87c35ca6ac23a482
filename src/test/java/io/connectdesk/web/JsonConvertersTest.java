package io.connectdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.converter.json.KotlinSerializationJsonHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The test class path carries Kotlin serialization (mock-oauth2-server), so Spring MVC would add its converter here:
 * the application must not have it, as in its jar.
 */
@SpringBootTest
@ActiveProfiles("test")
class JsonConvertersTest {

	@Autowired
	RequestMappingHandlerAdapter handlerAdapter;

	@Test
	void theApiReadsAndWritesJsonWithJacksonOnly() {
		assertThat(this.handlerAdapter.getMessageConverters()).noneMatch(JsonConverters::kotlinSerialization)
			.anyMatch(MappingJackson2HttpMessageConverter.class::isInstance);
	}

	@Test
	void theKotlinConverterIsKnownByItsClass() {
		assertThat(JsonConverters.kotlinSerialization(new KotlinSerializationJsonHttpMessageConverter())).isTrue();
		assertThat(JsonConverters.kotlinSerialization(new MappingJackson2HttpMessageConverter())).isFalse();
	}

}
