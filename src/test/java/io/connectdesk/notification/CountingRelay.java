package io.connectdesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of a real server that counts the connections clients open through
 * it: the bytes pass unchanged, so the server still speaks SMTP itself; the count tells how many SMTP
 * sessions a sender opened.
 */
final class CountingRelay implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final AtomicInteger connections = new AtomicInteger();

	CountingRelay(int targetPort) {
		this.targetPort = targetPort;
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "counting-relay");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.listener.getLocalPort();
	}

	/** Connections opened since the last reset. */
	int connections() {
		return this.connections.get();
	}

	void reset() {
		this.connections.set(0);
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				this.connections.incrementAndGet();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				// Closed, or the server is down: the client sees its connection fail.
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// The other side closed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "counting-relay-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
