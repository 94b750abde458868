package dev.mycel.ipc;

/** Every JSON-RPC error code Mycel sends; INTERFACES.md is the contract for the numbers. */
public enum ErrorCode {
    PARSE_ERROR(-32700),
    INVALID_REQUEST(-32600),
    METHOD_NOT_FOUND(-32601),
    INVALID_PARAMS(-32602),
    INTERNAL_ERROR(-32603),
    NOT_AUTHENTICATED(-32001),
    RATE_LIMITED(-32002),
    MESSAGE_TOO_LARGE(-32003),
    TOO_MANY_CONNECTIONS(-32004),
    DENIED_BY_POLICY(-32010),
    CONFIRMATION_DECLINED(-32011),
    SANDBOX_UNAVAILABLE(-32020),
    PROVIDER_UNAVAILABLE(-32030);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
