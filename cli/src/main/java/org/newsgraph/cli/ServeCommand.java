package org.newsgraph.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.RecordStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web UI and the HTTP API over the store until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        try {
            return serve(RecordStore.open(store.dir), server, null);
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Starts the server on an open store and blocks until the JVM is asked to stop. */
    static int serve(RecordStore records, ServerOptions options, String firstPath) {
        Javalin app = NewsgraphServer.create(records);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            records.close();
            stopped.countDown();
        }));
        try {
            app.start(options.host, options.port);
        } catch (RuntimeException e) {
            System.err.println("error: cannot listen on " + options.host + ":" + options.port + ": " + e.getMessage());
            records.close();
            return ExitCodes.FAILED;
        }
        String base = "http://" + options.host + ":" + app.port();
        System.err.println("Newsgraph is serving " + records.count() + " article(s) at " + base + "/ (Ctrl-C stops it)");
        if (firstPath != null) {
            System.err.println("A sample article: " + base + firstPath);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
