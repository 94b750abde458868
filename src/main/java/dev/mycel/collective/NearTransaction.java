package dev.mycel.collective;

import java.math.BigInteger;

/**
 * A NEAR transaction with one FunctionCall action, serialised with Borsh exactly as nearcore's
 * schema has it:
 * <pre>
 * Transaction { signer_id: string, public_key: PublicKey, nonce: u64, receiver_id: string,
 *               block_hash: [u8; 32], actions: Vec&lt;Action&gt; }
 * PublicKey   { key_type: u8 = 0 (ED25519), data: [u8; 32] }
 * Action::FunctionCall (variant 2) { method_name: string, args: Vec&lt;u8&gt;, gas: u64, deposit: u128 }
 * SignedTransaction { transaction: Transaction, signature: Signature { key_type: u8 = 0, data: [u8; 64] } }
 * </pre>
 * The signature is Ed25519 over the SHA-256 of the serialised Transaction.
 */
record NearTransaction(String signerId, AuthorKey publicKey, long nonce, String receiverId, byte[] blockHash,
                       String methodName, byte[] args, long gas, BigInteger deposit) {
    static final int ED25519 = 0;
    static final int FUNCTION_CALL = 2;

    NearTransaction {
        if (blockHash.length != 32) {
            throw new IllegalArgumentException("a block hash has 32 bytes, not " + blockHash.length);
        }
        blockHash = blockHash.clone();
        args = args.clone();
    }

    byte[] borsh() {
        return new Borsh().string(signerId).u8(ED25519).fixed(publicKey.raw(), 32).u64(nonce).string(receiverId)
                .fixed(blockHash, 32)
                .u32(1).u8(FUNCTION_CALL).string(methodName).bytes(args).u64(gas).u128(deposit)
                .toBytes();
    }

    /** The SHA-256 of the serialised transaction: its hash on NEAR, and what is signed. */
    byte[] hash() {
        return AuthorKey.sha256(borsh());
    }

    /** The borsh SignedTransaction, signed by {@code key}, which must be the key the transaction names. */
    byte[] signedBy(InstanceKey key) {
        if (!key.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("the transaction names another key than the one signing it");
        }
        byte[] signature = key.signRaw(hash());
        byte[] tx = borsh();
        byte[] out = new byte[tx.length + 1 + 64];
        System.arraycopy(tx, 0, out, 0, tx.length);
        out[tx.length] = ED25519;
        System.arraycopy(signature, 0, out, tx.length + 1, 64);
        return out;
    }
}
