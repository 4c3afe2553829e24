/*
 * Starts an Elasticsearch cluster of N nodes in this one JVM (codelibs' ElasticsearchClusterRunner,
 * the server jars resolved by es/pom.xml), every socket bound to 127.0.0.1, and a control port so
 * that tests can stop and restart a single node (a real node going away, not a simulation).
 *
 * Run by `signpost es up` as a single-file source program (java -cp <classpath> SignpostCluster.java),
 * so nothing needs compiling beforehand:
 *
 *   --base DIR          data, logs and config of node i under DIR/node_i
 *   --cluster NAME      cluster.name (unique per start, so two clusters on one machine never merge)
 *   --nodes N           number of nodes (3)
 *   --http-port P       node i answers HTTP on P + i - 1
 *   --transport-port T  node i talks to the others on T + i - 1
 *   --control-port C    GET /nodes, POST /nodes/{i}/stop, POST /nodes/{i}/start, POST /shutdown
 *
 * Settings are given to each node before it starts (the runner's own defaults only fill in what
 * is missing), so a busy port is an error rather than a silent move to the next port.
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;
import org.elasticsearch.node.Node;

public class SignpostCluster {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        String base = required(opts, "--base");
        String cluster = required(opts, "--cluster");
        int nodes = Integer.parseInt(opts.getOrDefault("--nodes", "3"));
        int httpPort = Integer.parseInt(required(opts, "--http-port"));
        int transportPort = Integer.parseInt(required(opts, "--transport-port"));
        int controlPort = Integer.parseInt(required(opts, "--control-port"));

        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            seeds.add("127.0.0.1:" + (transportPort + i));
        }

        ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort + index - 1));
            settings.put("transport.port", String.valueOf(transportPort + index - 1));
            settings.put("node.name", "node-" + index);
            settings.putList("discovery.seed_hosts", seeds);
            // node 1 bootstraps the cluster alone, the others join it; afterwards the voting
            // configuration holds every node, so any one of three may stop
            settings.putList("cluster.initial_master_nodes", "node-1");
            // a restarted node must not wait 30 s for a master before the next one starts
            settings.put("discovery.initial_state_timeout", "0s");
            // a full shared disk must not turn indices read-only under the tests
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(runner);
            stopped.countDown();
        }));

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 0);
        control.createContext("/", exchange -> handle(exchange, runner, nodes, stopped));
        control.start();

        runner.setMaxHttpPort(-1); // take the ports given above, never probe for others
        try {
            runner.build(new ElasticsearchClusterRunner.Configs()
                    .basePath(base)
                    .numOfNode(nodes)
                    .clusterName(cluster)
                    .baseHttpPort(httpPort - 1));
        } catch (RuntimeException e) {
            e.printStackTrace();
            closeQuietly(runner);
            System.exit(1);
        }
        System.out.println("signpost-cluster: " + nodes + " nodes started, control port " + controlPort);
        stopped.await();
        control.stop(0);
        System.exit(0);
    }

    private static void handle(HttpExchange exchange, ElasticsearchClusterRunner runner, int nodes,
                               CountDownLatch stopped) throws IOException {
        String method = exchange.getRequestMethod();
        String[] parts = exchange.getRequestURI().getPath().split("/");
        int status = 200;
        String body;
        try {
            if (method.equals("GET") && parts.length == 2 && parts[1].equals("nodes")) {
                StringBuilder out = new StringBuilder("[");
                for (int i = 1; i <= nodes; i++) {
                    out.append(i > 1 ? "," : "").append(state(runner, i));
                }
                body = out.append("]").toString();
            } else if (method.equals("POST") && parts.length == 4 && parts[1].equals("nodes")) {
                int i = Integer.parseInt(parts[2]);
                Node node = runner.getNode(i - 1);
                if (node == null) {
                    status = 404;
                    body = "{\"error\":\"no node " + i + "\"}";
                } else if (parts[3].equals("stop")) {
                    node.close();
                    body = state(runner, i);
                } else if (parts[3].equals("start")) {
                    runner.startNode(i - 1);
                    body = state(runner, i);
                } else {
                    status = 404;
                    body = "{\"error\":\"unknown action\"}";
                }
            } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("shutdown")) {
                body = "{\"stopping\":true}";
                new Thread(() -> {
                    closeQuietly(runner);
                    stopped.countDown();
                }).start();
            } else {
                status = 404;
                body = "{\"error\":\"unknown request\"}";
            }
        } catch (Exception e) {
            status = 500;
            body = "{\"error\":\"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String state(ElasticsearchClusterRunner runner, int i) {
        Node node = runner.getNode(i - 1);
        boolean running = node != null && !node.isClosed();
        return "{\"node\":" + i + ",\"running\":" + running + "}";
    }

    private static void closeQuietly(ElasticsearchClusterRunner runner) {
        try {
            if (!runner.isClosed()) {
                runner.close();
            }
        } catch (IOException e) {
            System.err.println("signpost-cluster: closing: " + e.getMessage());
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
