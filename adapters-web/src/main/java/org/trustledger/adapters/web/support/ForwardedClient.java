package org.trustledger.adapters.web.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is and how it reached the proxy, as trusted proxies say: walking the forwarded addresses from the
 * nearest hop back, the first one that is no trusted proxy is the client, so an address the client wrote into the
 * header itself is never believed. Only IP literals are read, never a name, so nothing is looked up in DNS.
 */
final class ForwardedClient {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Cidr> trusted;

    ForwardedClient(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Cidr::parse).toList();
    }

    boolean trusts(String peer) {
        return literal(peer).filter(this::trusted).isPresent();
    }

    /**
     * The client address, from {@code Forwarded} when sent, else {@code X-Forwarded-For}; empty when neither names one.
     */
    Optional<String> client(String peer, List<String> forwarded, List<String> xForwardedFor) {
        List<String> hops = new ArrayList<>();
        if (!forwarded.isEmpty()) {
            for (String element : elements(forwarded)) {
                parameter(element, "for").ifPresent(hops::add);
            }
        } else {
            for (String header : xForwardedFor) {
                Arrays.stream(header.split(",")).map(String::strip).forEach(hops::add);
            }
        }
        String client = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(node(hops.get(i)));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get().getHostAddress();
            if (!trusted(hop.get())) {
                break;
            }
        }
        return Optional.ofNullable(client);
    }

    /** {@code https} or {@code http} when every proxy on the way said so; empty when they did not all agree. */
    Optional<String> scheme(List<String> forwarded, List<String> xForwardedProto) {
        List<String> protos = new ArrayList<>();
        if (!forwarded.isEmpty()) {
            for (String element : elements(forwarded)) {
                parameter(element, "proto").ifPresent(protos::add);
            }
        } else {
            for (String header : xForwardedProto) {
                Arrays.stream(header.split(",")).map(String::strip).forEach(protos::add);
            }
        }
        List<String> distinct =
                protos.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
        return distinct.size() == 1
                        && (distinct.getFirst().equals("https")
                                || distinct.getFirst().equals("http"))
                ? Optional.of(distinct.getFirst())
                : Optional.empty();
    }

    private boolean trusted(InetAddress address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private static List<String> elements(List<String> headers) {
        List<String> elements = new ArrayList<>();
        for (String header : headers) {
            Arrays.stream(header.split(",")).map(String::strip).forEach(elements::add);
        }
        return elements;
    }

    private static Optional<String> parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String value = pair.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The address of a forwarded node, without the port or the brackets of RFC 7239's {@code "[2001:db8::1]:80"}. */
    private static String node(String text) {
        String node = text.strip();
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        boolean v4 = IPV4.matcher(candidate).matches()
                && Arrays.stream(candidate.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!v4 && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            // A literal only, checked above, so this parses and never asks DNS.
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An address block: a network and how many leading bits of it count. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String text) {
            String[] parts = text.strip().split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "trustledger.trusted-proxies: " + text + " is not an IP address or CIDR block"));
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(
                        "trustledger.trusted-proxies: " + text + " has a prefix length outside 0 to " + max);
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
