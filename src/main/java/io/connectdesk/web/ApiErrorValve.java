package io.connectdesk.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what never reaches the application (a URL it cannot decode, a request
 * it cannot map): problem+json with a code for the API's addresses, Tomcat's terse page elsewhere.
 * Public with a no-argument constructor: Tomcat instantiates its error report valve by class name.
 */
public class ApiErrorValve extends ErrorReportValve {

	public ApiErrorValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getCoyoteRequest().requestURI().toString();
		int status = response.getStatus();
		// no URI: Tomcat refused the request line itself (e.g. '[' in a query), so nobody knows whether it was the API's
		boolean api = uri == null || uri.isEmpty() || ProblemJson.isApi(uri);
		if (!api || status < 400 || response.getContentWritten() > 0) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemJson.body(status, ProblemJson.codeOf(status), ApiErrorDispatch.detailOf(status), uri));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response can take no body: nothing more to say
		}
	}

}
