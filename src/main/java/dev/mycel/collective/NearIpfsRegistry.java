package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry for the threat model's open networks: an index on NEAR (a registry contract mapping
 * pattern address → IPFS CID) and the pattern bytes on IPFS through a Kubo node. The contract's
 * interface, which a deployment must provide:
 * <pre>
 * view   get_pattern   {"address"}              → null | {"cid", "author"}  (author: the NEAR account that published)
 * view   list_patterns {"from_index", "limit"}  → [{"address", "cid"}]      (in publication order)
 * change publish_pattern {"address", "cid"}     (signed by the publishing account's key, no deposit)
 * </pre>
 * Neither network is trusted: a fetched pattern must be the raw block its CID names and must open
 * against the address that was asked for. The cursor is the index into the contract's list.
 * Publishing is serialised here because each transaction takes the access key's next nonce.
 */
public final class NearIpfsRegistry implements Registry {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_PAGE = 200;

    /**
     * Where the two networks are and who publishes: {@code accountId} must hold this instance's key
     * as an access key (full access or a function-call key for {@code contractId}).
     */
    public record Config(String nearRpcUrl, String kuboUrl, String contractId, String accountId, Duration timeout, long gas) {
        /** 30 Tgas: ample for storing two short strings. */
        public static final long DEFAULT_GAS = 30_000_000_000_000L;
    }

    private final Config config;
    private final InstanceKey key;
    private final NearRpc near;
    private final KuboClient ipfs;

    public NearIpfsRegistry(Config config, InstanceKey key) {
        this.config = config;
        this.key = key;
        this.near = new NearRpc(config.nearRpcUrl(), config.timeout());
        this.ipfs = new KuboClient(config.kuboUrl(), config.timeout());
    }

    @Override
    public synchronized Published publish(SignedPattern pattern) throws IOException {
        if (Envelope.open(pattern.address(), pattern) instanceof Envelope.Opened.Refused r) {
            return new Published.Refused(r.reason());
        }
        byte[] travelling = pattern.toBytes();
        String cid = Cid.of(travelling);
        String added = ipfs.add(travelling);
        if (!added.equals(cid)) {
            throw new IOException("IPFS stored the pattern as " + Envelope.shorten(added) + ", but its bytes are " + Envelope.shorten(cid));
        }
        JsonNode known = near.view(config.contractId(), "get_pattern", JSON.createObjectNode().put("address", pattern.address()));
        if (cid.equals(known.path("cid").asText(null))) {
            return new Published.Stored(pattern.address()); // already indexed: no transaction, no gas
        }
        NearRpc.AccessKey ak = near.accessKey(config.accountId(), key.publicKey());
        ObjectNode args = JSON.createObjectNode().put("address", pattern.address()).put("cid", cid);
        NearTransaction tx = new NearTransaction(config.accountId(), key.publicKey(), ak.nonce() + 1, config.contractId(),
                ak.blockHash(), "publish_pattern", JSON.writeValueAsBytes(args), config.gas(), BigInteger.ZERO);
        near.broadcastCommit(tx.signedBy(key));
        return new Published.Stored(pattern.address());
    }

    @Override
    public Fetched fetch(String address) throws IOException {
        if (!Registry.isAddress(address)) {
            return new Fetched.Refused(Envelope.shorten(address), "not an address: lower-case hex SHA-256 expected");
        }
        JsonNode entry = near.view(config.contractId(), "get_pattern", JSON.createObjectNode().put("address", address));
        if (entry.isNull()) {
            return new Fetched.Absent();
        }
        String cid = entry.path("cid").asText("");
        if (!Cid.isRawSha256(cid)) {
            return new Fetched.Refused(address, "refused: the index names '" + Envelope.shorten(cid)
                    + "', which is not a raw sha2-256 CIDv1 as Mycel publishes patterns");
        }
        byte[] bytes;
        try {
            bytes = ipfs.cat(cid);
        } catch (BoundedHttp.TooLarge e) {
            return new Fetched.Refused(address, "refused: " + e.getMessage());
        }
        if (!Cid.of(bytes).equals(cid)) {
            return new Fetched.Refused(address, "refused: the bytes IPFS returned are not the content of " + Envelope.shorten(cid));
        }
        return Arrival.open(address, bytes);
    }

    @Override
    public Page list(String cursor, int requested) throws IOException {
        int from = Cursors.index(cursor);
        // a page stays far below NearRpc's response cap (each JSON byte travels as a number in an array)
        int limit = Math.max(1, Math.min(requested, MAX_PAGE));
        JsonNode entries = near.view(config.contractId(), "list_patterns",
                JSON.createObjectNode().put("from_index", from).put("limit", limit));
        if (!entries.isArray()) {
            throw new IOException("the contract's list_patterns did not return an array");
        }
        List<String> addresses = new ArrayList<>();
        int seen = 0;
        for (JsonNode e : entries) {
            if (seen == limit) {
                break;
            }
            seen++;
            if (Registry.isAddress(e.path("address").asText(null))) {
                addresses.add(e.path("address").asText());
            }
        }
        return new Page(addresses, Integer.toString(from + seen));
    }
}
