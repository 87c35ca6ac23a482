package io.connectdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The mail server the filing bench's notices go to: a GreenMail SMTP server in a JVM of its own, so that
 * the bench's process CPU counts the desk's sending of notices and not the parsing and storing of what
 * it sent, which a real desk leaves to its mail relay. The bench drives it over the child's standard
 * input: "purge" empties its mailboxes and answers how many mails they held.
 */
final class BenchMailServer implements AutoCloseable {

	private final Process process;

	private final BufferedReader answers;

	private final PrintStream commands;

	private final int port;

	private BenchMailServer(Process process) throws IOException {
		this.process = process;
		this.answers = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
		this.port = Integer.parseInt(answer("ready "));
	}

	/** Starts the server in a child JVM on the bench's class path and waits until it listens. */
	static BenchMailServer start() throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), BenchMailServer.class.getName());
		return new BenchMailServer(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
	}

	int port() {
		return this.port;
	}

	/** Empties the mailboxes. @return the number of mails they held */
	long purge() {
		this.commands.println("purge");
		return Long.parseLong(answer("purged "));
	}

	/** The next answer; other lines on the child's standard error (a warning it logged) are passed on. */
	private String answer(String prefix) {
		try {
			for (String line = this.answers.readLine(); line != null; line = this.answers.readLine()) {
				if (line.startsWith(prefix)) {
					return line.substring(prefix.length());
				}
				System.err.println("bench mail server: " + line);
			}
			throw new IllegalStateException("The bench's mail server ended without answering " + prefix.strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.commands.close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * The child: serves SMTP until its standard input ends. It answers on its standard error, as its
	 * log (GreenMail logs every user it creates) goes to its standard output, which the bench discards.
	 */
	public static void main(String[] args) throws IOException, FolderException {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			System.err.println("ready " + mail.getSmtp().getPort());
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if ("purge".equals(line.strip())) {
					int held = mail.getReceivedMessages().length;
					mail.purgeEmailFromAllMailboxes();
					System.err.println("purged " + held);
				}
			}
		}
		finally {
			mail.stop();
		}
	}

}
