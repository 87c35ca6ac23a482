package io.connectdesk.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.ConflictException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API's failures are problem+json with a stable code, also the ones nobody foresaw. */
class ApiErrorsTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiErrors()).build();

	@Test
	void aRefusalKeepsItsCodeAndStatus() throws Exception {
		this.mvc.perform(get("/conflict"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("some-conflict"));
	}

	@Test
	void anUnexpectedFailureIsAnInternalErrorProblemWithoutItsTrace() throws Exception {
		this.mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("internal-error"))
			.andExpect(content().string(not(containsString("secret detail"))));
	}

	@RestController
	static class Failing {

		@GetMapping("/conflict")
		String conflict() {
			throw new ConflictException("some-conflict", "No");
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("secret detail");
		}

	}

}
