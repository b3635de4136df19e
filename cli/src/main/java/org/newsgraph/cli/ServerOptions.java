package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Where the server listens. Loopback by default: the store is the user's, not the network's. */
final class ServerOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;
}
