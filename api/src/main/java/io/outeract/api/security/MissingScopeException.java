package io.outeract.api.security;

import io.outeract.contract.common.ApiScope;

/** The API key lacks the scope a field needs; nothing was read or done. */
public class MissingScopeException extends RuntimeException {

    private final ApiScope scope;

    public MissingScopeException(ApiScope scope) {
        super("This API key lacks the scope '" + scope.value() + "'", null, false, false);
        this.scope = scope;
    }

    public ApiScope scope() {
        return scope;
    }
}
