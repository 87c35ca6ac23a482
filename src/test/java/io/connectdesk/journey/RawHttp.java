package io.connectdesk.journey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends what no well-behaved client would
 * (a bad percent-encoding, raw bytes in the path, a body that does not match its type), from a chosen
 * loopback address (127.0.0.2 is as local as 127.0.0.1), and reads the answer as it comes.
 */
public final class RawHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private RawHttp() {
	}

	/** An answer: status, headers (names in lower case) and body. */
	public record Answer(String request, int status, Map<String, String> headers, String body) {

		public Optional<String> header(String name) {
			return Optional.ofNullable(this.headers.get(name.toLowerCase(Locale.ROOT)));
		}

		/** The body as JSON; a body that is not JSON fails the test. */
		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + this, ex);
			}
		}

		public String contentType() {
			return header("content-type").orElse("");
		}

		@Override
		public String toString() {
			String shown = this.body.length() > 300 ? this.body.substring(0, 300) + "..." : this.body;
			return this.request + " -> " + this.status + " " + contentType() + " " + shown;
		}

	}

	public static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body) {
		return send("127.0.0.1", port, method, target, headers, body);
	}

	/** Sends from that local (loopback) address; a null body sends no Content-Length. */
	public static Answer send(String fromAddress, int port, String method, String target, Map<String, String> headers,
			byte[] body) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(fromAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			try {
				out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
				if (body != null) {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException early) {
				// the server may answer and close before it read the whole request (Tomcat refuses a bad
				// request line at once): what it answered is the answer, as for any HTTP client
				try {
					return read(method + " " + target, socket.getInputStream());
				}
				catch (IOException none) {
					early.addSuppressed(none);
					throw early;
				}
			}
			return read(method + " " + target, socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target + " failed", ex);
		}
	}

	private static Answer read(String request, InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No complete answer to " + request + ": " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
					(first, second) -> first + ", " + second);
		}
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunked(body);
		}
		return new Answer(request, status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunked(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOfCrlf(chunked, at);
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int size = Integer.parseInt(sizeLine, 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

}
